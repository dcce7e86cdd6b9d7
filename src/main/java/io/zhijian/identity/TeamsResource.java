package io.zhijian.identity;

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
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

import static io.zhijian.identity.UsersResource.actor;
import static io.zhijian.identity.UsersResource.required;

@Path("/api/teams")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamsResource {

    public record TeamName(String name) {
    }

    @Inject
    TeamService teams;

    @GET
    public List<TeamService.TeamView> list() {
        return teams.list();
    }

    @GET
    @Path("{id}")
    public TeamService.TeamView get(@RestPath long id) {
        return teams.find(id).orElseThrow(() -> Problem.notFound(IdentityTexts.text(m -> m.errTeamIdNotFound(id))));
    }

    @POST
    public Response create(TeamName body, @Context SecurityContext caller) {
        TeamService.TeamView created = teams.create(actor(caller), required(body).name());
        return Response.created(URI.create("/api/teams/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public TeamService.TeamView rename(@RestPath long id, TeamName body, @Context SecurityContext caller) {
        return teams.rename(actor(caller), id, required(body).name());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@RestPath long id, @Context SecurityContext caller) {
        teams.delete(actor(caller), id);
        return Response.noContent().build();
    }
}
