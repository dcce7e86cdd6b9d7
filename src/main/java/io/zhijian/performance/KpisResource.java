package io.zhijian.performance;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.time.YearMonth;

/** The month's KPIs per agent, as the viewer may see them; the agent's figures behind each. */
@Path("/api/kpis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.AGENT_NAME})
public class KpisResource {

    @Inject
    KpiService kpis;

    @Inject
    KpiDetails details;

    @Inject
    PerformanceExport export;

    @Inject
    CurrentUser page;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "KPIs of a month (period=2026-10, default this month), optionally of one team: "
            + "{period, rows:[{agent, team, kpis:{<name>:{value, numerator, denominator}}}]}; a value is null where "
            + "there is no data. Leads see their team, agents themselves.")
    public KpiService.KpiTable table(@RestQuery String period, @RestQuery String team) {
        return kpis.table(Periods.parse(period, clock), team, page.getUser().orElseThrow());
    }

    @GET
    @Path("export")
    @Produces(PerformanceExport.XLSX)
    @Operation(summary = "The KPI table as XLSX, one row per agent")
    public Response exportTable(@RestQuery String period, @RestQuery String team) {
        YearMonth month = Periods.parse(period, clock);
        return PerformanceExport.download(export.kpis(kpis.table(month, team, page.getUser().orElseThrow()), page.getLang()),
                "kpis-" + month + ".xlsx");
    }

    @GET
    @Path("{period}/agents/{username}")
    @Operation(summary = "One agent's KPIs with what is behind them: the operational days, the evaluations and the "
            + "tickets counted. Others' figures are 404 for agents and leads.")
    public KpiDetails.Detail agent(@RestPath String period, @RestPath String username) {
        return details.of(Periods.parse(period, clock), username, page.getUser().orElseThrow());
    }
}
