package io.zhijian.interaction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.web.WebContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** A ticket's page: its fields (phone numbers masked for those who only need a hint). */
@Path("/tickets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.AGENT_NAME})
public class TicketPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ticket(TicketService.TicketView ticket);
    }

    @Inject
    TicketService tickets;

    @Inject
    WebContext page;

    @GET
    @Path("{ticketNo}")
    public TemplateInstance ticket(@RestPath String ticketNo) {
        return page.render(Templates.ticket(tickets.ticket(ticketNo, page.getUser().orElseThrow())));
    }
}
