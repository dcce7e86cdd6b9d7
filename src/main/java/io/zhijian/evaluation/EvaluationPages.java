package io.zhijian.evaluation;

import io.zhijian.autoqa.AutoQaViews;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserView;
import io.zhijian.interaction.CallService;
import io.zhijian.interaction.ChatService;
import io.zhijian.interaction.Interactions;
import io.zhijian.interaction.TicketService;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import io.zhijian.scorecard.ScoringEngine;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation pages: the list, choosing a scorecard for an interaction, and one evaluation with the
 * recording and transcript (or the ticket) beside its form, its history, acknowledgement and disputes.
 */
@Path("/evaluations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME, Role.MANAGER_NAME, Role.AGENT_NAME})
public class EvaluationPages {

    @Inject
    io.zhijian.autoqa.AutoQaService autoQa;

    @Inject
    AutoQaViews autoQaViews;

    @Inject
    Clock clock;

    /** What the page may offer the viewer. */
    public record Actions(boolean edit, boolean acknowledge, boolean dispute, boolean resolve, boolean revise) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(EvaluationService.Page results, List<EvaluationService.DisputeView> openDisputes,
                                            ListForm form, Map<String, String> scorecardNames, List<String> errors);

        static native TemplateInstance start(String type, String id, String label, List<ScorecardService.Summary> cards,
                                             String error);

        static native TemplateInstance evaluation(EvaluationService.EvaluationView ev, Scorecard card,
                                                  EvaluationForm form, Actions actions, CallService.CallView call,
                                                  TranscriptionService.TranscriptView transcript,
                                                  TicketService.TicketView ticket, ChatService.ChatView chat,
                                                  List<String> errors, Done done);

        static native TemplateInstance total(ScoringEngine.Result breakdown, Scorecard card, List<String> errors, boolean saved);
    }

    @Inject
    EvaluationService evaluations;

    @Inject
    Sampling sampling;

    @Inject
    Notifications notifications;

    @Inject
    ScorecardService scorecards;

    @Inject
    Interactions interactions;

    @Inject
    CallService calls;

    @Inject
    TicketService tickets;

    @Inject
    ChatService chats;

    @Inject
    TranscriptionService transcription;

    @Inject
    CurrentUser page;

    /** The list's filters as the form holds them, and the query string that keeps them across pages and the export. */
    public record ListForm(String agent, String team, String scorecard, String channel, String status, String from,
                           String to, String minTotal, String maxTotal) {
        public String query() {
            StringBuilder q = new StringBuilder();
            String[][] pairs = {{"agent", agent}, {"team", team}, {"scorecard", scorecard}, {"channel", channel},
                    {"status", status}, {"from", from}, {"to", to}, {"minTotal", minTotal}, {"maxTotal", maxTotal}};
            for (String[] pair : pairs) {
                if (pair[1] != null && !pair[1].isBlank()) {
                    q.append(q.isEmpty() ? "" : "&").append(pair[0]).append('=')
                            .append(java.net.URLEncoder.encode(pair[1].trim(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return q.toString();
        }

        public boolean any() {
            return !query().isEmpty();
        }
    }

    /** The evaluations the viewer may see, filtered (the same filters as the API) and fifty to a page. */
    @GET
    public Response list(@RestQuery String agent, @RestQuery String team, @RestQuery String scorecard,
                         @RestQuery String channel, @RestQuery String status, @RestQuery String from,
                         @RestQuery String to, @RestQuery String minTotal, @RestQuery String maxTotal,
                         @RestQuery("page") @jakarta.ws.rs.DefaultValue("1") int pageNumber) {
        UserView viewer = page.getUser().orElseThrow();
        boolean rules = viewer.roles().contains(Role.QA) || viewer.roles().contains(Role.ADMIN);
        ListForm form = new ListForm(agent, team, scorecard, channel, status, from, to, minTotal, maxTotal);
        var disputes = rules ? evaluations.openDisputes() : List.<EvaluationService.DisputeView>of();
        try {
            EvaluationService.Filter filter = EvaluationFilters.read(agent, team, scorecard, channel, status, from, to,
                    minTotal, maxTotal);
            int number = Math.max(1, pageNumber);
            return Response.ok(page.render(Templates.list(evaluations.search(filter, number, 50, viewer), disputes, form,
                    scorecardNames(), List.of()))).build();
        } catch (io.zhijian.platform.Problem problem) {
            return Response.status(problem.status()).entity(page.render(Templates.list(
                    new EvaluationService.Page(0, 1, 50, List.of()), disputes, form, scorecardNames(),
                    problem.messages(page.messages())))).build();
        }
    }

    /** Scorecards by name in the reader's language: lists show names, never keys. */
    private Map<String, String> scorecardNames() {
        Map<String, String> names = new HashMap<>();
        scorecards.list().forEach(s -> names.put(s.key(), s.names().in(page.getLang())));
        return names;
    }

    /** Choose the scorecard for an interaction (linked from the call and ticket pages). */
    @GET
    @Path("new")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.LEAD_NAME})
    public TemplateInstance choose(@RestQuery String type, @RestQuery String id) {
        return startPage(type, id, null);
    }

    @POST
    @Path("new")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm String type, @RestForm String id, @RestForm String scorecardKey) {
        try {
            EvaluationService.EvaluationView view = evaluations.start(
                    new EvaluationService.StartRequest(type, id, scorecardKey), page.getUser().orElseThrow());
            return Response.seeOther(URI.create("/evaluations/" + view.id())).build();
        } catch (Problem problem) {
            Object existing = problem.extensions().get("existingEvaluationId");
            if (existing != null) {
                return Response.seeOther(URI.create("/evaluations/" + existing)).build();
            }
            return Response.status(problem.status()).entity(startPage(type, id, message(problem))).build();
        }
    }

    /**
     * What the last action on the page did ({@code ?done=submitted|acknowledged|disputed|ruled}), shown as a notice;
     * after a submit, the inspector's next queue item not yet started, if any.
     */
    public record Done(String action, Long nextAssignment) {
    }

    @GET
    @Path("{id}")
    public TemplateInstance evaluation(@RestPath long id, @RestQuery String done) {
        Done shown = null;
        if (done != null && List.of("submitted", "acknowledged", "disputed", "ruled", "saved").contains(done)) {
            Long next = !"submitted".equals(done) ? null : sampling.queue(page.getUsername()).stream()
                    .filter(q -> q.evaluationId() == null).map(Sampling.QueueItem::assignmentId).findFirst().orElse(null);
            shown = new Done(done, next);
        }
        EvaluationService.EvaluationView view = evaluations.evaluation(id, page.getUser().orElseThrow());
        notifications.readAbout(id, page.getUsername());
        return evaluationPage(view, List.of(), shown);
    }

    /** Autosave from the form (htmx on every change); answers the live total, or why a change was refused. */
    @POST
    @Path("{id}/answers")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath long id, MultivaluedMap<String, String> form,
                         @HeaderParam("HX-Request") String htmx) {
        UserView actor = page.getUser().orElseThrow();
        try {
            EvaluationService.EvaluationView view = evaluations.saveAnswers(id, new EvaluationService.AnswersRequest(
                    EvaluationForm.answers(form), EvaluationForm.comments(form), null, EvaluationForm.taken(form)), actor);
            if (htmx == null) {
                return Response.seeOther(URI.create("/evaluations/" + id)).build();
            }
            return Response.ok(page.render(Templates.total(view.breakdown(), card(view), List.of(), true))).build();
        } catch (Problem problem) {
            EvaluationService.EvaluationView view = evaluations.evaluation(id, actor);
            if (htmx == null) {
                return Response.status(problem.status()).entity(evaluationPage(view, messages(problem), null)).build();
            }
            // htmx swaps only successful responses: the refusal is shown in place of the total.
            return Response.ok(page.render(Templates.total(view.breakdown(), card(view), messages(problem), false))).build();
        }
    }

    /** A comment pinned to the moment the player was at, or to a chat's message. */
    @POST
    @Path("{id}/moments")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moment(@RestPath long id, @RestForm String at, @RestForm String message, @RestForm String text,
                           @RestForm String remove) {
        UserView actor = page.getUser().orElseThrow();
        EvaluationService.EvaluationView view = evaluations.evaluation(id, actor);
        List<EvaluationJson.Moment> moments = new ArrayList<>(view.moments());
        if (remove != null) {
            int index = parseInt(remove);
            if (index >= 0 && index < moments.size()) {
                moments.remove(index);
            }
        } else {
            // A chat's comment names its message; the service takes the message's time.
            moments.add(message == null ? new EvaluationJson.Moment(parseSeconds(at), text, null)
                    : new EvaluationJson.Moment(0, text, parseInt(message)));
        }
        return act(id, "saved", () -> evaluations.saveAnswers(id, new EvaluationService.AnswersRequest(null, null, moments), actor));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id) {
        return act(id, "submitted", () -> evaluations.submit(id, page.getUser().orElseThrow()));
    }

    @POST
    @Path("{id}/revise")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.TRAINER_NAME, Role.LEAD_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@RestPath long id, MultivaluedMap<String, String> form) {
        return act(id, "saved", () -> evaluations.revise(id, new EvaluationService.RevisionRequest(EvaluationForm.answers(form),
                EvaluationForm.comments(form), form.getFirst("reason")), page.getUser().orElseThrow()));
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@RestPath long id) {
        return act(id, "acknowledged", () -> evaluations.acknowledge(id, page.getUser().orElseThrow()));
    }

    @POST
    @Path("{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispute(@RestPath long id, MultivaluedMap<String, String> form) {
        List<String> items = form.get("items") == null ? List.of() : form.get("items");
        return act(id, "disputed", () -> evaluations.dispute(id, new EvaluationService.DisputeRequest(items,
                form.getFirst("reason")), page.getUser().orElseThrow()));
    }

    @POST
    @Path("{id}/disputes/{disputeId}/resolve")
    @RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@RestPath long id, @RestPath long disputeId, MultivaluedMap<String, String> form) {
        Map<String, Object> answers = new HashMap<>(EvaluationForm.answers(form));
        answers.values().removeIf(v -> v == null);
        return act(id, "ruled", () -> evaluations.resolve(disputeId, new EvaluationService.ResolveRequest(form.getFirst("outcome"),
                answers.isEmpty() ? null : answers, null, form.getFirst("reason")), page.getUser().orElseThrow()));
    }

    /** Runs a form's action; on success back to the evaluation, on refusal the page with the reasons. */
    private Response act(long id, String done, Runnable action) {
        try {
            action.run();
            return Response.seeOther(URI.create("/evaluations/" + id + "?done=" + done)).build();
        } catch (Problem problem) {
            EvaluationService.EvaluationView view = evaluations.evaluation(id, page.getUser().orElseThrow());
            return Response.status(problem.status()).entity(evaluationPage(view, messages(problem), null)).build();
        }
    }

    private TemplateInstance evaluationPage(EvaluationService.EvaluationView ev, List<String> errors, Done done) {
        UserView viewer = page.getUser().orElseThrow();
        Scorecard card = card(ev);
        boolean submitted = ev.status() == Evaluation.Status.SUBMITTED;
        Map<String, Double> points = new HashMap<>();
        ev.breakdown().sections().forEach(s -> s.items().forEach(i -> {
            if (i.applicable()) {
                points.put(i.key(), i.zeroed() ? 0 : i.points());
            }
        }));
        Map<String, AutoQaViews.ShownItem> suggestions = new HashMap<>();
        if (page.isReviewer()) {
            autoQa.result(Scorecard.Channel.valueOf(ev.interactionType().name()), ev.interactionId(), ev.scorecardKey(),
                    viewer).ifPresent(result -> result.items().forEach(s ->
                    suggestions.put(s.itemKey(), autoQaViews.item(card, s, page.getLang()))));
        }
        EvaluationForm form = EvaluationForm.of(card, ev.answers(), ev.comments(), points, suggestions,
                ev.suggestionsTaken());
        boolean isAgent = viewer.username().equals(ev.agent()) && ev.calibrationId() == null;
        boolean openDispute = ev.disputes().stream().anyMatch(d -> d.status() == Dispute.Status.OPEN);
        boolean inWindow = ev.disputeDeadline() != null && clock.instant().isBefore(ev.disputeDeadline());
        Actions actions = new Actions(!submitted && viewer.username().equals(ev.evaluator()),
                submitted && isAgent && ev.acknowledgedAt() == null && !openDispute,
                submitted && isAgent && ev.acknowledgedAt() == null && ev.disputes().isEmpty() && inWindow,
                openDispute && (viewer.roles().contains(Role.ADMIN)
                        || viewer.roles().contains(Role.QA) && !viewer.username().equals(ev.evaluator())),
                submitted && (viewer.username().equals(ev.evaluator()) || viewer.roles().contains(Role.ADMIN)));
        CallService.CallView call = null;
        TranscriptionService.TranscriptView transcript = null;
        TicketService.TicketView ticket = null;
        ChatService.ChatView chat = null;
        if (ev.interactionType() == Interactions.Type.CALL) {
            call = calls.call(ev.interactionId(), viewer);
            transcript = transcription.transcript(ev.interactionId()).orElse(null);
        } else if (ev.interactionType() == Interactions.Type.CHAT) {
            chat = chats.chat(ev.interactionId(), viewer);
        } else if (ev.interactionLabel() != null) {
            ticket = tickets.ticket(ev.interactionLabel(), viewer);
        }
        return page.render(Templates.evaluation(ev, card, form, actions, call, transcript, ticket, chat, errors, done));
    }

    private TemplateInstance startPage(String type, String id, String error) {
        Interactions.Type parsed;
        try {
            parsed = Interactions.Type.valueOf(type == null ? "" : type);
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(EvaluationProblems.text(m -> m.evInteractionType()));
        }
        Interactions.Ref ref = interactions.find(parsed, id).orElseThrow(() -> Problem.notFound(
                EvaluationProblems.text(m -> m.evInteractionNotFound(parsed.name(), String.valueOf(id)))));
        Scorecard.Channel channel = Scorecard.Channel.valueOf(parsed.name());
        List<ScorecardService.Summary> cards = scorecards.list().stream()
                .filter(s -> s.latestVersion() != null && s.appliesTo().contains(channel)).toList();
        return page.render(Templates.start(parsed.name(), String.valueOf(ref.id()), ref.label(), cards, error));
    }

    private Scorecard card(EvaluationService.EvaluationView ev) {
        return scorecards.definition(ev.scorecardKey(), ev.scorecardVersion());
    }

    private String message(Problem problem) {
        return String.join(" ", messages(problem));
    }

    private List<String> messages(Problem problem) {
        return problem.messages(page.messages());
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Seconds as the player reports them; anything unreadable is refused by the service as outside the recording. */
    private static double parseSeconds(String text) {
        try {
            return text == null ? -1 : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
