package io.zhijian.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Security headers on every response. The pages load scripts only from this server (htmx and the pages' own
 * files, no inline script) and are never framed; inline styles stay allowed because the pages and htmx's
 * indicator use them. Swagger UI ({@code /q/swagger-ui}) runs inline scripts of its own, so it gets the
 * framing and sniffing headers but not the script policy.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Behind a proxy that ends TLS, set true so the browser is told to keep to HTTPS and cookies are Secure. */
    @ConfigProperty(name = "zhijian.https", defaultValue = "false")
    boolean https;

    void register(@Observes Filters filters) {
        filters.register(this::add, 200);
    }

    void add(RoutingContext context) {
        var headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        headers.set("X-Frame-Options", "DENY");
        if (context.normalizedPath().startsWith("/q/swagger-ui")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        } else {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        if (https || context.request().isSSL()) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
            // The sign-in cookie (and any other) travels over HTTPS only.
            context.addHeadersEndHandler(v -> {
                var cookies = context.response().headers().getAll("Set-Cookie");
                if (!cookies.isEmpty()) {
                    context.response().headers().remove("Set-Cookie");
                    cookies.forEach(c -> context.response().headers().add("Set-Cookie",
                            c.toLowerCase(java.util.Locale.ROOT).contains("; secure") ? c : c + "; Secure"));
                }
            });
        }
        context.next();
    }
}
