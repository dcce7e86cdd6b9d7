package io.zhijian.interaction;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.CurrentUser;
import io.zhijian.identity.Role;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

/** Chat pages: the newest conversations with the import form, and one conversation with its metrics. */
@Path("/chats")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class ChatPages {

    private static final int SHOWN = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance chats(ChatService.Page chats, boolean canImport, ChatService.ImportReport report,
                                             String error);

        static native TemplateInstance chat(ChatService.ChatView chat);

        static native TemplateInstance progress(ImportProgress.Progress progress);
    }

    @Inject
    ChatService chats;

    @Inject
    CurrentUser page;

    @Inject
    ImportProgress progress;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.chats(newest(), canImport(), null, null));
    }

    /** The import form: a JSON, CSV or XLSX file; the report (or why nothing was imported) is shown on the page. */
    @POST
    @Path("import")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file) throws IOException {
        ChatService.ImportReport report = null;
        String error = null;
        int status = 200;
        try {
            if (file == null || file.uploadedFile() == null || Files.size(file.uploadedFile()) == 0) {
                throw Problem.badRequest(AppMessages::fileRequired);
            }
            byte[] body = Files.readAllBytes(file.uploadedFile());
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
            String format = name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".csv") ? "csv"
                    : name.endsWith(".json") || name.endsWith(".jsonl") ? "json" : ChatService.format(null, null, body);
            report = chats.importFile(body, format, page.getUsername(), page.messages());
        } catch (Problem problem) {
            status = problem.status();
            error = problem.messages(page.messages()).get(0);
        }
        return Response.status(status).entity(page.render(Templates.chats(newest(), true, report, error))).build();
    }

    /** Polled by the import form while its upload is being imported. */
    @GET
    @Path("import/progress")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    public TemplateInstance progress() {
        return page.render(Templates.progress(progress.of(page.getUsername())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance chat(@RestPath long id) {
        return page.render(Templates.chat(chats.chat(id, page.getUser().orElseThrow())));
    }

    private ChatService.Page newest() {
        return chats.list(page.getUser().orElseThrow(), null, null, null, 1, SHOWN);
    }

    private boolean canImport() {
        return page.hasRole(Role.QA_NAME) || page.isAdmin();
    }
}
