package io.zhijian.training;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.identity.TeamService;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Trainers build and assign exams, follow attempts, read the item analysis and mark essays. */
@Path("/training/exams")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class TrainerExamPages {

    static final int SECTION_ROWS = 4;

    /** A rejected field as the form shows it. */
    public record ShownError(String field, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ExamService.ExamView> exams, List<String> teams,
                                            List<QuestionBankService.BankSummary> banks, List<Integer> rows,
                                            List<String> reviews, List<ShownError> errors);

        static native TemplateInstance detail(ExamService.ExamView exam, List<ExamService.AttemptSummary> attempts,
                                              ExamService.Analysis analysis, List<ExamService.PendingEssay> essays);
    }

    @Inject
    CurrentUser page;

    @Inject
    ExamService exams;

    @Inject
    TeamService teams;

    @Inject
    QuestionBankService banks;

    @GET
    public TemplateInstance list() {
        return listPage(List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        try {
            ExamService.ExamView exam = exams.create(request(form), page.getUsername());
            return Response.seeOther(URI.create("/training/exams/" + exam.id())).build();
        } catch (Problem problem) {
            List<ShownError> errors = new ArrayList<>();
            problem.fieldErrors(page.messages()).forEach((field, message) -> errors.add(new ShownError(field, message)));
            if (errors.isEmpty()) {
                errors.add(new ShownError("", problem.detail(page.messages())));
            }
            return Response.status(problem.status()).entity(listPage(errors)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id) {
        return page.render(Templates.detail(exams.exam(id), exams.attempts(id), exams.analysis(id),
                exams.pendingEssays(id)));
    }

    @POST
    @Path("{id}/grade/{attempt}/{slot}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@RestPath long id, @RestPath long attempt, @RestPath int slot, @RestForm String marks) {
        double value;
        try {
            value = Double.parseDouble(marks == null ? "" : marks.trim());
        } catch (NumberFormatException e) {
            value = -1;
        }
        exams.gradeEssay(attempt, slot, value, page.getUsername());
        return Response.seeOther(URI.create("/training/exams/" + id)).build();
    }

    private TemplateInstance listPage(List<ShownError> errors) {
        return page.render(Templates.list(exams.all(), teams.list().stream().map(TeamService.TeamView::name).toList(),
                banks.banks(), java.util.stream.IntStream.range(0, SECTION_ROWS).boxed().toList(),
                Arrays.stream(ExamService.Review.values()).map(Enum::name).toList(), errors));
    }

    /** The form's fields as the API's request; blank section rows are left out. */
    static ExamService.ExamRequest request(MultivaluedMap<String, String> form) {
        List<ExamService.Section> sections = new ArrayList<>();
        for (int i = 0; i < SECTION_ROWS; i++) {
            String bank = blank(form.getFirst("bank_" + i));
            List<Long> fixed = ids(form.getFirst("questions_" + i));
            if (bank == null && fixed.isEmpty()) {
                continue;
            }
            sections.add(new ExamService.Section(bank, blank(form.getFirst("category_" + i)),
                    blank(form.getFirst("tag_" + i)), integer(form.getFirst("difficulty_" + i)),
                    integer(form.getFirst("count_" + i)), fixed.isEmpty() ? null : fixed,
                    number(form.getFirst("marks_" + i))));
        }
        List<String> users = Arrays.stream(String.valueOf(form.getFirst("users")).split("[,，\\s]+"))
                .filter(u -> !u.isBlank() && !u.equals("null")).toList();
        List<String> assignedTeams = form.get("teams") == null ? List.of() : form.get("teams");
        return new ExamService.ExamRequest(form.getFirst("title"), blank(form.getFirst("description")),
                integer(form.getFirst("timeLimitMinutes")), null, instant(form.getFirst("opensAt")),
                instant(form.getFirst("closesAt")), integer(form.getFirst("attemptsAllowed")),
                "LAST".equals(form.getFirst("gradingMethod")) ? ExamService.Grading.LAST : ExamService.Grading.HIGHEST,
                number(form.getFirst("passPercent")), integer(form.getFirst("certificateValidDays")), sections,
                new ExamService.Assign(users, assignedTeams), review(form.getFirst("reviewAfterSubmit")),
                review(form.getFirst("reviewAfterClose")));
    }

    private static ExamService.Review review(String value) {
        try {
            return blank(value) == null ? null : ExamService.Review.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer integer(String value) {
        try {
            return blank(value) == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Double number(String value) {
        try {
            return blank(value) == null ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1.0;
        }
    }

    private static List<Long> ids(String value) {
        if (blank(value) == null) {
            return List.of();
        }
        try {
            return Arrays.stream(value.split("[,，\\s]+")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            return List.of(-1L);
        }
    }

    /** A datetime-local value, read in the server's zone. */
    private static java.time.Instant instant(String value) {
        try {
            return blank(value) == null ? null : LocalDateTime.parse(value.trim()).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
