package io.zhijian.performance;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Problem;
import io.zhijian.reporting.ReportService;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Pages of the month: the KPI table and an agent's figures, the operational-data import, the assessment and its rules. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PerformancePages {

    /** A month to pick: its value (2026-10) and how people write it. */
    public record MonthChoice(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kpis(KpiService.KpiTable table, String monthLabel, List<MonthChoice> months,
                                            List<String> teams, List<String> names, boolean canExport);

        static native TemplateInstance agent(KpiDetails.Detail detail, String monthLabel, List<String> names,
                                             ReportService.Summary summary, ReportService.Trend trend, String trendJson);

        static native TemplateInstance operations(OperationsService.ImportReport report, String error);

        static native TemplateInstance month(PerformanceService.MonthView view, String monthLabel, List<MonthChoice> months,
                                             List<String> teams, String team, boolean manager, long missingClient,
                                             Map<String, String> errors, String notice, String editedAgent,
                                             OperationsService.ImportReport report, List<String> names,
                                             PerformanceService.TimelinessReport timeliness);

        static native TemplateInstance mine(PerformanceService.Row row, PerformanceService.MonthView view,
                                            String monthLabel, List<MonthChoice> months, Map<String, String> errors,
                                            String notice, List<String> names);

        static native TemplateInstance rules(List<PerformanceRulesStore.Version> versions, String definition,
                                             Map<String, String> errors, String notice);
    }

    @Inject
    KpiService kpis;

    @Inject
    KpiDetails details;

    @Inject
    OperationsService operations;

    @Inject
    PerformanceService performance;

    @Inject
    PerformanceRulesStore rules;

    @Inject
    ClientScoreImport clientScores;

    @Inject
    TeamService teams;

    @Inject
    ReportService reports;

    @Inject
    CurrentUser page;

    @Inject
    Clock clock;

    @GET
    @Path("kpis")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.AGENT_NAME})
    public TemplateInstance kpiTable(@RestQuery String period, @RestQuery String team) {
        YearMonth month = Periods.parse(period, clock);
        return page.render(Templates.kpis(kpis.table(month, team, user()), label(month), months(month), teamNames(),
                Kpis.NAMES, !page.hasRole(Role.AGENT_NAME) || page.isAdmin() || page.hasRole(Role.MANAGER_NAME)));
    }

    @GET
    @Path("kpis/{period}/agents/{username}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.AGENT_NAME})
    public TemplateInstance agent(@RestPath String period, @RestPath String username) {
        YearMonth month = Periods.parse(period, clock);
        KpiDetails.Detail detail = details.of(month, username, user());
        // The QA score by week over the twelve weeks up to the month's end, with its 95 % band.
        java.time.LocalDate end = month.atEndOfMonth();
        ReportService.Trend trend = reports.trend(end.minusWeeks(12), end, "week", null, username, null, null, user());
        return page.render(Templates.agent(detail, label(month), Kpis.NAMES,
                reports.summary(username, month.atDay(1), month.atEndOfMonth(), user()), trend,
                io.zhijian.reporting.Dashboard.trendSeries(trend, page.messages(PerformanceMessages.class).colMeanScore(),
                        page.messages(PerformanceMessages.class).colInterval())));
    }

    @GET
    @Path("operations/import")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public TemplateInstance operationsForm() {
        return page.render(Templates.operations(null, null));
    }

    @POST
    @Path("operations/import")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importOperations(@RestForm("file") FileUpload file) throws IOException {
        try {
            byte[] body = upload(file);
            return Response.ok(page.render(Templates.operations(operations.importFile(body, format(file),
                    page.getUsername(), page.getLang()), null))).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page.render(Templates.operations(null,
                    String.join(" ", problem.messages(page.messages()))))).build();
        }
    }

    @GET
    @Path("performance")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
    public Response performanceHome(@RestQuery String period, @RestQuery String team) {
        // The month to work on is, most days, the one just ended; the month picker sends ?period=.
        YearMonth month = period == null || period.isBlank() ? YearMonth.now(clock).minusMonths(1) : Periods.parse(period, clock);
        String query = team == null || team.isBlank() ? ""
                : "?team=" + java.net.URLEncoder.encode(team, java.nio.charset.StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/performance/" + month + query)).build();
    }

    @GET
    @Path("performance/rules")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    public TemplateInstance rulesPage() {
        List<PerformanceRulesStore.Version> versions = rules.versions();
        return page.render(Templates.rules(versions, versions.isEmpty() ? "" : versions.get(0).definition(), Map.of(), null));
    }

    @POST
    @Path("performance/rules")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRules(@RestForm String definition) {
        try {
            PerformanceRulesStore.Version saved = rules.save(definition, page.getUsername());
            PerformanceMessages m = page.messages(PerformanceMessages.class);
            return Response.ok(page.render(Templates.rules(rules.versions(), saved.definition(), Map.of(),
                    m.perfRulesSaved(saved.version())))).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(page.render(Templates.rules(rules.versions(),
                    definition == null ? "" : definition, errors(problem), null))).build();
        }
    }

    @GET
    @Path("performance/{period}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
    public TemplateInstance month(@RestPath String period, @RestQuery String team) {
        YearMonth month = Periods.parse(period, clock);
        return monthPage(month, team, Map.of(), null, null, null);
    }

    private TemplateInstance monthPage(YearMonth month, String team, Map<String, String> errors, String notice,
                                       String editedAgent, OperationsService.ImportReport report) {
        UserView viewer = user();
        PerformanceService.MonthView view = performance.month(month, team, viewer);
        if (PerformanceService.onlyAgent(viewer) && viewer.roles().contains(Role.AGENT)) {
            PerformanceService.Row own = view.rows().stream().filter(r -> r.agent().equals(viewer.username())).findFirst()
                    .orElse(null);
            return page.render(Templates.mine(own, view, label(month), months(month), errors, notice, Kpis.NAMES));
        }
        long missing = view.rows().stream().filter(r -> r.clientScore() == null).count();
        boolean manager = page.isAdmin() || page.hasRole(Role.MANAGER_NAME);
        return page.render(Templates.month(view, label(month), months(month), teamNames(), team, manager, missing, errors,
                notice, editedAgent, report, Kpis.NAMES, manager ? performance.timeliness() : null));
    }

    @POST
    @Path("performance/{period}/agents/{username}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@RestPath String period, @RestPath String username, MultivaluedMap<String, String> form) {
        YearMonth month = Periods.parse(period, clock);
        String team = form.getFirst("team");
        try {
            String override = form.getFirst("employerScore");
            performance.enter(month, username, new PerformanceService.Scores(score(override), form.containsKey("employerScore"),
                    score(form.getFirst("clientScore")), form.containsKey("clientScore"), form.getFirst("note")),
                    page.getUsername());
            return Response.ok(monthPage(month, team, Map.of(), page.messages(PerformanceMessages.class).perfSaved(username),
                    null, null)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(monthPage(month, team, errors(problem), null, username, null)).build();
        }
    }

    @POST
    @Path("performance/{period}/weights")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response weights(@RestPath String period, @RestForm String employer, @RestForm String client) {
        YearMonth month = Periods.parse(period, clock);
        return act(month, () -> performance.weights(month, score(employer), score(client), page.getUsername()));
    }

    @POST
    @Path("performance/{period}/publish")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String period) {
        YearMonth month = Periods.parse(period, clock);
        return act(month, () -> performance.publish(month, page.getUsername()));
    }

    @POST
    @Path("performance/{period}/reopen")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@RestPath String period, @RestForm String reason) {
        YearMonth month = Periods.parse(period, clock);
        return act(month, () -> performance.reopen(month, reason, page.getUsername()));
    }

    @POST
    @Path("performance/{period}/client-scores")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importClientScores(@RestPath String period, @RestForm("file") FileUpload file) throws IOException {
        YearMonth month = Periods.parse(period, clock);
        try {
            OperationsService.ImportReport report = clientScores.importFile(month, upload(file), format(file),
                    page.getUsername(), page.getLang());
            return Response.ok(monthPage(month, null, Map.of(), null, null, report)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(monthPage(month, null, errors(problem), null, null, null)).build();
        }
    }

    @POST
    @Path("performance/{period}/agents/{username}/sign-off")
    @RolesAllowed(Role.AGENT_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@RestPath String period, @RestPath String username) {
        YearMonth month = Periods.parse(period, clock);
        return act(month, () -> performance.signOff(month, username, user()));
    }

    @POST
    @Path("performance/{period}/agents/{username}/objection")
    @RolesAllowed(Role.AGENT_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@RestPath String period, @RestPath String username, @RestForm String reason) {
        YearMonth month = Periods.parse(period, clock);
        return act(month, () -> performance.object(month, username, reason, user()));
    }

    /** Does it and shows the month again (Post/Redirect/Get), or the month with the refusal. */
    private Response act(YearMonth month, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/performance/" + month)).build();
        } catch (Problem problem) {
            return Response.status(problem.status()).entity(monthPage(month, null, errors(problem), null, null, null)).build();
        }
    }

    private Map<String, String> errors(Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>(problem.fieldErrors(page.messages()));
        if (errors.isEmpty()) {
            errors.put("", problem.detail(page.messages()));
        }
        return errors;
    }

    private UserView user() {
        return page.getUser().orElseThrow();
    }

    private String label(YearMonth month) {
        return PerformanceTexts.month(page.messages(PerformanceMessages.class), month.toString());
    }

    /** The last twelve months, newest first, and the shown one if it is older. */
    private List<MonthChoice> months(YearMonth shown) {
        PerformanceMessages m = page.messages(PerformanceMessages.class);
        List<MonthChoice> months = new ArrayList<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            YearMonth month = now.minusMonths(i);
            months.add(new MonthChoice(month.toString(), PerformanceTexts.month(m, month.toString())));
        }
        if (months.stream().noneMatch(c -> c.value().equals(shown.toString()))) {
            months.add(new MonthChoice(shown.toString(), PerformanceTexts.month(m, shown.toString())));
        }
        return months;
    }

    private List<String> teamNames() {
        return teams.list().stream().map(TeamService.TeamView::name).toList();
    }

    private static byte[] upload(FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null || Files.size(file.uploadedFile()) == 0) {
            throw Problem.badRequest(io.zhijian.platform.AppMessages::fileRequired);
        }
        return Files.readAllBytes(file.uploadedFile());
    }

    private static String format(FileUpload file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? "xlsx" : "csv";
    }

    /** A typed number; unreadable text becomes a value the service refuses at its field. */
    private static Double score(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
