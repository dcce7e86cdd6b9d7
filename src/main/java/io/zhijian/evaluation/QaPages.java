package io.zhijian.evaluation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserView;
import io.zhijian.scorecard.ScorecardService;
import java.util.stream.Collectors;
import java.util.Map;
import java.time.temporal.WeekFields;
import java.time.YearMonth;
import java.time.LocalDate;
import java.time.Clock;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.identity.UserService;
import io.zhijian.identity.TeamService;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** The inspector's work queue and the sampling plans. */
@Path("/qa")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.QA_NAME, Role.LEAD_NAME})
public class QaPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<Sampling.QueueItem> items, Map<String, Scorecard.Text> cardNames);

        static native TemplateInstance plans(List<Sampling.PlanView> plans, Sampling.RunReport report, List<String> errors,
                                             MultivaluedMap<String, String> form, PlanPickers pick);
    }

    @Inject
    ScorecardService scorecards;

    @Inject
    Sampling sampling;

    @Inject
    EvaluationService evaluations;

    @Inject
    CurrentUser page;

    @GET
    @Path("queue")
    public TemplateInstance queue() {
        return page.render(Templates.queue(sampling.queue(page.getUsername()), scorecards.list().stream()
                .collect(Collectors.toMap(ScorecardService.Summary::key, ScorecardService.Summary::names))));
    }

    @POST
    @Path("assignments/{id}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath long id) {
        long evaluation = evaluations.startAssignment(id, page.getUser().orElseThrow()).evaluation().id();
        return Response.seeOther(URI.create("/evaluations/" + evaluation)).build();
    }

    /** What the plan form offers: teams, inspectors, scorecards by name, ticket types, recent periods. */
    public record PlanPickers(List<String> teams, List<UserView> inspectors, List<ScorecardService.Summary> callCards,
                              List<ScorecardService.Summary> ticketCards, List<ScorecardService.Summary> chatCards,
                              List<String> ticketTypes, List<String> periods) {
        public String value(MultivaluedMap<String, String> form, String field, String fallback) {
            String v = form.getFirst(field);
            return v == null || v.isBlank() ? fallback : v;
        }

        public boolean picked(MultivaluedMap<String, String> form, String field, String value) {
            return form.get(field) != null && form.get(field).stream().flatMap(v -> list(v).stream()).anyMatch(value::equals);
        }
    }

    @Inject
    TeamService teams;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    private PlanPickers pickers() {
        LocalDate today = LocalDate.now(clock);
        WeekFields iso = WeekFields.ISO;
        List<String> periods = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            LocalDate d = today.minusWeeks(w);
            periods.add(String.format("%d-W%02d", d.get(iso.weekBasedYear()), d.get(iso.weekOfWeekBasedYear())));
        }
        periods.add(YearMonth.from(today).toString());
        periods.add(YearMonth.from(today).minusMonths(1).toString());
        return new PlanPickers(teams.list().stream().map(TeamService.TeamView::name).toList(),
                users.list().stream().filter(u -> u.active() && (u.roles().contains(Role.QA) || u.roles().contains(Role.LEAD)))
                        .toList(),
                cards(Scorecard.Channel.CALL), cards(Scorecard.Channel.TICKET), cards(Scorecard.Channel.CHAT),
                List.of("协查", "主导", "直派", "内审", "在线"), periods);
    }

    private List<ScorecardService.Summary> cards(Scorecard.Channel channel) {
        return scorecards.list().stream().filter(c -> c.latestVersion() != null && c.appliesTo().contains(channel)).toList();
    }

    @GET
    @Path("plans")
    public TemplateInstance plans() {
        return page.render(Templates.plans(sampling.plans(page.getUser().orElseThrow()), null, List.of(), new MultivaluedHashMap<>(), pickers()));
    }

    /** The plan form: teams, inspectors and ticket types are picked (several values) or typed comma-separated. */
    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        UserView actor = page.getUser().orElseThrow();
        try {
            Sampling.PlanRequest request = new Sampling.PlanRequest(form.getFirst("name"), form.getFirst("period"),
                    all(form.get("teams")), form.get("channels"), all(form.get("ticketTypes")),
                    number(form.getFirst("minDurationSeconds")), number(form.getFirst("maxDurationSeconds")),
                    integer(form.getFirst("perAgent")), integer(form.getFirst("minPerAgent")),
                    all(form.get("inspectors")), longNumber(form.getFirst("seed")),
                    form.getFirst("callScorecard"), form.getFirst("ticketScorecard"), form.getFirst("chatScorecard"),
                    number(form.getFirst("flaggedShare")), all(form.get("flagItems")));
            Sampling.PlanView plan = sampling.create(request, actor);
            Sampling.RunReport report = sampling.run(plan.id(), actor);
            return Response.ok(page.render(Templates.plans(sampling.plans(actor), report, List.of(), new MultivaluedHashMap<>(), pickers()))).build();
        } catch (Problem problem) {
            List<String> errors = PageErrors.of(problem, page);
            return Response.status(problem.status()).entity(page.render(Templates.plans(sampling.plans(actor), null,
                    errors, form, pickers()))).build();
        }
    }

    @POST
    @Path("plans/{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance run(@RestPath long id) {
        UserView actor = page.getUser().orElseThrow();
        Sampling.RunReport report = sampling.run(id, actor);
        return page.render(Templates.plans(sampling.plans(actor), report, List.of(), new MultivaluedHashMap<>(), pickers()));
    }

    private static List<String> all(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> list(v).stream()).distinct().toList();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Unreadable numbers become values the service refuses with a field error. */
    private static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Double number(String text) {
        try {
            return text == null || text.isBlank() ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1.0;
        }
    }

    private static Long longNumber(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
