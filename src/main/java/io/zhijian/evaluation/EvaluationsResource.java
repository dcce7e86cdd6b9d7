package io.zhijian.evaluation;

import io.zhijian.identity.Role;
import io.zhijian.identity.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/** Evaluations: start, autosave, submit, amend; the agent acknowledges or disputes. */
@Path("/api/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser page;

    @Inject
    EvaluationExport exporter;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an evaluation {interactionType: CALL|TICKET|CHAT, interactionId (call or chat id or external id, ticket number or id), "
            + "scorecardKey}: a draft pinned to the scorecard's latest published version")
    public Response start(EvaluationService.StartRequest request) {
        EvaluationService.EvaluationView view = evaluations.start(request, page.getUser().orElseThrow());
        return Response.created(URI.create("/api/evaluations/" + view.id())).entity(view).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "Evaluations the caller may see (agents: their own submitted ones; leads: their own and their "
            + "team's submitted ones), newest first, filtered: agent, team, scorecard, channel=CALL|TICKET|CHAT, "
            + "status=DRAFT|SUBMITTED, from/to (days of submission, inclusive), minTotal/maxTotal; page from 1, size up to "
            + "200. → {total, page, size, items:[…]}")
    public EvaluationService.Page list(@RestQuery String agent, @RestQuery String team, @RestQuery String scorecard,
                                       @RestQuery String channel, @RestQuery String status, @RestQuery String from,
                                       @RestQuery String to, @RestQuery String minTotal, @RestQuery String maxTotal,
                                       @RestQuery @DefaultValue("1") int page, @RestQuery @DefaultValue("50") int size) {
        EvaluationService.Filter filter = EvaluationFilters.read(agent, team, scorecard, channel, status, from, to,
                minTotal, maxTotal);
        EvaluationFilters.page(page, size);
        return evaluations.search(filter, page, size, this.page.getUser().orElseThrow());
    }

    @GET
    @Path("export")
    @Produces(io.zhijian.platform.TableFile.XLSX)
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "The filtered evaluations (same filters as the list) as XLSX, streamed: one row per evaluation "
            + "with interaction, agent, team, inspector, dates, scorecard and version, total, critical failures and one "
            + "column per item with its points")
    public Response export(@RestQuery String agent, @RestQuery String team, @RestQuery String scorecard,
                           @RestQuery String channel, @RestQuery String status, @RestQuery String from,
                           @RestQuery String to, @RestQuery String minTotal, @RestQuery String maxTotal) {
        EvaluationService.Filter filter = EvaluationFilters.read(agent, team, scorecard, channel, status, from, to,
                minTotal, maxTotal);
        io.zhijian.identity.UserView viewer = page.getUser().orElseThrow();
        String lang = page.getLang();
        jakarta.ws.rs.core.StreamingOutput body = out -> exporter.write(filter, viewer, lang, out);
        return Response.ok(body, io.zhijian.platform.TableFile.XLSX)
                .header("Content-Disposition", "attachment; filename=\"evaluations.xlsx\"").build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "An evaluation with its breakdown, revisions and disputes")
    public EvaluationService.EvaluationView get(@RestPath long id) {
        return evaluations.evaluation(id, page.getUser().orElseThrow());
    }

    @PUT
    @Path("{id}/answers")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Autosave a draft: {answers:{itemKey: value}, comments:{itemKey: text}, moments:[{at, text}], "
            + "suggestionsTaken:[itemKey]}; given answers and comments are merged (null removes one); suggestionsTaken "
            + "names the given answers taken from the auto-QA suggestion (recorded while the answer is the suggested "
            + "one, shown as suggestionsTaken); returns the current breakdown")
    public EvaluationService.EvaluationView answers(@RestPath long id, EvaluationService.AnswersRequest request) {
        return evaluations.saveAnswers(id, request, page.getUser().orElseThrow());
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Operation(summary = "Submit a draft: every item answered, required comments given; the agent is notified")
    public EvaluationService.EvaluationView submit(@RestPath long id) {
        return evaluations.submit(id, page.getUser().orElseThrow());
    }

    @POST
    @Path("{id}/revisions")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a submitted evaluation {answers, comments, reason}: a new revision")
    public EvaluationService.EvaluationView revise(@RestPath long id, EvaluationService.RevisionRequest request) {
        return evaluations.revise(id, request, page.getUser().orElseThrow());
    }

    @POST
    @Path("{id}/acknowledge")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Operation(summary = "The evaluated agent accepts the evaluation")
    public EvaluationService.EvaluationView acknowledge(@RestPath long id) {
        return evaluations.acknowledge(id, page.getUser().orElseThrow());
    }

    @POST
    @Path("{id}/disputes")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The evaluated agent disputes items {items:[itemKey], reason} within the dispute window")
    public Response dispute(@RestPath long id, EvaluationService.DisputeRequest request) {
        EvaluationService.DisputeView dispute = evaluations.dispute(id, request, page.getUser().orElseThrow());
        return Response.created(URI.create("/api/disputes/" + dispute.id())).entity(dispute).build();
    }
}
