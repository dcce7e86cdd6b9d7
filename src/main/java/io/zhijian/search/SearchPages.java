package io.zhijian.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

/** The search page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SearchPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, SearchService.Result result, String error);

    }

    @Inject
    SearchService search;

    @Inject
    CurrentUser page;

    @GET
    @Path("search")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    public Response search(@RestQuery String q, @RestQuery @DefaultValue("1") String page) {
        if (q == null || q.isBlank()) {
            return Response.ok(this.page.render(Templates.search("", null, null))).build();
        }
        try {
            SearchService.Result result = search.search(q, pageNumber(page), 20, this.page.getUser().orElseThrow());
            return Response.ok(this.page.render(Templates.search(q, result, null))).build();
        } catch (Problem problem) {
            // A field's own message (a page too deep) says more than the generic "fields are not valid".
            String error = String.join(" ", problem.messages(this.page.messages()));
            return Response.status(problem.status()).entity(this.page.render(Templates.search(q, null, error))).build();
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
