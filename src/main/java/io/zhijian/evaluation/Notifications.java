package io.zhijian.evaluation;

import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static io.zhijian.evaluation.EvaluationProblems.text;

/** In-app notices: written inside the caller's transaction, read and marked read by their recipient. */
@ApplicationScoped
public class Notifications {

    @Inject
    Clock clock;

    public record NotificationView(long id, Notification.Kind kind, long evaluationId, String detail,
                                   Instant createdAt, Instant readAt) {

        /** The page the notification is about: the evaluation, or the month of an assessment. */
        public String link() {
            return monthly(kind) ? "/performance/" + evaluationId / 100 + "-" + String.format("%02d", evaluationId % 100)
                    : "/evaluations/" + evaluationId;
        }

        /** The month an assessment notification is about ({@code 2026-10}), else empty. */
        public String month() {
            return monthly(kind) ? link().substring("/performance/".length()) : "";
        }
    }

    static boolean monthly(Notification.Kind kind) {
        return kind == Notification.Kind.MONTH_PUBLISHED || kind == Notification.Kind.MONTH_OBJECTED;
    }

    /** Tells someone about a month's assessment ({@code month} as yyyyMM). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyMonth(String recipient, Notification.Kind kind, int month, String detail) {
        if (!monthly(kind)) {
            throw new IllegalArgumentException(kind.name());
        }
        notify(recipient, kind, month, detail);
    }

    public record Inbox(long unread, List<NotificationView> notifications) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void notify(String recipient, Notification.Kind kind, long evaluationId, String detail) {
        Notification notification = new Notification();
        notification.recipient = recipient;
        notification.kind = kind;
        notification.subjectId = evaluationId;
        notification.detail = detail;
        notification.createdAt = clock.instant();
        notification.persist();
    }

    @Transactional
    public Inbox inbox(String recipient) {
        return new Inbox(Notification.unreadFor(recipient),
                Notification.newestFor(recipient, 100).stream().map(Notifications::view).toList());
    }

    @Transactional
    public long unread(String recipient) {
        return Notification.unreadFor(recipient);
    }

    /** Marks one notice read; other people's notices do not exist for the caller. */
    @Transactional
    public NotificationView markRead(long id, String recipient) {
        Notification notification = Notification.byId(id).filter(n -> n.recipient.equals(recipient))
                .orElseThrow(() -> Problem.notFound(text(e -> e.evNotificationNotFound(id))));
        if (notification.readAt == null) {
            notification.readAt = clock.instant();
        }
        return view(notification);
    }

    /** Opening the evaluation a notice is about reads it: the notice has done its work. */
    @Transactional
    public void readAbout(long evaluationId, String recipient) {
        Notification.update("readAt = ?1 where recipient = ?2 and subjectId = ?3 and readAt is null", clock.instant(),
                recipient, evaluationId);
    }

    @Transactional
    public void markAllRead(String recipient) {
        Notification.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.instant(), recipient);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.subjectId, n.detail, n.createdAt, n.readAt);
    }
}
