package io.zhijian.autoqa;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.interaction.TicketService;
import io.zhijian.scorecard.Scorecard.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/** A ticket's auto-QA result (see {@link CallAutoQaResource} for why a class of its own). */
@Path("/api/tickets/{ticketNo}/auto-qa")
@Produces(MediaType.APPLICATION_JSON)
public class TicketAutoQaResource {

    @Inject
    AutoQaService autoQa;

    @Inject
    TicketService tickets;

    @Inject
    CurrentUser page;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "The ticket's auto-QA suggestions per published ticket scorecard: {results:[{scorecardKey, "
            + "scorecardVersion, total, items:[{itemKey, answer, rule, evidence:[{field, value}]}]}]} (phone numbers "
            + "masked for those who see hints only)")
    public AutoQaService.Results get(@RestPath String ticketNo) {
        var viewer = page.getUser().orElseThrow();
        return autoQa.current(Channel.TICKET, tickets.visibleId(ticketNo, viewer), viewer);
    }
}
