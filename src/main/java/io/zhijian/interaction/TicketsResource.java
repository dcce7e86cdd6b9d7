package io.zhijian.interaction;

import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Tickets (工单): import a CSV or XLSX export, read one ticket. */
@Path("/api/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

    @Inject
    TicketService tickets;

    @Inject
    CurrentUser page;

    @Inject
    ImportProgress progress;

    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import tickets: the body is the CSV (UTF-8 or GB18030) or XLSX file (format=csv|xlsx, else "
            + "from Content-Type); headers in English or Chinese. Rows with errors are reported and skipped; known "
            + "ticket numbers are updated. → {imported, updated, rejected:[{line, reason}]}")
    public TicketService.ImportReport importFile(byte[] body, @RestQuery String format,
                                                 @HeaderParam("Content-Type") String contentType) {
        return tickets.importFile(body, TableFile.format(format, contentType), page.getUsername(), page.messages());
    }

    @GET
    @Path("import/progress")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Operation(summary = "How far the caller's running import has got: {running, processedRows, totalRows, percent}")
    public ImportProgress.Progress importProgress() {
        return progress.of(page.getUsername());
    }

    @GET
    @Path("{ticketNo}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "A ticket by its number; phone numbers masked for those who only need a hint")
    public TicketService.TicketView ticket(@RestPath String ticketNo) {
        return tickets.ticket(ticketNo, page.getUser().orElseThrow());
    }
}
