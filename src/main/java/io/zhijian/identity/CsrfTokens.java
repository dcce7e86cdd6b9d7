package io.zhijian.identity;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The browser's CSRF token (double submit): a random value in an HttpOnly cookie that every state-changing page
 * request, the sign-in form included, must send back in a form field or header. A sign-in replaces it, so a token
 * planted before the sign-in is worth nothing in the session that follows.
 */
public final class CsrfTokens {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    public static final String COOKIE = "zhijian-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfTokens() {
    }

    /** The browser's token, creating it (and its cookie) on first use. */
    public static String tokenFor(RoutingContext context) {
        Cookie existing = context.request().getCookie(COOKIE);
        if (existing != null && !existing.getValue().isEmpty() && context.get(COOKIE) == null) {
            return existing.getValue();
        }
        Object issued = context.get(COOKIE);
        return issued != null ? issued.toString() : issue(context);
    }

    /** Whether {@code presented} is the token of the browser's cookie {@code expected}. */
    public static boolean matches(String expected, String presented) {
        return expected != null && !expected.isEmpty() && presented != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** A new token for the response (the sign-in's): the old one stops working. */
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
}
