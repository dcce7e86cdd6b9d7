package io.zhijian.autoqa;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.CallService;
import io.zhijian.interaction.ChatService;
import io.zhijian.interaction.TicketService;
import io.zhijian.scorecard.Scorecard.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/**
 * Auto-QA on pages: the result section the call, ticket and chat pages load (htmx), and the work page with the
 * progress of re-runs.
 */
@Path("/auto-qa")
@Produces(MediaType.TEXT_HTML)
public class AutoQaPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(List<AutoQaViews.ShownResult> results);

        static native TemplateInstance work(AutoQaService.Work work, java.util.Map<String, String> names);

        static native TemplateInstance workTable(AutoQaService.Work work, java.util.Map<String, String> names);
    }

    @Inject
    AutoQaService autoQa;

    @Inject
    AutoQaViews views;

    @Inject
    CallService calls;

    @Inject
    TicketService tickets;

    @Inject
    ChatService chats;

    @Inject
    io.zhijian.scorecard.ScorecardService scorecards;

    @Inject
    CurrentUser page;

    @GET
    @Path("calls/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    public TemplateInstance call(@RestPath long id) {
        UserView viewer = page.getUser().orElseThrow();
        return results(autoQa.current(Channel.CALL, calls.visibleId(id, viewer), viewer));
    }

    @GET
    @Path("tickets/{ticketNo}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    public TemplateInstance ticket(@RestPath String ticketNo) {
        UserView viewer = page.getUser().orElseThrow();
        return results(autoQa.current(Channel.TICKET, tickets.visibleId(ticketNo, viewer), viewer));
    }

    @GET
    @Path("chats/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME})
    public TemplateInstance chat(@RestPath long id) {
        UserView viewer = page.getUser().orElseThrow();
        return results(autoQa.current(Channel.CHAT, chats.visibleId(id, viewer), viewer));
    }

    private TemplateInstance results(AutoQaService.Results results) {
        return page.render(Templates.results(views.shown(results, page.getLang())));
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    public TemplateInstance work() {
        return page.render(Templates.work(autoQa.work(), names()));
    }

    /** The table alone, which the page polls while a re-run is going. */
    @GET
    @Path("work")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME})
    public TemplateInstance workTable() {
        return page.render(Templates.workTable(autoQa.work(), names()));
    }

    /** Scorecards by name in the reader's language, never by key. */
    private java.util.Map<String, String> names() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        scorecards.list().forEach(s -> names.put(s.key(), s.names().in(page.getLang())));
        return names;
    }
}
