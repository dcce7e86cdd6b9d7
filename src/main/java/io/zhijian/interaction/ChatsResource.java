package io.zhijian.interaction;

import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.DateTimes;
import io.zhijian.platform.Problem;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.Instant;
import java.util.Map;

/** Online chat conversations: import, list, read one with its metrics. */
@Path("/api/chats")
@Produces(MediaType.APPLICATION_JSON)
public class ChatsResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ChatService chats;

    @Inject
    CurrentUser page;

    @Inject
    ImportProgress progress;

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import conversations: JSON (an array, or one conversation per line) of {externalId, agent, "
            + "channel, customer, startedAt, endedAt?, satisfaction?, ticketNo?, messages:[{at, from: AGENT|CUSTOMER|"
            + "SYSTEM, text}]}, or CSV/XLSX with one row per message (conversation_id, agent, channel, customer, at, from, "
            + "text; English or Chinese headers). format=json|csv|xlsx, else from Content-Type. Known externalIds are "
            + "updated (their evaluations kept). → {imported, updated, rejected:[{line, reason}]}")
    public ChatService.ImportReport importFile(byte[] body, @RestQuery String format,
                                               @HeaderParam("Content-Type") String contentType) {
        return chats.importFile(body, ChatService.format(format, contentType, body), page.getUsername(), page.messages());
    }

    @GET
    @Path("import/progress")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Operation(summary = "How far the caller's running import has got: {running, processedRows, totalRows, percent}")
    public ImportProgress.Progress importProgress() {
        return progress.of(page.getUsername());
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Conversations the caller may see, newest first: ?agent=&from=&to=&page=1&size=50 → "
            + "{total, page, size, items:[{id, externalId, agent, channel, startedAt, messages, satisfaction, "
            + "firstResponseSeconds}]}")
    public ChatService.Page list(@RestQuery String agent, @RestQuery String from, @RestQuery String to,
                                 @RestQuery Integer page, @RestQuery Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 50 : size;
        if (p < 1) {
            throw Problem.invalid(Map.of("page", ChatTexts.text(m -> m.chatPage())));
        }
        if (s < 1 || s > MAX_PAGE_SIZE) {
            throw Problem.invalid(Map.of("size", ChatTexts.text(m -> m.chatSize(MAX_PAGE_SIZE))));
        }
        return chats.list(this.page.getUser().orElseThrow(), agent, time("from", from), time("to", to), p, s);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "A conversation with its messages and metrics {firstResponseSeconds, meanResponseSeconds, "
            + "longestResponseSeconds, longestCustomerWaitSeconds, agentMessages, customerMessages, durationSeconds, "
            + "endedBy}; agents see their own, leads their team's; numbers masked for those who only need a hint")
    public ChatService.ChatView chat(@RestPath String id) {
        long number;
        try {
            number = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw Problem.notFound(ChatTexts.text(m -> m.chatNotFound(id)));
        }
        return chats.chat(number, page.getUser().orElseThrow());
    }

    private static Instant time(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant at = DateTimes.parse(text);
        if (at == null) {
            throw Problem.invalid(Map.of(field, ChatTexts.text(m -> m.chatTime(field, text))));
        }
        return at;
    }
}
