package io.zhijian.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Calibration sessions: the list with a form to start one, and a session's results. */
@Path("/calibrations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
public class CalibrationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calibrations(List<CalibrationService.CalibrationSummary> sessions,
                                                    List<CalibrationService.TrendPoint> trend, boolean canCreate,
                                                    List<String> errors);

        static native TemplateInstance results(CalibrationService.Results results, boolean member, Long ownEvaluation,
                                               boolean canClose);
    }

    @Inject
    CalibrationService calibrations;

    @Inject
    CurrentUser page;

    @GET
    public TemplateInstance list() {
        return listPage(List.of());
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        try {
            String inspectors = form.getFirst("inspectors");
            CalibrationService.CalibrationSummary created = calibrations.create(new CalibrationService.CreateRequest(
                    form.getFirst("interactionType"), form.getFirst("interactionId"), form.getFirst("scorecardKey"),
                    inspectors == null ? List.of() : Arrays.asList(inspectors.split("[,，\\s]+")),
                    form.getFirst("reference"), form.getFirst("title")), page.getUser().orElseThrow());
            return Response.seeOther(URI.create("/calibrations/" + created.id())).build();
        } catch (Problem problem) {
            List<String> errors = PageErrors.of(problem, page);
            return Response.status(problem.status())
                    .entity(listPage(errors)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance results(@RestPath long id) {
        UserView viewer = page.getUser().orElseThrow();
        CalibrationService.Results results = calibrations.results(id, viewer);
        boolean member = results.session().members().contains(viewer.username());
        Long own = Evaluation.ofCalibration(id, viewer.username()).map(e -> e.id).orElse(null);
        boolean canClose = results.session().status() == Calibration.Status.OPEN
                && (viewer.roles().contains(Role.QA) || viewer.roles().contains(Role.ADMIN)
                || viewer.roles().contains(Role.TRAINER));
        return page.render(Templates.results(results, member, own, canClose));
    }

    /** Opens (creating on first use) the caller's own blind evaluation in the session. */
    @POST
    @Path("{id}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@RestPath long id) {
        long evaluation = calibrations.evaluation(id, page.getUser().orElseThrow()).evaluation().id();
        return Response.seeOther(URI.create("/evaluations/" + evaluation)).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@RestPath long id) {
        calibrations.close(id, page.getUser().orElseThrow());
        return Response.seeOther(URI.create("/calibrations/" + id)).build();
    }

    private TemplateInstance listPage(List<String> errors) {
        UserView viewer = page.getUser().orElseThrow();
        boolean canCreate = viewer.roles().contains(Role.QA) || viewer.roles().contains(Role.ADMIN)
                || viewer.roles().contains(Role.TRAINER);
        return page.render(Templates.calibrations(calibrations.list(viewer),
                calibrations.trend(viewer.username(), viewer), canCreate, errors));
    }
}
