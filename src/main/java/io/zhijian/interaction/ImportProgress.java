package io.zhijian.interaction;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each user's running ticket import has got. An import runs inside its request (its report is
 * the response), so its progress lives in memory and is read by the page while the upload is in flight.
 */
@ApplicationScoped
public class ImportProgress {

    @Inject
    Clock clock;

    /** {@code running} false once the import has finished (or before any). */
    public record Progress(boolean running, int processedRows, int totalRows, Instant startedAt) {
        @JsonProperty("percent")
        public int percent() {
            return totalRows == 0 ? 0 : (int) (100L * processedRows / totalRows);
        }
    }

    private final Map<String, Progress> byUser = new ConcurrentHashMap<>();

    void start(String user, int totalRows) {
        byUser.put(user, new Progress(true, 0, totalRows, clock.instant()));
    }

    void advance(String user, int processedRows) {
        byUser.computeIfPresent(user, (u, p) -> new Progress(true, processedRows, p.totalRows(), p.startedAt()));
    }

    void finish(String user) {
        byUser.computeIfPresent(user, (u, p) -> new Progress(false, p.totalRows(), p.totalRows(), p.startedAt()));
    }

    public Progress of(String user) {
        return byUser.getOrDefault(user, new Progress(false, 0, 0, null));
    }
}
