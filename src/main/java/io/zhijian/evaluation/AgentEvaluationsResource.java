package io.zhijian.evaluation;

import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** An agent's submitted evaluations; an inspector's calibration agreement over time. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class AgentEvaluationsResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    CalibrationService calibrations;

    @Inject
    CurrentUser page;

    @GET
    @Path("agents/{username}/evaluations")
    @Operation(summary = "Submitted evaluations of an agent (agents: only themselves; team leads: their team)")
    public List<EvaluationService.EvaluationSummary> ofAgent(@RestPath String username) {
        return evaluations.ofAgent(username, page.getUser().orElseThrow());
    }

    @GET
    @Path("inspectors/{username}/agreement")
    @Operation(summary = "An inspector's agreement in revealed calibration sessions, oldest first")
    public List<CalibrationService.TrendPoint> agreement(@RestPath String username) {
        return calibrations.trend(username, page.getUser().orElseThrow());
    }
}
