package io.zhijian.reporting;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Locale;
import java.util.Map;

/** The daily, weekly and monthly reports (日报、周报、月报), as JSON or as a workbook. */
// At /api like ReportsResource: a class at /api/reports would be chosen for every /api/reports/… path and hide its.
@Path("/api")
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class PeriodReportsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SUMMARY = " report: per team and agent (agents see themselves, leads their team) the "
            + "period's evaluations, mean score, critical failures, disputes (and amended), exams taken and passed, "
            + "beside the previous period's and the change; format=json (default) or xlsx → {kind, period:{label, from, "
            + "to}, previous, generatedAt, total, teams:[{team, current, previous, change}], agents:[{agent, team, "
            + "displayName, current, previous, change}]}";

    @Inject
    PeriodReports reports;

    @Inject
    CurrentUser page;

    @GET
    @Path("reports/daily")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @Operation(summary = "The daily (日报) ?date=2026-11-20 (default yesterday)" + SUMMARY)
    public Response daily(@RestQuery String date, @RestQuery String format) {
        return report(PeriodReports.Kind.DAILY, date, format);
    }

    @GET
    @Path("reports/weekly")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @Operation(summary = "The weekly (周报) ?week=2026-W47 (default last week)" + SUMMARY)
    public Response weekly(@RestQuery String week, @RestQuery String format) {
        return report(PeriodReports.Kind.WEEKLY, week, format);
    }

    @GET
    @Path("reports/monthly")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @Operation(summary = "The monthly (月报) ?month=2026-11 (default last month), with each agent's and team's KPIs of "
            + "the month (a team's: summed numerators over summed denominators)" + SUMMARY)
    public Response monthly(@RestQuery String month, @RestQuery String format) {
        return report(PeriodReports.Kind.MONTHLY, month, format);
    }

    private Response report(PeriodReports.Kind kind, String value, String format) {
        String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("xlsx")) {
            throw Problem.invalid(Map.of("format", ReportingTexts.text(m -> m.formatInvalid(format))));
        }
        PeriodReports.Period period = reports.period(kind, value);
        PeriodReports.Report report = reports.report(kind, period, page.getUser().orElseThrow());
        if (f.equals("json")) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String lang = page.getLang();
        StreamingOutput body = out -> PeriodReportExport.write(report, lang, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + kind.name()
                .toLowerCase(Locale.ROOT) + "-report-" + period.label() + ".xlsx\"").build();
    }
}
