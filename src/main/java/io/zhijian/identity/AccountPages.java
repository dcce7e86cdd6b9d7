package io.zhijian.identity;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.zhijian.platform.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The signed-in user's own account: changing their password. */
@Path("/account")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(AdminPages.FormErrors errors, boolean saved);
    }

    @Inject
    CurrentUser page;

    @Inject
    PasswordChanges passwords;

    @Inject
    SessionMarks marks;

    @Inject
    CurrentVertxRequest request;

    @GET
    @Path("password")
    public TemplateInstance password(@RestQuery boolean saved) {
        return page.render(Templates.password(AdminPages.FormErrors.NONE, saved));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
                                   @RestForm String confirmPassword) {
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            return refused(new AdminPages.FormErrors(null,
                    Map.of("confirmPassword", page.messages(IdentityMessages.class).errPasswordConfirm())));
        }
        try {
            String username = page.getUsername();
            Instant sessionsEnded = passwords.change(username, currentPassword, newPassword);
            // Every session of the user ended; this browser's goes on from the same instant.
            marks.mark(request.getCurrent(), username, sessionsEnded);
            return Response.seeOther(URI.create("/account/password?saved=true")).build();
        } catch (Problem problem) {
            return refused(AdminPages.FormErrors.of(problem, page.messages()));
        }
    }

    private Response refused(AdminPages.FormErrors errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page.render(Templates.password(errors, false))).build();
    }
}
