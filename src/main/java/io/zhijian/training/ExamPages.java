package io.zhijian.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The trainee's exam pages: every answer is saved when it is given (htmx), and shows it was. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ExamPages {

    /** Identifies the browser an exam page is open in. */
    static final String BROWSER_COOKIE = "zhijian-exam-browser";

    /** An exam on the trainee's list, with what they have done so far. */
    public record MyExam(ExamService.ExamView exam, List<ExamService.Outcome> outcomes, ExamService.Outcome grade) {
        public boolean attemptsLeft() {
            return outcomes.size() < exam.attemptsAllowed();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance exams(List<MyExam> exams);

        static native TemplateInstance attempt(ExamService.AttemptView attempt);

        static native TemplateInstance otherBrowser(long attemptId);

        static native TemplateInstance saved(int slot, Instant savedAt, String error);

        static native TemplateInstance result(ExamService.Outcome outcome, String examTitle,
                                              ExamService.ReviewView review);

        static native TemplateInstance certificate(ExamService.CertificateView certificate);
    }

    @Inject
    CurrentUser page;

    @Inject
    ExamService exams;

    @GET
    @Path("exams")
    @Authenticated
    public TemplateInstance myExams() {
        String me = page.getUsername();
        return page.render(Templates.exams(exams.assignedTo(me).stream()
                .map(exam -> new MyExam(exam, exams.outcomes(exam.id(), me), exams.grade(exam.id(), me))).toList()));
    }

    @POST
    @Path("exams/{id}/start")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath long id) {
        ExamService.AttemptView attempt = exams.start(id, page.getUsername());
        return Response.seeOther(URI.create("/attempts/" + attempt.attemptId())).build();
    }

    @GET
    @Path("attempts/{id}")
    @Authenticated
    public Response attempt(@RestPath long id, @CookieParam(BROWSER_COOKIE) String browser) {
        ExamService.AttemptView attempt = exams.attempt(id, page.getUsername());
        if (attempt.status() != Attempt.Status.IN_PROGRESS || attempt.remainingSeconds() <= 0) {
            return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
        }
        String token = browser == null || browser.isBlank() ? UUID.randomUUID().toString() : browser;
        // Kept for a month: the same browser, signed in again or restarted, continues without a take-over prompt.
        NewCookie cookie = new NewCookie.Builder(BROWSER_COOKIE).value(token).path("/").httpOnly(true)
                .maxAge(30 * 24 * 3600).sameSite(NewCookie.SameSite.STRICT).build();
        if (!exams.claimBrowser(id, page.getUsername(), token, false)) {
            return Response.status(409).entity(page.render(Templates.otherBrowser(id))).cookie(cookie).build();
        }
        return Response.ok(page.render(Templates.attempt(attempt))).cookie(cookie).build();
    }

    /** "Continue here": this browser takes the attempt over from the other one. */
    @POST
    @Path("attempts/{id}/take-over")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeOver(@RestPath long id, @CookieParam(BROWSER_COOKIE) String browser) {
        if (browser != null && !browser.isBlank()) {
            exams.claimBrowser(id, page.getUsername(), browser, true);
        }
        return Response.seeOther(URI.create("/attempts/" + id)).build();
    }

    /** One answer from the page's form controls, saved at once; the fragment says so (or why not). */
    @POST
    @Path("attempts/{id}/answers/{slot}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance answer(@RestPath long id, @RestPath int slot, @CookieParam(BROWSER_COOKIE) String browser,
                                   MultivaluedMap<String, String> form) {
        if (!exams.claimBrowser(id, page.getUsername(), browser == null ? "" : browser, false)) {
            return page.render(Templates.saved(slot, null, page.messages(ExamMessages.class).exOtherBrowser()));
        }
        try {
            ExamService.Saved saved = exams.save(id, slot, response(form), page.getUsername());
            return page.render(Templates.saved(slot, saved.savedAt(), null));
        } catch (Problem problem) {
            return page.render(Templates.saved(slot, null, problem.detail(page.messages())));
        }
    }

    @POST
    @Path("attempts/{id}/submit")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id) {
        try {
            exams.submit(id, page.getUsername());
        } catch (Problem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
        }
        return Response.seeOther(URI.create("/attempts/" + id + "/result")).build();
    }

    @GET
    @Path("attempts/{id}/result")
    @Authenticated
    public Response result(@RestPath long id) {
        ExamService.AttemptView attempt = exams.attempt(id, page.getUsername());
        if (attempt.status() == Attempt.Status.IN_PROGRESS && attempt.remainingSeconds() > 0) {
            return Response.seeOther(URI.create("/attempts/" + id)).build();
        }
        if (attempt.status() == Attempt.Status.IN_PROGRESS) {
            exams.submitExpired();
        }
        ExamService.Outcome outcome = exams.outcomes(attempt.examId(), page.getUsername()).stream()
                .filter(o -> o.attemptId() == id).findFirst().orElseThrow();
        return Response.ok(page.render(Templates.result(outcome, attempt.examTitle(),
                exams.review(id, page.getUsername())))).build();
    }

    @GET
    @Path("certificates/{code}")
    @PermitAll
    public TemplateInstance certificate(@RestPath String code) {
        return page.render(Templates.certificate(exams.certificate(code)));
    }

    /** A choice id as sent; anything else goes on as text, which the answer's check refuses by its slot. */
    private static Object choiceId(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** Form fields → the response the API takes: "answer" (one or many), or "match:<left>" selects. */
    static Object response(MultivaluedMap<String, String> form) {
        Map<String, String> matches = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("match:") && !values.isEmpty() && !values.get(0).isEmpty()) {
                matches.put(name.substring("match:".length()), values.get(0));
            }
        });
        if (!matches.isEmpty()) {
            return matches;
        }
        String kind = form.getFirst("kind");
        List<String> answers = form.get("answer") == null ? List.of() : form.get("answer");
        return switch (kind == null ? "" : kind) {
            case "many" -> answers.stream().map(ExamPages::choiceId).toList();
            case "one" -> answers.isEmpty() ? null : choiceId(answers.get(0));
            case "boolean" -> answers.isEmpty() ? null : Boolean.valueOf(answers.get(0));
            default -> answers.isEmpty() ? "" : answers.get(0);
        };
    }
}
