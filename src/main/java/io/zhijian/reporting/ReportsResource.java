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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mean scores that say how far they can be trusted: an agent's summary and the score trend. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class ReportsResource {

    @Inject
    ReportService reports;

    @Inject
    io.zhijian.evaluation.InspectorProductivity productivity;

    @Inject
    CurrentUser page;

    @Inject
    Clock clock;

    @GET
    @Path("agents/{username}/summary")
    @Operation(summary = "An agent's mean total over [from, to] (dates, inclusive; default this month): {evaluations, "
            + "mean, ci95:[low, high], nNeeded, tooFewEvaluations} — the Student-t 95 % interval of the mean (null below "
            + "two evaluations) and the evaluations that would give ±5 points at the observed spread. 404 for agents "
            + "the caller may not see.")
    public ReportService.Summary summary(@RestPath String username, @RestQuery String from, @RestQuery String to) {
        LocalDate[] range = range(from, to, YearMonth.now(clock).atDay(1), YearMonth.now(clock).atEndOfMonth());
        return reports.summary(username, range[0], range[1], page.getUser().orElseThrow());
    }

    @GET
    @Path("reports/trend")
    @Operation(summary = "Mean totals by=week|month over [from, to] (default the last 12 weeks), of an agent, a team or "
            + "everyone the caller may see, optionally of one scorecard and channel (CALL, TICKET, CHAT): {points:[{period, "
            + "evaluations, mean, ci95}]}")
    public ReportService.Trend trend(@RestQuery String from, @RestQuery String to, @RestQuery String by,
                                     @RestQuery String team, @RestQuery String agent, @RestQuery String scorecard,
                                     @RestQuery String channel) {
        if (by != null && !by.equals("week") && !by.equals("month")) {
            throw Problem.invalid(Map.of("by", ReportingTexts.text(m -> m.byInvalid(by))));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = range(from, to, "month".equals(by) ? today.minusMonths(11).withDayOfMonth(1) : today.minusWeeks(12),
                today);
        return reports.trend(range[0], range[1], by, team, agent, scorecard == null || scorecard.isBlank() ? null : scorecard,
                channel(channel), page.getUser().orElseThrow());
    }

    @GET
    @Path("reports/distribution")
    @Operation(summary = "The histogram of totals in bands of ten points (0–9 … 90–100) over [from, to] (default the "
            + "last 12 weeks), of an agent, a team or everyone the caller may see, optionally of one scorecard and channel, "
            + "with the critical failures: {evaluations, criticalFailures, bands:[{range, evaluations}]}")
    public ReportService.DistributionView distribution(@RestQuery String from, @RestQuery String to,
                                                       @RestQuery String team, @RestQuery String agent,
                                                       @RestQuery String scorecard, @RestQuery String channel) {
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = range(from, to, today.minusWeeks(12), today);
        return reports.distribution(range[0], range[1], team, agent, scorecard == null || scorecard.isBlank() ? null
                : scorecard, channel(channel), page.getUser().orElseThrow());
    }

    @GET
    @Path("reports/item-failures")
    @Operation(summary = "The causes of lost points over [from, to] (default the last 12 weeks), of an agent, a team or "
            + "everyone the caller may see, optionally of one scorecard and channel, by=team (default), agent or week: {rows:[{team "
            + "(or agent, week), scorecard, item, name, failures, evaluations, share}]} — failures: evaluations that lost "
            + "points on the item (or failed it critically); evaluations: that group's evaluations of the scorecard; "
            + "rows by group, most failures first")
    public Map<String, Object> itemFailures(@RestQuery String from, @RestQuery String to, @RestQuery String scorecard,
                                            @RestQuery String by, @RestQuery String team, @RestQuery String agent,
                                            @RestQuery String channel) {
        ItemFailures.By grouping;
        try {
            grouping = by == null || by.isBlank() ? ItemFailures.By.TEAM
                    : ItemFailures.By.valueOf(by.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(Map.of("by", ReportingTexts.text(m -> m.byGroupInvalid(by))));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = range(from, to, today.minusWeeks(12), today);
        return Map.of("from", range[0], "to", range[1], "by", grouping.name().toLowerCase(java.util.Locale.ROOT),
                "rows", reports.itemFailures(range[0], range[1], team, agent,
                        scorecard == null || scorecard.isBlank() ? null : scorecard.trim(), channel(channel), grouping,
                        page.getUser().orElseThrow(), page.getLang()).stream().map(r -> ItemFailures.json(r, grouping))
                        .toList());
    }

    @Inject
    io.zhijian.performance.IntervalService intervals;

    @GET
    @Path("reports/service-level")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "The service level by half hour of the opening hours (08:30–22:30) over [from, to] (default the "
            + "last 4 weeks), from the imported interval reports: {thresholdSeconds, total, slots:[{start, offered, "
            + "answered, answeredInThreshold, abandoned, serviceLevel, answerRate, abandonRate}], peak:{start, end, "
            + "offered, serviceLevel, shareOfDay}} — serviceLevel = answered in threshold / offered; the peak is the hour "
            + "(two half hours) with the most calls offered")
    public io.zhijian.performance.IntervalService.ServiceLevel serviceLevel(@RestQuery String from, @RestQuery String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate[] range = range(from, to, today.minusWeeks(4), today);
        return intervals.serviceLevel(range[0], range[1]);
    }

    @Inject
    PeriodReports periods;

    @GET
    @Path("reports/hot-topics")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Hot topics and hard complaints (咨询热点与投诉难点) of a week (week=2026-W47, default last week) "
            + "against the weeksBefore (default 4) before it, of a team and a type (CALL, CHAT or a ticket type such as "
            + "投诉难点's 协查): the words that rose most in calls, chats and tickets, as significant terms (JLH score), not "
            + "raw counts → {week, from, to, documents, background, topics:[{term, documents, share, backgroundShare, "
            + "score, search}]} — search: the page that finds the week's documents with the word")
    public Map<String, Object> hotTopics(@RestQuery String week, @RestQuery String team, @RestQuery String type,
                                         @RestQuery Integer weeksBefore, @RestQuery Integer size) {
        int before = weeksBefore == null ? 4 : weeksBefore;
        int shown = size == null ? 20 : size;
        if (before < 1 || before > 52) {
            throw Problem.invalid(Map.of("weeksBefore", ReportingTexts.text(m -> m.weeksBeforeInvalid(52))));
        }
        if (shown < 1 || shown > 100) {
            throw Problem.invalid(Map.of("size", ReportingTexts.text(m -> m.sizeInvalid(100))));
        }
        return reports.hotTopics(periods.period(PeriodReports.Kind.WEEKLY, week), team, type, before, shown,
                page.getUser().orElseThrow());
    }

    @GET
    @Path("reports/inspectors")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Inspectors over [from, to] (default this month): assignments made (done = evaluation submitted, "
            + "overdue = not done after the plan's period), evaluations submitted, the disputes they drew (upheld, "
            + "amended) and the dispute rate: {rows:[{inspector, assigned, done, overdue, evaluations, disputes, upheld, "
            + "amended, disputeRate}]}")
    public Map<String, Object> inspectors(@RestQuery String from, @RestQuery String to) {
        LocalDate[] range = range(from, to, YearMonth.now(clock).atDay(1), YearMonth.now(clock).atEndOfMonth());
        return Map.of("from", range[0], "to", range[1], "rows", productivity.between(
                range[0].atStartOfDay(clock.getZone()).toInstant(), range[1].plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }

    /** CALL, TICKET or CHAT (any case); blank: every channel; anything else a 400 at the field. */
    static io.zhijian.interaction.Interactions.Type channel(String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        try {
            return io.zhijian.interaction.Interactions.Type.valueOf(channel.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(Map.of("channel", ReportingTexts.text(m -> m.channelInvalid(channel))));
        }
    }

    static LocalDate[] range(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        Map<String, Problem.Text> errors = new LinkedHashMap<>();
        LocalDate start = date("from", from, defaultFrom, errors);
        LocalDate end = date("to", to, defaultTo, errors);
        if (errors.isEmpty() && (start.isAfter(end) || start.plusYears(5).isBefore(end))) {
            errors.put("to", ReportingTexts.text(ReportingMessages::rangeInvalid));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        return new LocalDate[] {start, end};
    }

    private static LocalDate date(String field, String text, LocalDate fallback, Map<String, Problem.Text> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        errors.put(field, ReportingTexts.text(m -> m.dateInvalid(text)));
        return fallback;
    }
}
