package io.zhijian.autoqa;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.interaction.ChatService;
import io.zhijian.scorecard.Scorecard.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/** A chat's auto-QA result (see {@link CallAutoQaResource} for why a class of its own). */
@Path("/api/chats/{id}/auto-qa")
@Produces(MediaType.APPLICATION_JSON)
public class ChatAutoQaResource {

    @Inject
    AutoQaService autoQa;

    @Inject
    ChatService chats;

    @Inject
    CurrentUser page;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    @Operation(summary = "The conversation's auto-QA suggestions per published chat scorecard: {results:[{scorecardKey, "
            + "scorecardVersion, total, items:[{itemKey, answer, rule, evidence:[{speaker, start, end, text, message} | "
            + "{metric, value}]}]}]}")
    public AutoQaService.Results get(@RestPath long id) {
        var viewer = page.getUser().orElseThrow();
        return autoQa.current(Channel.CHAT, chats.visibleId(id, viewer), viewer);
    }
}
