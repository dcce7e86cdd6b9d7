package io.zhijian.transcription;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
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

import java.util.List;

/** Administrators set each language's Vosk model directory here. */
@Path("/admin/speech-models")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class SpeechModelPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance models(List<SpeechModels.ModelStatus> models, String saved, String error);
    }

    @Inject
    SpeechModels models;

    @Inject
    CurrentUser page;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.models(models.all(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@RestForm String language, @RestForm String path) {
        try {
            models.set(language == null ? "" : language, path, page.getUsername());
            return Response.ok(page.render(Templates.models(models.all(), language, null))).build();
        } catch (Problem problem) {
            String error = problem.messages(page.messages()).get(0);
            return Response.status(problem.status()).entity(page.render(Templates.models(models.all(), null, error))).build();
        }
    }
}
