package io.zhijian.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.zhijian.evaluation.EvaluationService;
import io.zhijian.evaluation.Sampling;
import io.zhijian.identity.CurrentUser;
import io.zhijian.performance.PerformanceService;
import java.util.List;
import io.zhijian.identity.Role;
import io.zhijian.identity.UserView;
import io.zhijian.training.ExamService;
import io.zhijian.transcription.TranscriptionService;
import io.zhijian.identity.TeamService;
import io.zhijian.identity.UserService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The home page: one panel per role the user holds, with only real figures. */
@Path("/")
public class HomePage {

    /** Figures for the admin panel; null for users who are not admins. */
    public record AdminFigures(long activeUsers, long lockedUsers, long teams) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(AdminFigures admin, Attention attention);
    }

    @Inject
    CurrentUser page;

    @Inject
    UserService users;

    @Inject
    TeamService teams;

    @Inject
    Sampling sampling;

    @Inject
    EvaluationService evaluations;

    @Inject
    ExamService exams;

    @Inject
    TranscriptionService transcription;

    @Inject
    PerformanceService performance;

    /** What waits for this user, by role: each a count and where to deal with it (0 = not shown). */
    public record Attention(long queue, long disputes, long toAcknowledge, long exams, long waitingForModel,
                            long monthsToSign, List<String> lateMonths, String onTimeShare) {
        public boolean any() {
            return queue + disputes + toAcknowledge + exams + waitingForModel + monthsToSign > 0 || !lateMonths.isEmpty();
        }
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        AdminFigures admin = page.isAdmin()
                ? new AdminFigures(users.countActive(), users.countLocked(), teams.count())
                : null;
        return page.render(Templates.home(admin, attention()));
    }

    private Attention attention() {
        UserView me = page.getUser().orElseThrow();
        boolean qa = me.roles().contains(Role.QA) || me.roles().contains(Role.ADMIN);
        boolean inspects = qa || me.roles().contains(Role.LEAD);
        long queue = inspects ? sampling.queue(me.username()).stream().filter(q -> q.evaluationId() == null).count() : 0;
        long disputes = qa ? evaluations.openDisputeCount() : 0;
        long toAcknowledge = 0;
        long due = 0;
        if (me.roles().contains(Role.AGENT)) {
            toAcknowledge = evaluations.awaitingResponse(me.username());
            due = exams.assignedTo(me.username()).size();
        }
        long waiting = me.roles().contains(Role.ADMIN) ? transcription.waitingForModel() : 0;
        long toSign = me.roles().contains(Role.AGENT) ? performance.awaitingSignOff(me.username()) : 0;
        List<String> late = List.of();
        String share = null;
        if (me.roles().contains(Role.MANAGER) || me.roles().contains(Role.ADMIN)) {
            PerformanceService.TimelinessReport report = performance.timeliness();
            late = report.months().stream().filter(PerformanceService.Timeliness::late).map(PerformanceService.Timeliness::period).toList();
            share = report.share() == null ? null : String.format(java.util.Locale.ROOT, "%.1f%%", report.share() * 100);
        }
        return new Attention(queue, disputes, toAcknowledge, due, waiting, toSign, late, share);
    }
}
