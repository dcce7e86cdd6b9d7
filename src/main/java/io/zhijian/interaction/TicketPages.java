package io.zhijian.interaction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import io.zhijian.platform.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** Ticket pages: the list with the import form, and one ticket (phones masked for those who only need a hint). */
@Path("/tickets")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class TicketPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ticket(TicketService.TicketView ticket);

        static native TemplateInstance progress(ImportProgress.Progress progress);

        static native TemplateInstance tickets(List<TicketService.TicketView> tickets, boolean canImport,
                                               TicketService.ImportReport report, String error);
    }

    @Inject
    TicketService tickets;

    @Inject
    CurrentUser page;

    @Inject
    ImportProgress progress;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.tickets(tickets.recent(page.getUser().orElseThrow()), canImport(), null, null));
    }

    /** The import form: a CSV or XLSX file; the report (or why nothing was imported) is shown on the page. */
    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) throws java.io.IOException {
        TicketService.ImportReport report = null;
        String error = null;
        int status = 200;
        try {
            // On the page the file is chosen, not sent as a request body: say so in those words.
            if (file == null || file.uploadedFile() == null || java.nio.file.Files.size(file.uploadedFile()) == 0) {
                throw Problem.badRequest(io.zhijian.platform.AppMessages::fileRequired);
            }
            byte[] body = java.nio.file.Files.readAllBytes(file.uploadedFile());
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(java.util.Locale.ROOT);
            report = tickets.importFile(body, name.endsWith(".xlsx") ? "xlsx" : "csv", page.getUsername(), page.messages());
        } catch (Problem problem) {
            status = problem.status();
            error = problem.messages(page.messages()).get(0);
        }
        return Response.status(status).entity(page.render(Templates.tickets(tickets.recent(page.getUser().orElseThrow()),
                true, report, error))).build();
    }

    /** Polled by the import form while its upload is being imported. */
    @GET
    @Path("import/progress")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    public TemplateInstance progress() {
        return page.render(Templates.progress(progress.of(page.getUsername())));
    }

    private boolean canImport() {
        return page.hasRole(Role.QA_NAME) || page.isAdmin();
    }

    @GET
    @Path("{ticketNo}")
    public TemplateInstance ticket(@RestPath String ticketNo) {
        return page.render(Templates.ticket(tickets.ticket(ticketNo, page.getUser().orElseThrow())));
    }
}
