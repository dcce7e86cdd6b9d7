package io.zhijian.interaction;

import io.zhijian.identity.Role;
import io.zhijian.transcription.TranscriptionService;
import io.zhijian.transcription.WebVtt;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;

/** Calls: upload a recording with its metadata, read it back with its transcription and transcript. */
@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    @Inject
    CallService calls;

    @Inject
    TranscriptionService transcription;

    @Inject
    CallAudio audio;

    @Inject
    CurrentUser page;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a call: multipart 'audio' (WAV: PCM 8/16-bit, G.711 μ-law/A-law; mono or stereo) and "
            + "'meta' JSON {externalId, agent, startedAt, direction IN|OUT, customerNumber, language zh|en, "
            + "agentChannel LEFT|RIGHT}. 201 with the call; 409 names the existing call for a repeated externalId or audio")
    public Response upload(@RestForm("audio") FileUpload file, @RestForm("meta") String meta) {
        if (file == null || file.uploadedFile() == null) {
            throw Problem.invalid(java.util.Map.of("audio", InteractionTexts.text(m -> m.callAudioRequired())));
        }
        CallService.CallView call = calls.upload(file.uploadedFile(), meta, page.getUsername());
        return Response.created(URI.create("/api/calls/" + call.id())).entity(call).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Calls the caller may see, newest first (agents: their own; team leads: their team's)")
    public List<CallService.CallView> list() {
        return calls.calls(page.getUser().orElseThrow());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "A call's metadata, duration, and transcription status and progress")
    public CallService.CallView call(@RestPath long id) {
        return calls.call(id, page.getUser().orElseThrow());
    }

    @GET
    @Path("{id}/transcript")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Produces({MediaType.APPLICATION_JSON, "text/vtt"})
    @Operation(summary = "The transcript: {language, segments:[{speaker, start, end, text, words:[{w, start, end, conf}]}], "
            + "metrics}; WebVTT with Accept: text/vtt (or at /transcript.vtt)")
    public Response transcript(@RestPath long id, @HeaderParam("Accept") String accept) {
        TranscriptionService.TranscriptView transcript = transcriptOf(id);
        if (accept != null && accept.contains("text/vtt") && !accept.contains("json")) {
            return vtt(transcript);
        }
        return Response.ok(transcript, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}/transcript.vtt")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Produces("text/vtt")
    public Response transcriptVtt(@RestPath long id) {
        return vtt(transcriptOf(id));
    }

    @GET
    @Path("{id}/metrics")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Speech metrics: talk time per speaker, talk ratio, silences, overlaps, interruptions, speech rate")
    public Object metrics(@RestPath long id) {
        return transcriptOf(id).metrics();
    }

    @GET
    @Path("{id}/audio")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Produces("audio/wav")
    @Operation(summary = "The recording as 16-bit PCM WAV any browser plays (byte ranges supported for seeking)")
    public Response audio(@RestPath long id, @HeaderParam("Range") String range) {
        return audio.playable(calls.recording(id, page.getUser().orElseThrow()), range);
    }

    @GET
    @Path("{id}/transcription")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Every transcription job of the call, newest first, with errors kept")
    public List<TranscriptionService.JobView> jobs(@RestPath long id) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        return transcription.history(id);
    }

    @POST
    @Path("{id}/transcription")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Transcribe again (a new job); 409 while one is queued or running")
    public Response retranscribe(@RestPath long id) {
        return Response.status(201).entity(calls.retranscribe(id, page.getUsername())).build();
    }

    @POST
    @Path("{id}/transcription/retry")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Run a failed or cancelled job again (its last error is kept)")
    public TranscriptionService.JobView retry(@RestPath long id) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        return transcription.retry(id, page.getUsername());
    }

    @POST
    @Path("{id}/transcription/cancel")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel the queued, waiting or running job")
    public TranscriptionService.JobView cancel(@RestPath long id) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        return transcription.cancel(id, page.getUsername());
    }

    private TranscriptionService.TranscriptView transcriptOf(long id) {
        calls.checkVisible(id, page.getUser().orElseThrow());
        return transcription.transcript(id).orElseThrow(() -> Problem.notFound(InteractionTexts.text(m -> m.callHasNoTranscript(id))));
    }

    private static Response vtt(TranscriptionService.TranscriptView transcript) {
        return Response.ok(WebVtt.of(transcript.segments()), "text/vtt; charset=utf-8").build();
    }
}
