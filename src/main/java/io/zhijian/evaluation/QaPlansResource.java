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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** Sampling plans, their runs, and each inspector's work queue. */
@Path("/api/qa")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.LEAD_NAME})
public class QaPlansResource {

    @Inject
    Sampling sampling;

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser page;

    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a plan {name, period: 2026-11 | 2026-W48, teams, channels: [CALL, TICKET, CHAT] (none: all), ticketTypes, "
            + "minDurationSeconds, maxDurationSeconds, perAgent, minPerAgent, inspectors, seed?, callScorecard?, "
            + "ticketScorecard?, chatScorecard?}; team leads only for their own team")
    public Response create(Sampling.PlanRequest request) {
        Sampling.PlanView plan = sampling.create(request, page.getUser().orElseThrow());
        return Response.created(URI.create("/api/qa/plans/" + plan.id())).entity(plan).build();
    }

    @GET
    @Path("plans")
    @Operation(summary = "Plans, newest first (team leads: their own)")
    public List<Sampling.PlanView> plans() {
        return sampling.plans(page.getUser().orElseThrow());
    }

    @GET
    @Path("plans/{id}")
    public Sampling.PlanView plan(@RestPath long id) {
        return sampling.plan(id, page.getUser().orElseThrow());
    }

    @POST
    @Path("plans/{id}/run")
    @Operation(summary = "Draw the plan's sample with its recorded seed and deal it to its inspectors; re-running "
            + "reproduces the picks and only adds new ones")
    public Sampling.RunReport run(@RestPath long id) {
        return sampling.run(id, page.getUser().orElseThrow());
    }

    @GET
    @Path("queue")
    @Operation(summary = "The caller's assignments: PENDING first, then IN_PROGRESS and DONE")
    public List<Sampling.QueueItem> queue() {
        return sampling.queue(page.getUsername());
    }

    @POST
    @Path("assignments/{id}/evaluation")
    @Operation(summary = "Start (or continue) the evaluation of one of the caller's assignments, with its plan's "
            + "scorecard")
    public Response start(@RestPath long id) {
        return Responses.started(evaluations.startAssignment(id, page.getUser().orElseThrow()));
    }
}
