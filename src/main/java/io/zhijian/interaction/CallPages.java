package io.zhijian.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.transcription.TranscriptionService;
import io.zhijian.platform.Problem;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Call pages: the list, the upload form, and a call with its player, transcript and speech metrics. */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class CallPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the upload form was sent with, to show it again next to its errors. */
    public record UploadForm(String externalId, String agent, String startedAt, String direction, String customerNumber,
                             String language, String agentChannel) {
        static UploadForm empty() {
            return new UploadForm("", "", "", "IN", "", "zh", "LEFT");
        }
    }

    public record FormError(String field, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CallService.CallView> calls, boolean canUpload);

        static native TemplateInstance upload(UploadForm form, List<FormError> errors);

        static native TemplateInstance call(CallService.CallView call, TranscriptionService.TranscriptView transcript,
                                            List<TranscriptionService.JobView> jobs, boolean canManage);

        static native TemplateInstance status(CallService.CallView call, boolean canManage);
    }

    @Inject
    CallService calls;

    @Inject
    TranscriptionService transcription;

    @Inject
    CallAudio audio;

    @Inject
    CurrentUser page;

    @GET
    public TemplateInstance list() {
        return page.render(Templates.list(calls.calls(page.getUser().orElseThrow()), canManage()));
    }

    @GET
    @Path("upload")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    public TemplateInstance uploadForm() {
        return page.render(Templates.upload(UploadForm.empty(), List.of()));
    }

    @POST
    @Path("upload")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm("audio") FileUpload file, @RestForm String externalId, @RestForm String agent,
                           @RestForm String startedAt, @RestForm String direction, @RestForm String customerNumber,
                           @RestForm String language, @RestForm String agentChannel) {
        UploadForm form = new UploadForm(externalId, agent, startedAt, direction, customerNumber, language, agentChannel);
        try {
            if (file == null || file.uploadedFile() == null || file.size() == 0 && file.fileName() == null) {
                throw Problem.invalid(Map.of("audio", InteractionTexts.text(m -> m.callAudioRequired())));
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("externalId", externalId);
            meta.put("agent", agent);
            meta.put("startedAt", startedAt);
            meta.put("direction", direction);
            meta.put("customerNumber", customerNumber);
            meta.put("language", language);
            meta.put("agentChannel", agentChannel);
            CallService.CallView call = calls.upload(file.uploadedFile(), JSON.writeValueAsString(meta), page.getUsername());
            return Response.seeOther(URI.create("/calls/" + call.id())).build();
        } catch (Problem problem) {
            List<FormError> errors = new ArrayList<>();
            problem.fieldErrors(page.messages()).forEach((field, message) ->
                    errors.add(new FormError(field.replace("meta.", ""), message)));
            if (errors.isEmpty()) {
                errors.add(new FormError("audio", problem.detail(page.messages())));
            }
            return Response.status(problem.status()).entity(page.render(Templates.upload(form, errors))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance call(@RestPath long id) {
        CallService.CallView call = calls.call(id, page.getUser().orElseThrow());
        return page.render(Templates.call(call, transcription.transcript(id).orElse(null), transcription.history(id),
                canManage()));
    }

    /** The transcription status box; while polling, a finished job reloads the page to show the transcript. */
    @GET
    @Path("{id}/status")
    public Response status(@RestPath long id, @RestQuery boolean polling) {
        CallService.CallView call = calls.call(id, page.getUser().orElseThrow());
        Response.ResponseBuilder response = Response.ok(page.render(Templates.status(call, canManage())));
        if (polling && call.transcription() != null && call.transcription().status() == io.zhijian.transcription.TranscriptionJob.Status.DONE) {
            response.header("HX-Refresh", "true");
        }
        return response.build();
    }

    @GET
    @Path("{id}/audio")
    @Produces("audio/wav")
    public Response audio(@RestPath long id, @HeaderParam("Range") String range) {
        return audio.playable(calls.recording(id, page.getUser().orElseThrow()), range);
    }

    @GET
    @Path("{id}/transcript.vtt")
    @Produces("text/vtt")
    public Response vtt(@RestPath long id) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        return transcription.transcript(id)
                .map(t -> Response.ok(io.zhijian.transcription.WebVtt.of(t.segments()), "text/vtt; charset=utf-8").build())
                .orElseThrow(() -> Problem.notFound(InteractionTexts.text(m -> m.callHasNoTranscript(id))));
    }

    @POST
    @Path("{id}/transcription/{action}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath long id, @RestPath String action) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        switch (action) {
            case "retry" -> transcription.retry(id, page.getUsername());
            case "cancel" -> transcription.cancel(id, page.getUsername());
            case "again" -> calls.retranscribe(id, page.getUsername());
            default -> throw Problem.notFound(InteractionTexts.text(m -> m.callNotFound(id)));
        }
        return Response.seeOther(URI.create("/calls/" + id)).build();
    }

    private boolean canManage() {
        return page.hasRole(Role.QA_NAME) || page.isAdmin();
    }
}
