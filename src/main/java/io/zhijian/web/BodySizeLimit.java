package io.zhijian.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.ext.web.RoutingContext;

/**
 * Request bodies are limited to 2 MB, except call recordings (up to {@code zhijian.transcription.max-audio-bytes})
 * and spreadsheet imports — tickets and operational data, by API or page (100 MB).
 * Vert.x has one global limit ({@code quarkus.http.limits.max-body-size}), set to the recording limit;
 * this filter refuses every other large body by its declared length before it is read.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final long DEFAULT_LIMIT = 2L * 1024 * 1024;
    /** Ticket exports of 100k rows, a day's chat conversations, and a year of daily rows for hundreds of agents, run to tens of megabytes. */
    static final long IMPORT_LIMIT = 100L * 1024 * 1024;
    static final java.util.Set<String> IMPORTS = java.util.Set.of("/api/tickets/import", "/tickets/import",
            "/api/operations/import", "/operations/import", "/api/chats/import", "/chats/import");

    void register(@Observes Filters filters) {
        filters.register(this::limit, 100);
    }

    void limit(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && context.request().method() != HttpMethod.GET && !recordingUpload(context)) {
            try {
                long limit = IMPORTS.contains(context.normalizedPath()) ? IMPORT_LIMIT : DEFAULT_LIMIT;
                if (Long.parseLong(length.trim()) > limit) {
                    context.response().setStatusCode(413).putHeader("Connection", "close").end();
                    return;
                }
            } catch (NumberFormatException e) {
                context.response().setStatusCode(400).end();
                return;
            }
        }
        context.next();
    }

    private static boolean recordingUpload(RoutingContext context) {
        String path = context.normalizedPath();
        return context.request().method() == HttpMethod.POST && ("/api/calls".equals(path) || "/calls/upload".equals(path));
    }
}
