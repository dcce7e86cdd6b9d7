package io.zhijian.reporting;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
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

    @Inject
    ReportArchive archive;

    @GET
    @Path("reports/archive")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "The archive of generated reports, of one kind (daily, weekly, monthly) or all, newest first: "
            + "{items:[{kind, period, dueAt, generatedAt, generatedBy, onTime}], total, onTime, onTimeRate} — each "
            + "period's report is generated on the day after it at zhijian.reports.generate-at (08:00) and due at "
            + "zhijian.reports.due-at (09:00); onTimeRate is the on-time rate of report submission (报告提交及时率)")
    public ReportArchive.Listing archive(@RestQuery String kind) {
        return archive.list(kind == null || kind.isBlank() ? null : kind(kind).name().toLowerCase(Locale.ROOT));
    }

    @POST
    @Path("reports/archive")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Generate and keep (submit) a report now: ?kind=daily|weekly|monthly&period=2026-11-20|2026-W47|"
            + "2026-11 (default the last complete one) → 201 {kind, period, dueAt, generatedAt, generatedBy, onTime}; 409 "
            + "when the archive has it")
    public Response submit(@RestQuery String kind, @RestQuery String period) {
        PeriodReports.Kind k = kind(kind);
        ReportArchive.Entry entry = archive.generate(k, reports.period(k, period), page.getUsername(), true);
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("reports/archive/{kind}/{period}")
    @Produces({MediaType.APPLICATION_JSON, XLSX})
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "A report as the archive keeps it (the figures when it was generated), format=json|xlsx; agents "
            + "and leads see their own lines")
    public Response archived(@RestPath String kind, @RestPath String period, @RestQuery String format) {
        String name = kind(kind).name().toLowerCase(Locale.ROOT);
        return respond(archive.read(name, period, page.getUser().orElseThrow()), format);
    }

    private static PeriodReports.Kind kind(String kind) {
        try {
            return PeriodReports.Kind.valueOf(kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(Map.of("kind", ReportingTexts.text(m -> m.kindInvalid(String.valueOf(kind)))));
        }
    }

    private Response report(PeriodReports.Kind kind, String value, String format) {
        String f = format(format);
        PeriodReports.Period period = reports.period(kind, value);
        return respond(reports.report(kind, period, page.getUser().orElseThrow()), f);
    }

    /** json (the default) or xlsx; anything else is a 400 at the field. */
    private static String format(String format) {
        String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !f.equals("xlsx")) {
            throw Problem.invalid(Map.of("format", ReportingTexts.text(m -> m.formatInvalid(format))));
        }
        return f;
    }

    private Response respond(PeriodReports.Report report, String format) {
        String f = format(format);
        if (f.equals("json")) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String lang = page.getLang();
        StreamingOutput body = out -> PeriodReportExport.write(report, lang, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + report.kind()
                + "-report-" + report.period().label() + ".xlsx\"").build();
    }
}
