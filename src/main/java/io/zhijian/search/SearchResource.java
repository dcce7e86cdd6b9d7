package io.zhijian.search;

import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

/** Full-text search over transcripts, and rebuilding the index. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CallIndexer indexer;

    @Inject
    CurrentUser page;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Search: words, \"phrases\", AND/OR/NOT, \"a b\"~5, agent:, team:, speaker:agent|customer, "
            + "channel:call|ticket, type:, date:[2026-01-01 TO 2026-01-31], score:<60. One hit per call or ticket, "
            + "with highlighted snippets (<mark>) and facets; page × size up to 10,000. page from 1; size up to 100. Agents find their own "
            + "calls, team leads their team's")
    public SearchService.Result search(@RestQuery String q, @RestQuery @DefaultValue("1") String page,
                                       @RestQuery @DefaultValue("20") String size) {
        return search.search(q, number(page, "page"), number(size, "size"), this.page.getUser().orElseThrow());
    }

    /** Query parameters arrive as text so that "page=x" is a 400 naming the parameter, not JAX-RS' bare 404. */
    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw Problem.invalid(java.util.Map.of(name, SearchTexts.text(m -> m.srNumber(name))));
        }
    }

    @POST
    @Path("reindex")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rebuild the index from the database into a new folder (searches keep working), then swap; 202")
    public Response reindex() {
        return Response.accepted(indexer.start()).build();
    }

    @GET
    @Path("reindex")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Progress of the last rebuild: state IDLE|RUNNING|DONE|FAILED, done, total")
    public CallIndexer.RebuildStatus status() {
        return indexer.status();
    }
}
