package io.zhijian.autoqa;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.interaction.CallService;
import io.zhijian.scorecard.Scorecard.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A call's auto-QA result. Its own class at the full path: a method under {@code /api/calls} in a class at
 * {@code /api} would be hidden by the calls resource. Agents see their inspectors' scores, not machine suggestions.
 */
@Path("/api/calls/{id}/auto-qa")
@Produces(MediaType.APPLICATION_JSON)
public class CallAutoQaResource {

    @Inject
    AutoQaService autoQa;

    @Inject
    CallService calls;

    @Inject
    CurrentUser page;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "The call's auto-QA suggestions per published call scorecard: {results:[{scorecardKey, "
            + "scorecardVersion, total, items:[{itemKey, answer, rule, evidence:[{speaker, start, end, text} | "
            + "{speaker, start, end, missing} | {metric, value}]}]}]}")
    public AutoQaService.Results get(@RestPath long id) {
        var viewer = page.getUser().orElseThrow();
        return autoQa.current(Channel.CALL, calls.visibleId(id, viewer), viewer);
    }
}
