package io.zhijian.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import io.zhijian.platform.TableFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The monthly assessment (月度考核) and its rules. */
@Path("/api/performance")
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource {

    @Inject
    PerformanceService performance;

    @Inject
    PerformanceRulesStore rules;

    @Inject
    ClientScoreImport clientScores;

    @Inject
    PerformanceExport export;

    @Inject
    CurrentUser page;

    @Inject
    Clock clock;

    @GET
    @Path("rules")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME})
    @Operation(summary = "The assessment rules' versions, newest first: {version, effectiveFrom, definition (YAML)}")
    public List<PerformanceRulesStore.Version> ruleVersions() {
        return rules.versions();
    }

    @PUT
    @Path("rules")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Save a new version of the rules (the monthly-performance.yaml definition as the body); it "
            + "applies from its effectiveFrom month on and never rewrites a published month. 400 names every wrong field.")
    public Response saveRules(String definition) {
        return Response.status(201).entity(rules.save(definition, page.getUsername())).build();
    }

    @GET
    @Path("timeliness")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME})
    @Operation(summary = "Each month since the first with data: its deadline, when it was published, on time or late; "
            + "and the share published on time (报告提交及时率)")
    public PerformanceService.TimelinessReport timeliness() {
        return performance.timeliness();
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
    @Operation(summary = "The month's assessment: {period, status: DRAFT|PUBLISHED, weights:{employer, client}, rows:"
            + "[{agent, team, employerScore, clientScore, total, bonus, atRisk, atRiskReasons, signedOff}]}. Leads see "
            + "their team, agents their own row.")
    public PerformanceService.MonthView month(@RestPath String period, @RestQuery String team) {
        return performance.month(month(period), team, page.getUser().orElseThrow());
    }

    @GET
    @Path("{period}/agents/{username}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
    @Operation(summary = "One agent's month; others' rows are 404 for agents and leads")
    public PerformanceService.Row row(@RestPath String period, @RestPath String username) {
        return performance.row(month(period), username, page.getUser().orElseThrow());
    }

    @PUT
    @Path("{period}/agents/{username}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter an agent's scores {employerScore?, clientScore?, note?}: the client's score (用工单位评分); "
            + "an employer's score overrides the computed one and needs a note (null clears the override). Scores "
            + "outside 0–100 are 400; a published month is 409.")
    public PerformanceService.Row enter(@RestPath String period, @RestPath String username, JsonNode body) {
        YearMonth month = month(period);
        if (body == null || !body.isObject()) {
            throw Problem.badRequest(PerformanceTexts.text(PerformanceMessages::bodyRequired));
        }
        PerformanceService.Scores scores = new PerformanceService.Scores(score(body, "employerScore"),
                body.has("employerScore"), score(body, "clientScore"), body.has("clientScore"), text(body, "note"));
        return performance.enter(month, username, scores, page.getUsername());
    }

    @POST
    @Path("{period}/client-scores")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import the client's scores (用工单位评分) from XLSX or CSV: columns agent 客服代表, client_score "
            + "用工单位评分, note 备注. → {imported, updated, rejected:[{line, reason}]}")
    public OperationsService.ImportReport importClientScores(@RestPath String period, byte[] body,
                                                             @RestQuery String format,
                                                             @HeaderParam("Content-Type") String contentType) {
        return clientScores.importFile(month(period), body, TableFile.format(format, contentType), page.getUsername(),
                page.getLang());
    }

    @PUT
    @Path("{period}/weights")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The month's weights {employer, client}, each 0–1, summing to 1 (else 400)")
    public PerformanceService.MonthView weights(@RestPath String period, JsonNode body) {
        YearMonth month = month(period);
        if (body == null || !body.isObject()) {
            throw Problem.badRequest(PerformanceTexts.text(PerformanceMessages::bodyRequired));
        }
        return performance.weights(month, weight(body, "employer"), weight(body, "client"), page.getUsername());
    }

    @POST
    @Path("{period}/publish")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Publish the month: figures frozen, agents notified; afterwards changes are 409 until reopened")
    public PerformanceService.MonthView publish(@RestPath String period) {
        return performance.publish(month(period), page.getUsername());
    }

    @POST
    @Path("{period}/reopen")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reopen a published month {reason} (audited); sign-offs are cleared")
    public PerformanceService.MonthView reopen(@RestPath String period, Map<String, Object> body) {
        return performance.reopen(month(period), reason(body), page.getUsername());
    }

    @POST
    @Path("{period}/agents/{username}/sign-off")
    @RolesAllowed({Role.AGENT_NAME})
    @Operation(summary = "The agent signs off their own published month (签字确认)")
    public PerformanceService.Row signOff(@RestPath String period, @RestPath String username) {
        return performance.signOff(month(period), username, page.getUser().orElseThrow());
    }

    @POST
    @Path("{period}/agents/{username}/objection")
    @RolesAllowed({Role.AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The agent objects to their own published month {reason}; the managers are told")
    public PerformanceService.Row object(@RestPath String period, @RestPath String username, Map<String, Object> body) {
        return performance.object(month(period), username, reason(body), page.getUser().orElseThrow());
    }

    @GET
    @Path("{period}/export")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME})
    @Produces(PerformanceExport.XLSX)
    @Operation(summary = "The month as XLSX: one row per agent with the KPI columns, both scores, total, bonus, flags "
            + "and sign-off")
    public Response exportMonth(@RestPath String period, @RestQuery String team) {
        YearMonth month = month(period);
        return PerformanceExport.download(export.month(performance.month(month, team, page.getUser().orElseThrow()),
                page.getLang()), "performance-" + month + ".xlsx");
    }

    private YearMonth month(String period) {
        if (period == null || period.isBlank()) {
            throw Problem.invalid(Map.of("period", PerformanceTexts.text(m -> m.periodInvalid(""))));
        }
        return Periods.parse(period, clock);
    }

    private static Double score(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw Problem.invalid(Map.of(field, PerformanceTexts.text(PerformanceMessages::scoreRange)));
        }
        return node.asDouble();
    }

    private static Double weight(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || !node.isNumber() ? null : node.asDouble();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw Problem.invalid(Map.of(field, PerformanceTexts.text(PerformanceMessages::noteText)));
        }
        return node.asText();
    }

    private static String reason(Map<String, Object> body) {
        Object reason = body == null ? null : body.get("reason");
        return reason instanceof String s ? s : null;
    }
}
