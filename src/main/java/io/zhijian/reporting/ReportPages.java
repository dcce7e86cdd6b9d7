package io.zhijian.reporting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Problem;
import io.zhijian.scorecard.ScorecardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team dashboard (/reports): score trend with its band, distribution, causes of lost points and the service level,
 * each chart beside its table and with an XLSX of the same numbers, for a period, team, agent and scorecard.
 */
@Path("/reports")
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class ReportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard.Filters filters, List<Dashboard.Chart> charts, String query,
                                                 List<String> teams, List<ScorecardService.Summary> scorecards,
                                                 AgentView agentView, ReportArchive.Listing archive, HotWeek hot,
                                                 String error, Map<String, String> fieldErrors);
    }

    /** The week's hot topics: each word with the search that finds it. */
    public record HotWeek(String week, List<java.util.Map<String, Object>> topics) {
    }

    /** The agent's own part of the page (when the dashboard is one agent's): latest evaluations, exams, certificates. */
    public record AgentView(String agent, List<io.zhijian.evaluation.EvaluationService.EvaluationSummary> evaluations,
                            io.zhijian.training.ExamActivity.History exams, java.util.Map<String, String> scorecardNames) {
    }

    @Inject
    Dashboard dashboard;

    @Inject
    ReportArchive archive;

    @Inject
    ReportService reports;

    @Inject
    PeriodReports periods;

    @Inject
    io.zhijian.evaluation.EvaluationService evaluations;

    @Inject
    io.zhijian.training.ExamActivity exams;

    @Inject
    TeamService teams;

    @Inject
    ScorecardService scorecards;

    @Inject
    CurrentUser page;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@RestQuery String from, @RestQuery String to, @RestQuery String team, @RestQuery String agent,
                         @RestQuery String scorecard, @RestQuery String channel) {
        UserView viewer = page.getUser().orElseThrow();
        Dashboard.Filters filters;
        String error = null;
        Map<String, String> fieldErrors = Map.of();
        int status = 200;
        List<Dashboard.Chart> charts = new ArrayList<>();
        AgentView agentView = null;
        try {
            filters = filters(from, to, team, agent, scorecard, channel);
            for (String key : charts()) {
                charts.add(dashboard.chart(key, filters, viewer, page.getLang()));
            }
            // One agent's dashboard is their page: with their latest evaluations, exams and certificates.
            String who = filters.agent() != null ? filters.agent() : agentOnly() ? viewer.username() : null;
            if (who != null) {
                agentView = new AgentView(who, evaluations.search(new io.zhijian.evaluation.EvaluationService.Filter(
                        who, null, null, null, io.zhijian.evaluation.Evaluation.Status.SUBMITTED, null, null, null, null),
                        1, 10, viewer).items(), exams.history(who, 10), scorecardNames());
            }
        } catch (Problem problem) {
            filters = filters(null, null, null, null, null, null);
            // A filter's mistake is shown at its field; anything else above the charts.
            fieldErrors = problem.fieldErrors(page.messages());
            error = fieldErrors.isEmpty() ? String.join(" ", problem.messages(page.messages())) : null;
            status = problem.status();
        }
        return Response.status(status).entity(page.render(Templates.dashboard(filters, charts, query(filters),
                teams.list().stream().map(TeamService.TeamView::name).toList(),
                scorecards.list().stream().filter(s -> s.latestVersion() != null).toList(), agentView,
                agentOnly() ? null : archive.list(null), agentOnly() || status != 200 ? null : hot(filters), error, fieldErrors))).build();
    }

    /** The numbers of one chart as a workbook: the table the page shows beside it. */
    @GET
    @Path("{chart}.xlsx")
    @Produces(PeriodReportsResource.XLSX)
    public Response export(@RestPath String chart, @RestQuery String from, @RestQuery String to,
                           @RestQuery String team, @RestQuery String agent, @RestQuery String scorecard,
                           @RestQuery String channel) {
        if (!charts().contains(chart)) {
            throw Problem.notFound(ReportingTexts.text(m -> m.dashEmpty()));
        }
        Dashboard.Chart table = dashboard.chart(chart, filters(from, to, team, agent, scorecard, channel),
                page.getUser().orElseThrow(), page.getLang());
        StreamingOutput body = out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = book.createSheet(chart);
                sheet.createRow(0).createCell(0).setCellValue(table.title());
                Row header = sheet.createRow(2);
                for (int i = 0; i < table.headers().size(); i++) {
                    header.createCell(i).setCellValue(table.headers().get(i));
                }
                int r = 3;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) instanceof Number n) {
                            row.createCell(i).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(String.valueOf(values.get(i)));
                        }
                    }
                }
                book.write(out);
            }
        };
        return Response.ok(body, PeriodReportsResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + chart + ".xlsx\"").build();
    }

    /** Last week's hot topics of the dashboard's team (the same as the API gives). */
    @SuppressWarnings("unchecked")
    private HotWeek hot(Dashboard.Filters filters) {
        java.util.Map<String, Object> result = reports.hotTopics(periods.period(PeriodReports.Kind.WEEKLY, null),
                filters.team(), null, 4, 12, page.getUser().orElseThrow());
        return new HotWeek((String) result.get("week"), (List<java.util.Map<String, Object>>) result.get("topics"));
    }

    private java.util.Map<String, String> scorecardNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        scorecards.list().forEach(s -> names.put(s.key(), s.names().in(page.getLang())));
        return names;
    }

    /**
     * Agents see their own numbers; the centre's service level is not theirs to read; the inspectors' figures are for
     * QA, managers and administrators (as {@code /api/reports/inspectors}).
     */
    private List<String> charts() {
        boolean inspectors = page.hasRole(Role.QA_NAME) || page.hasRole(Role.MANAGER_NAME) || page.isAdmin();
        return Dashboard.CHARTS.stream().filter(c -> !(c.equals("service") && agentOnly()))
                .filter(c -> !c.equals("inspectors") || inspectors).toList();
    }

    private boolean agentOnly() {
        return page.hasRole(Role.AGENT_NAME) && !page.hasRole(Role.LEAD_NAME) && !page.hasRole(Role.QA_NAME)
                && !page.hasRole(Role.MANAGER_NAME) && !page.hasRole(Role.TRAINER_NAME) && !page.isAdmin();
    }

    private Dashboard.Filters filters(String from, String to, String team, String agent, String scorecard,
                                      String channel) {
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = ReportsResource.range(from, to, today.minusWeeks(12), today);
        return new Dashboard.Filters(range[0], range[1], blank(team), blank(agent), blank(scorecard),
                ReportsResource.channel(channel));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The filters as a query string, kept by the downloads. */
    private static String query(Dashboard.Filters f) {
        StringBuilder q = new StringBuilder("from=" + f.from() + "&to=" + f.to());
        String[][] pairs = {{"team", f.team()}, {"agent", f.agent()}, {"scorecard", f.scorecard()},
                {"channel", f.channel() == null ? null : f.channel().name()}};
        for (String[] pair : pairs) {
            if (pair[1] != null) {
                q.append('&').append(pair[0]).append('=').append(URLEncoder.encode(pair[1], StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }
}
