package io.zhijian.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
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

/** The caller's notifications, and the unread count the header shows. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(Notifications.Inbox inbox);

        static native TemplateInstance badge(long unread);
    }

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser page;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.notifications(notifications.inbox(page.getUsername())));
    }

    @GET
    @Path("badge")
    public TemplateInstance badge() {
        return page.render(Templates.badge(notifications.unread(page.getUsername())));
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        notifications.markAllRead(page.getUsername());
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
