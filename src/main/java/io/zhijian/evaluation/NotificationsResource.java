package io.zhijian.evaluation;

import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/** The caller's in-app notifications. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser page;

    @GET
    @Operation(summary = "The caller's newest notifications and how many are unread")
    public Notifications.Inbox inbox() {
        return notifications.inbox(page.getUsername());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one notification read")
    public Notifications.NotificationView read(@RestPath long id) {
        return notifications.markRead(id, page.getUsername());
    }
}
