package io.zhijian.identity;

import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** User administration for admins: create, edit, deactivate, reset password, unlock. */
@Path("/api/users")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    public record PasswordReset(String password) {
    }

    @Inject
    UserService users;

    @GET
    @Operation(summary = "All users, active or not")
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    public UserView get(@RestPath String username) {
        return users.find(username).orElseThrow(() -> Problem.notFound(m -> m.errUserNotFound(username)));
    }

    @POST
    @Operation(summary = "Create a user (password at least 8 characters; roles ADMIN, TRAINER, QA, LEAD, MANAGER, AGENT)")
    public Response create(UserService.NewUser body, @Context SecurityContext caller) {
        UserView created = users.create(actor(caller), required(body));
        return Response.created(URI.create("/api/users/" + created.username())).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Edit a user; fields left out stay as they are; team \"\" removes the team")
    public UserView update(@RestPath String username, UserService.UserChanges body, @Context SecurityContext caller) {
        return users.update(actor(caller), username, required(body));
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Deactivate a user (users are never deleted: their history stays)")
    public UserView deactivate(@RestPath String username, @Context SecurityContext caller) {
        return users.update(actor(caller), username, new UserService.UserChanges(null, null, null, false, null));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Set a new password (also unlocks the account)")
    public Response resetPassword(@RestPath String username, PasswordReset body, @Context SecurityContext caller) {
        users.resetPassword(actor(caller), username, required(body).password());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unlock")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Unlock an account locked by failed logins")
    public UserView unlock(@RestPath String username, @Context SecurityContext caller) {
        return users.unlock(actor(caller), username);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw Problem.badRequest(AppMessages::errBodyRequired);
        }
        return body;
    }

    static String actor(SecurityContext caller) {
        return caller.getUserPrincipal().getName();
    }
}
