package io.zhijian.autoqa;

import io.zhijian.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Progress of auto-QA: queued interactions and the re-runs publishing a version starts. */
@Path("/api/auto-qa")
@Produces(MediaType.APPLICATION_JSON)
public class AutoQaWorkResource {

    @Inject
    AutoQaService autoQa;

    @GET
    @Path("runs")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    @Operation(summary = "Auto-QA work: {queued, runs:[{id, scorecardKey, scorecardVersion, channel, total, processed, "
            + "progress (0..1), status RUNNING|DONE|SUPERSEDED, createdAt, finishedAt}]} (newest 50 re-runs)")
    public AutoQaService.Work runs() {
        return autoQa.work();
    }
}
