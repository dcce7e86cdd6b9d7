package io.zhijian.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Administrators rebuild the search index here and watch its progress. */
@Path("/admin/search")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class SearchAdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(CallIndexer.RebuildStatus status);

        static native TemplateInstance progress(CallIndexer.RebuildStatus status);
    }

    @Inject
    CallIndexer indexer;

    @Inject
    CurrentUser page;

    @GET
        public TemplateInstance admin() {
        return page.render(Templates.admin(indexer.status()));
    }

    @GET
    @Path("progress")
    public TemplateInstance progress() {
        return page.render(Templates.progress(indexer.status()));
    }

    @POST
    @Path("rebuild")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild() {
        try {
            indexer.start();
        } catch (Problem running) {
            // already running: the page shows its progress
        }
        return Response.seeOther(URI.create("/admin/search")).build();
    }
}
