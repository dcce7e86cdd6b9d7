package io.zhijian.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;

@Path("/api/me")
public class MeResource {

    /** The caller; {@code language} is the one the UI speaks to them (their choice, else the browser's). */
    public record Me(String username, String displayName, Set<Role> roles, String team, String language) {
    }

    /** The caller's own password change: the current password, then the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    CurrentUser page;

    @Inject
    PasswordChanges passwords;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller: username, display name, roles, team and UI language")
    public Me me() {
        UserView user = page.getUser().orElseThrow(io.quarkus.security.UnauthorizedException::new);
        return new Me(user.username(), user.displayName(), user.roles(), user.team(), page.getLang());
    }

    @POST
    @Path("password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password (the current one is checked; a wrong one counts as a failed "
            + "sign-in); every page session of the caller ends")
    public Response changePassword(PasswordChange body) {
        PasswordChange change = UsersResource.required(body);
        passwords.change(page.getUsername(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
