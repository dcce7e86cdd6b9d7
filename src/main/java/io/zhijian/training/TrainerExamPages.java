package io.zhijian.training;

import java.util.Map;

import java.util.LinkedHashMap;

import jakarta.ws.rs.core.MultivaluedHashMap;

import io.zhijian.identity.UserView;

import io.zhijian.identity.UserService;

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
    /** A section row's bank or fixed questions ("bank_2"); at most a hundred rows. */
    private static final java.util.regex.Pattern SECTION_FIELD = java.util.regex.Pattern.compile("(?:bank|questions)_(\\d{1,2})");

    /** What the form offers to pick from: banks, categories and tags with counts, trainees, teams. */
    public record Pickers(List<QuestionBankService.BankSummary> banks, QuestionBankService.Facets facets,
                          List<UserView> trainees, List<String> teams, List<String> reviews) {
    }

    /**
     * The form as typed (every value kept after a refusal) and the refusals at their fields; {@code general} holds
     * a refusal that names no field of this form.
     */
    public record Filled(MultivaluedMap<String, String> values, Map<String, String> errors, List<String> general) {
        public String value(String field, String fallback) {
            String v = values.getFirst(field);
            return v == null ? fallback : v;
        }

        public boolean has(String field, String value) {
            return values.get(field) != null && values.get(field).contains(value);
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** A section row's field ("count_" and row 2 → "count_2"). */
        public String valueAt(String prefix, int row, String fallback) {
            return value(prefix + row, fallback);
        }

        public String errorAt(String prefix, int row) {
            return errors.get(prefix + row);
        }

        public boolean refused() {
            return !errors.isEmpty() || !general.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ExamService.ExamView> exams, Pickers pick, List<Integer> rows,
                                            Filled form);

        static native TemplateInstance detail(ExamService.ExamView exam, List<ExamService.AttemptSummary> attempts,
                                              ExamService.Analysis analysis, List<ExamService.PendingEssay> essays,
                                              Map<String, QuestionBankService.BankSummary> banks, boolean editable,
                                              Pickers pick, List<Integer> rows, Filled form, boolean saved);
    }

    @Inject
    CurrentUser page;

    @Inject
    ExamService exams;

    @Inject
    TeamService teams;

    @Inject
    QuestionBankService banks;

    @Inject
    UserService users;

    @GET
    public TemplateInstance list() {
        return listPage(new Filled(new MultivaluedHashMap<>(), Map.of(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        try {
            ExamService.ExamView exam = exams.create(request(form), page.getUsername());
            return Response.seeOther(URI.create("/training/exams/" + exam.id())).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(listPage(refused(form, problem))).build();
        }
    }

    /** The form as typed with the refusal at its fields (what names no field of the form, at the top). */
    private Filled refused(MultivaluedMap<String, String> form, Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        problem.fieldErrors(page.messages()).forEach((field, message) -> {
            String shown = formField(field, filledRows(form));
            if (shown == null) {
                general.add(message);
            } else {
                errors.merge(shown, message, (a, b) -> a + " " + b);
            }
        });
        if (errors.isEmpty() && general.isEmpty()) {
            general.add(problem.detail(page.messages()));
        }
        return new Filled(form, errors, general);
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@RestPath long id, @jakarta.ws.rs.QueryParam("saved") boolean saved) {
        ExamService.ExamView exam = exams.exam(id);
        return detailPage(exam, new Filled(filledFrom(exam), Map.of(), List.of()), saved);
    }

    /** The change form: the same fields as a new exam, until someone has started the exam (then 409, said at the top). */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestPath long id, MultivaluedMap<String, String> form) {
        try {
            exams.update(id, request(form), page.getUsername());
            return Response.seeOther(URI.create("/training/exams/" + id + "?saved=true")).build();
        } catch (Problem problem) {
            return Response.status(problem.status())
                    .entity(detailPage(exams.exam(id), refused(form, problem), false)).build();
        }
    }

    private TemplateInstance detailPage(ExamService.ExamView exam, Filled form, boolean saved) {
        List<ExamService.AttemptSummary> attempts = exams.attempts(exam.id());
        return page.render(Templates.detail(exam, attempts, exams.analysis(exam.id()), exams.pendingEssays(exam.id()),
                banks.banks().stream().collect(java.util.stream.Collectors.toMap(QuestionBankService.BankSummary::key,
                        b -> b)), attempts.isEmpty(), pickers(), sectionRows(rowCount(form.values())), form, saved));
    }

    /** The exam's own values as the form's fields (times in the server's zone, as the form reads them back). */
    static MultivaluedMap<String, String> filledFrom(ExamService.ExamView exam) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("title", exam.title());
        if (exam.description() != null) {
            form.putSingle("description", exam.description());
        }
        form.putSingle("timeLimitMinutes", String.valueOf(Math.round(exam.timeLimitSeconds() / 60.0)));
        form.putSingle("attemptsAllowed", String.valueOf(exam.attemptsAllowed()));
        form.putSingle("gradingMethod", exam.gradingMethod().name());
        form.putSingle("passPercent", plain(exam.passPercent()));
        form.putSingle("certificateValidDays", String.valueOf(exam.certificateValidDays()));
        if (exam.opensAt() != null) {
            form.putSingle("opensAt", local(exam.opensAt()));
        }
        if (exam.closesAt() != null) {
            form.putSingle("closesAt", local(exam.closesAt()));
        }
        form.putSingle("reviewAfterSubmit", exam.reviewAfterSubmit().name());
        form.putSingle("reviewAfterClose", exam.reviewAfterClose().name());
        for (int i = 0; i < exam.sections().size(); i++) {
            ExamService.Section section = exam.sections().get(i);
            putIf(form, "bank_" + i, section.bank());
            putIf(form, "category_" + i, section.category());
            putIf(form, "tag_" + i, section.tag());
            putIf(form, "difficulty_" + i, section.difficulty() == null ? null : section.difficulty().toString());
            putIf(form, "count_" + i, section.count() == null ? null : section.count().toString());
            putIf(form, "marks_" + i, section.marks() == null ? null : plain(section.marks()));
            putIf(form, "questions_" + i, section.questions() == null ? null : String.join(", ",
                    section.questions().stream().map(String::valueOf).toList()));
        }
        exam.assignees().forEach(a -> form.add(a.startsWith("team:") ? "teams" : "users", a.substring(a.indexOf(':') + 1)));
        return form;
    }

    private static void putIf(MultivaluedMap<String, String> form, String field, String value) {
        if (value != null) {
            form.putSingle(field, value);
        }
    }

    /** A number as typed: 60, 62.5. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).withSecond(0).withNano(0).toString();
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

    private TemplateInstance listPage(Filled form) {
        return page.render(Templates.list(exams.all(), pickers(), sectionRows(rowCount(form.values())), form));
    }

    private Pickers pickers() {
        return new Pickers(banks.banks(), banks.facets(),
                users.list().stream().filter(u -> u.active() && u.roles().contains(Role.AGENT)).toList(),
                teams.list().stream().map(TeamService.TeamView::name).toList(),
                Arrays.stream(ExamService.Review.values()).map(Enum::name).toList());
    }

    private static List<Integer> sectionRows(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    /**
     * How many section rows the form has: four, or as many as an exam made through the API has (so that changing it
     * on its page never drops a section the form had no row for).
     */
    static int rowCount(MultivaluedMap<String, String> form) {
        int count = SECTION_ROWS;
        for (String field : form.keySet()) {
            java.util.regex.Matcher row = SECTION_FIELD.matcher(field);
            if (row.matches()) {
                count = Math.max(count, Integer.parseInt(row.group(1)) + 1);
            }
        }
        return count;
    }

    /** The form rows that became sections, in order (blank rows are left out of the request). */
    static List<Integer> filledRows(MultivaluedMap<String, String> form) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < rowCount(form); i++) {
            if (blank(form.getFirst("bank_" + i)) != null || !ids(form.getFirst("questions_" + i)).isEmpty()) {
                rows.add(i);
            }
        }
        return rows;
    }

    /** The form field an API field error belongs to ("sections[1].count" → "count_" + its row), or null for none. */
    static String formField(String apiField, List<Integer> filledRows) {
        java.util.regex.Matcher section = java.util.regex.Pattern.compile("sections\\[(\\d+)]\\.?(\\w*)").matcher(apiField);
        if (section.matches()) {
            int index = Integer.parseInt(section.group(1));
            String part = section.group(2).isEmpty() ? "bank" : section.group(2);
            return index < filledRows.size() ? part + "_" + filledRows.get(index) : "sections";
        }
        return switch (apiField) {
            case "title", "timeLimitMinutes", "attemptsAllowed", "passPercent", "certificateValidDays", "opensAt",
                    "closesAt", "description", "sections" -> apiField;
            case "assignTo.users", "assignTo.teams", "assignTo" -> "assignTo";
            default -> null;
        };
    }

    /** The form's fields as the API's request; blank section rows are left out. */
    static ExamService.ExamRequest request(MultivaluedMap<String, String> form) {
        List<ExamService.Section> sections = new ArrayList<>();
        for (int i = 0; i < rowCount(form); i++) {
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
        List<String> users = (form.get("users") == null ? List.<String>of() : form.get("users")).stream()
                .flatMap(v -> Arrays.stream(v.split("[,，\\s]+"))).filter(u -> !u.isBlank()).distinct().toList();
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
