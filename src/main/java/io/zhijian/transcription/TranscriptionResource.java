package io.zhijian.transcription;

import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

/** Speech models per language and the transcription queue. */
@Path("/api/transcription")
@Produces(MediaType.APPLICATION_JSON)
public class TranscriptionResource {

    public record ModelBody(String path) {
    }

    @Inject
    SpeechModels models;

    @Inject
    TranscriptionService jobs;

    @Inject
    CurrentUser page;

    @GET
    @Path("models")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Operation(summary = "Each language's model: directory, who set it, state (NOT_CONFIGURED, INVALID, READY, LOADED, FAILED)")
    public List<SpeechModels.ModelStatus> models() {
        return models.all();
    }

    @PUT
    @Path("models/{language}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a language's Vosk model directory (checked before use; 400 lists what is missing); "
            + "calls waiting for this language start at once")
    public SpeechModels.ModelStatus set(@RestPath String language, ModelBody body) {
        return models.set(language, body == null ? null : body.path(), page.getUsername());
    }

    @GET
    @Path("jobs")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Operation(summary = "The newest 200 transcription jobs with status, progress and errors")
    public List<TranscriptionService.JobView> recent() {
        return jobs.recent(200);
    }
}
