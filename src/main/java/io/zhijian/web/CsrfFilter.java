package io.zhijian.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Double-submit CSRF protection for pages: every state-changing request outside {@code /api} must
 * carry the browser's CSRF cookie value in the {@code csrf-token} form field or the
 * {@code X-CSRF-TOKEN} header (htmx). The API is exempt: it accepts only HTTP Basic, never cookies.
 */
public class CsrfFilter {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    static final String COOKIE = "zhijian-csrf";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    WebContext page;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request, UriInfo uri) {
        if (SAFE_METHODS.contains(request.getMethod()) || ProblemMappers.isApi(uri)) {
            return null;
        }
        String expected = request.getCookies().containsKey(COOKIE) ? request.getCookies().get(COOKIE).getValue() : null;
        String presented = request.getHeaderString(HEADER);
        if (presented == null) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (expected != null && !expected.isEmpty() && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        throw Problem.forbidden(AppMessages::errCsrf);
    }

    /** The browser's token, creating it (and its cookie) on first use. */
    static String tokenFor(RoutingContext context) {
        Cookie existing = context.request().getCookie(COOKIE);
        if (existing != null && !existing.getValue().isEmpty()) {
            return existing.getValue();
        }
        Object issued = context.get(COOKIE);
        if (issued != null) {
            return issued.toString();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        context.put(COOKIE, token);
        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
        return token;
    }
}
