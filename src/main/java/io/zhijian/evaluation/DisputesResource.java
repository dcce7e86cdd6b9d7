package io.zhijian.evaluation;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** Disputes waiting for a ruling, and the ruling. */
@Path("/api/disputes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
public class DisputesResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser page;

    @GET
    @Operation(summary = "Open disputes, oldest first")
    public List<EvaluationService.DisputeView> open() {
        return evaluations.openDisputes();
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rule on a dispute {outcome: UPHELD|AMENDED, answers?, comments?, reason}; AMENDED makes a "
            + "new revision. Not by the inspector who scored it (admins may)")
    public EvaluationService.DisputeView resolve(@RestPath long id, EvaluationService.ResolveRequest request) {
        return evaluations.resolve(id, request, page.getUser().orElseThrow());
    }
}
