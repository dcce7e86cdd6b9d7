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

/** Calibration sessions: blind scoring of one interaction by several inspectors, and their agreement. */
@Path("/api/calibrations")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationsResource {

    @Inject
    CalibrationService calibrations;

    @Inject
    CurrentUser page;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    @Operation(summary = "Create a session {interactionType, interactionId, scorecardKey, inspectors:[username] (two or "
            + "more), reference?: username of the expert, title?}")
    public Response create(CalibrationService.CreateRequest request) {
        CalibrationService.CalibrationSummary created = calibrations.create(request, page.getUser().orElseThrow());
        return Response.created(URI.create("/api/calibrations/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Operation(summary = "Sessions the caller may see, newest first")
    public List<CalibrationService.CalibrationSummary> list() {
        return calibrations.list(page.getUser().orElseThrow());
    }

    @POST
    @Path("{id}/evaluations")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Operation(summary = "The caller's own evaluation in the session (201 when created, 200 when it exists); fill it "
            + "with PUT /api/evaluations/{id}/answers and submit it")
    public Response evaluation(@RestPath long id) {
        return Responses.started(calibrations.evaluation(id, page.getUser().orElseThrow()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    @Operation(summary = "Close the session: answers are revealed; unsubmitted drafts are left out")
    public CalibrationService.CalibrationSummary close(@RestPath long id) {
        return calibrations.close(id, page.getUser().orElseThrow());
    }

    @GET
    @Path("{id}/results")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Operation(summary = "Per-item answers side by side, score spread, deviation from the reference, Fleiss' kappa and "
            + "Krippendorff's ordinal alpha; before all have submitted only who has")
    public CalibrationService.Results results(@RestPath long id) {
        return calibrations.results(id, page.getUser().orElseThrow());
    }
}
