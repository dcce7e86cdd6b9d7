package io.zhijian.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;

@Path("/api/me")
public class MeResource {

    /** The caller; {@code language} is the one the UI speaks to them (their choice, else the browser's). */
    public record Me(String username, String displayName, Set<Role> roles, String team, String language) {
    }

    @Inject
    CurrentUser page;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller: username, display name, roles, team and UI language")
    public Me me() {
        UserView user = page.getUser().orElseThrow(io.quarkus.security.UnauthorizedException::new);
        return new Me(user.username(), user.displayName(), user.roles(), user.team(), page.getLang());
    }
}
