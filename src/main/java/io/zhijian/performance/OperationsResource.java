package io.zhijian.performance;

import io.zhijian.identity.AgentVisibility;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Clock;
import java.util.List;

/** Operational data per agent and day: imported by managers, read day by day behind the KPIs. */
@Path("/api/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject
    OperationsService operations;

    @Inject
    CurrentUser page;

    @Inject
    AgentVisibility visibility;

    @Inject
    Clock clock;

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import operational data, one row per agent per day: the body is the CSV (UTF-8 or GB18030) or "
            + "XLSX file (format=csv|xlsx, else from Content-Type); headers in English or Chinese (agent 客服代表, date 日期, "
            + "scheduled 应出勤, present 出勤, on_time 准时, leave 请假, training 培训, calls_offered 系统接入电话数, "
            + "calls_answered 接听量, handle_seconds 处理时长, wait_seconds 等待时长, outbound_calls 外呼量, surveys 评价数, "
            + "satisfied 满意数). The same agent and date again updates the row. → {imported, updated, rejected:[{line, reason}]}")
    public OperationsService.ImportReport importFile(byte[] body, @RestQuery String format,
                                                     @HeaderParam("Content-Type") String contentType) {
        return operations.importFile(body, TableFile.format(format, contentType), page.getUsername(), page.getLang());
    }

    @Inject
    IntervalService intervals;

    @POST
    @Path("intervals/import")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import the telephony system's interval report, one row per half hour: CSV (UTF-8 or GB18030) or "
            + "XLSX (format=csv|xlsx, else from Content-Type) with date 日期, start 时段 (HH:mm, a half hour), offered "
            + "呼入量, answered 接听量, answered_in_threshold 及时接听量, abandoned 放弃量. The same date and half hour "
            + "again updates the row. → {imported, updated, rejected:[{line, reason}]}")
    public OperationsService.ImportReport importIntervals(byte[] body, @RestQuery String format,
                                                          @HeaderParam("Content-Type") String contentType) {
        return intervals.importFile(body, TableFile.format(format, contentType), page.getUsername(), page.getLang());
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
    @Operation(summary = "An agent's operational rows of a month (period=2026-10), day by day: the rows behind the "
            + "attendance, punctuality, AHT, outbound and satisfaction KPIs. Others' rows are 404 for agents and leads.")
    public List<OperationsService.Day> days(@RestQuery String agent, @RestQuery String period) {
        String who = agent == null || agent.isBlank() ? page.getUsername() : agent;
        if (!visibility.maySee(page.getUser().orElseThrow(), who)) {
            throw Problem.notFound(PerformanceTexts.text(m -> m.agentNotFound(who)));
        }
        return operations.days(who, Periods.parse(period, clock));
    }
}
