package io.zhijian.training;

import io.quarkus.security.Authenticated;
import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** Exams (trainers create), attempts (trainees take), certificates (anyone verifies). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ExamsResource {

    /** The body of an answer: {@code {"answer": …}}. */
    public record AnswerBody(Object answer) {
    }

    @Inject
    ExamService exams;

    @Inject
    CurrentUser page;

    @POST
    @Path("exams")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an exam: sections drawing count questions from a bank (category, tag, difficulty) "
            + "or fixed question ids; time limit; window; attempts; grading HIGHEST|LAST; pass percent; assignees")
    public Response create(ExamService.ExamRequest body) {
        ExamService.ExamView exam = exams.create(body, page.getUsername());
        return Response.created(URI.create("/api/exams/" + exam.id())).entity(exam).build();
    }

    @PUT
    @Path("exams/{id}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an exam (the same body as creating it) until someone starts it; afterwards 409")
    public ExamService.ExamView update(@RestPath long id, ExamService.ExamRequest body) {
        return exams.update(id, body, page.getUsername());
    }

    @GET
    @Path("exams")
    @Authenticated
    @Operation(summary = "The exams assigned to the caller")
    public List<ExamService.ExamView> mine() {
        return exams.assignedTo(page.getUsername());
    }

    @GET
    @Path("exams/{id}")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    public ExamService.ExamView exam(@RestPath long id) {
        return exams.exam(id);
    }

    @POST
    @Path("exams/{id}/attempts")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start an attempt (201), or resume the one in progress (200)")
    public Response start(@RestPath long id) {
        ExamService.AttemptView attempt = exams.start(id, page.getUsername());
        return Response.status(attempt.resumed() ? 200 : 201)
                .location(URI.create("/api/attempts/" + attempt.attemptId())).entity(attempt).build();
    }

    @GET
    @Path("exams/{id}/grade")
    @Authenticated
    @Operation(summary = "The caller's grade for the exam by its grading method (204 before any submitted attempt)")
    public Response grade(@RestPath long id) {
        ExamService.Outcome grade = exams.grade(id, page.getUsername());
        return grade == null ? Response.noContent().build() : Response.ok(grade).build();
    }

    @GET
    @Path("exams/{id}/analysis")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Item analysis: facility, SD, discrimination, alpha (KR-20), standard error, flags")
    public ExamService.Analysis analysis(@RestPath long id) {
        return exams.analysis(id);
    }

    /** The marks a person gives an essay: {@code {"marks": 3.5}}. */
    public record EssayMarks(Double marks) {
    }

    @POST
    @Path("exams/{id}/regrade")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Regrade submitted attempts against fixed questions (same type and shape only); "
            + "certificates are issued to new passes, never revoked")
    public ExamService.RegradeReport regrade(@RestPath long id) {
        return exams.regrade(id, page.getUsername());
    }

    @GET
    @Path("exams/{id}/grading")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Essays of submitted attempts waiting for marks")
    public List<ExamService.PendingEssay> grading(@RestPath long id) {
        return exams.pendingEssays(id);
    }

    @POST
    @Path("attempts/{id}/slots/{slot}/grade")
    @RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an essay; the attempt's score, pass and certificate follow once nothing is pending")
    public ExamService.Outcome grade(@RestPath long id, @RestPath int slot, EssayMarks body) {
        return exams.gradeEssay(id, slot, body == null || body.marks() == null ? -1 : body.marks(), page.getUsername());
    }

    @GET
    @Path("attempts/{id}")
    @Authenticated
    public ExamService.AttemptView attempt(@RestPath long id) {
        return exams.attempt(id, page.getUsername());
    }

    @PUT
    @Path("attempts/{id}/answers/{slot}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save one answer now: {\"answer\": index | [indexes] | true/false | text | number | {left: right}}")
    public ExamService.Saved answer(@RestPath long id, @RestPath int slot, AnswerBody body) {
        return exams.save(id, slot, body == null ? null : body.answer(), page.getUsername());
    }

    @GET
    @Path("attempts/{id}/review")
    @Authenticated
    @Operation(summary = "A submitted attempt as its review policy allows: score, responses, the key")
    public ExamService.ReviewView review(@RestPath long id) {
        return exams.review(id, page.getUsername());
    }

    @POST
    @Path("attempts/{id}/submit")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    public ExamService.Outcome submit(@RestPath long id) {
        return exams.submit(id, page.getUsername());
    }

    @GET
    @Path("certificates/{code}")
    @PermitAll
    @Operation(summary = "Verify a certificate by its code (no sign-in needed)")
    public ExamService.CertificateView certificate(@RestPath String code) {
        return exams.certificate(code);
    }
}
