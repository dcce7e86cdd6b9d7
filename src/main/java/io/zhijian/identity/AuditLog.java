package io.zhijian.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The audit log every feature writes to, inside the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    public record Entry(long id, Instant at, String actor, String action, String targetType, String targetId,
                        String before, String after) {
    }

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String targetType, String targetId, Object before, Object after) {
        AuditEvent event = new AuditEvent();
        event.at = clock.instant();
        event.actor = actor;
        event.action = action;
        event.targetType = targetType;
        event.targetId = targetId;
        event.beforeJson = toJson(before);
        event.afterJson = toJson(after);
        event.persist();
    }

    @Transactional
    public List<Entry> newestFirst(int page, int size) {
        return AuditEvent.newestFirst(page, size).stream()
                .map(e -> new Entry(e.id, e.at, e.actor, e.action, e.targetType, e.targetId, e.beforeJson, e.afterJson))
                .toList();
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit value not serializable: " + value.getClass(), e);
        }
    }
}
