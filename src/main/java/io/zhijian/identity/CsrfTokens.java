package io.zhijian.identity;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The CSRF token every state-changing page request must send back in a form field or header. Signed in, it is
 * the page session's own ({@link SessionMarks#csrfToken}): a token of another session, or one planted in a cookie,
 * is refused. Before a sign-in (the sign-in form, the language switch) it is the browser's: a random value in an
 * HttpOnly cookie (double submit), replaced at every sign-in.
 * <p>
 * Why not the {@code quarkus-rest-csrf} extension: it guards REST endpoints only, and the sign-in form posts to
 * {@code /j_security_check}, which Quarkus' form authentication answers before any REST filter; and its token is a
 * signed browser cookie, not bound to a session.
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    public static final String COOKIE = "zhijian-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SessionMarks marks;

    /** The token for the request's forms; {@code signedInUser} null or empty when nobody is signed in. */
    public String tokenFor(RoutingContext context, String signedInUser) {
        return sessionToken(context, signedInUser).orElseGet(() -> browserToken(context));
    }

    /** Whether {@code presented} is the token of the request's page session (or, signed out, of its browser). */
    public boolean accepts(RoutingContext context, String signedInUser, String presented) {
        return matches(sessionToken(context, signedInUser).orElseGet(() -> cookie(context)), presented);
    }

    /** The sign-in form's check: no session yet, so the browser's token. */
    static boolean acceptsSignIn(RoutingContext context, String presented) {
        return matches(cookie(context), presented);
    }

    /** A new browser token for the response (the sign-in's): the old one stops working. */
    static String issue(RoutingContext context) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        context.put(COOKIE, token);
        context.response().removeCookie(COOKIE, false);
        context.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT));
        return token;
    }

    private Optional<String> sessionToken(RoutingContext context, String signedInUser) {
        return signedInUser == null || signedInUser.isEmpty() ? Optional.empty()
                : marks.csrfToken(context, signedInUser);
    }

    /** The browser's token, creating it (and its cookie) on first use. */
    private static String browserToken(RoutingContext context) {
        Object issued = context.get(COOKIE);
        if (issued != null) {
            return issued.toString();
        }
        String existing = cookie(context);
        return existing != null && !existing.isEmpty() ? existing : issue(context);
    }

    private static String cookie(RoutingContext context) {
        Cookie cookie = context.request().getCookie(COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private static boolean matches(String expected, String presented) {
        return expected != null && !expected.isEmpty() && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
