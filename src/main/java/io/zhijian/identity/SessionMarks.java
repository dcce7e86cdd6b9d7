package io.zhijian.identity;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import io.zhijian.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * When a page session began. Quarkus' sign-in cookie is stateless (it holds the user and an expiry, renewed while
 * in use), so it cannot be ended on the server; beside it the sign-in sets this signed cookie with the sign-in's
 * instant, and a session whose sign-in came before the user's {@code sessionsValidFrom} (set by sign-out and
 * password resets) is refused.
 */
@ApplicationScoped
public class SessionMarks {

    static final String COOKIE = "zhijian-signed-in";

    @Inject
    PlatformConfig platform;

    /** Marks the response of a successful sign-in. */
    void mark(RoutingContext context, String username, Instant signedIn) {
        String value = username + "|" + signedIn.toEpochMilli();
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        context.response().addCookie(Cookie.cookie(COOKIE, encoded + "." + signature(encoded)).setPath("/")
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
    }

    /** Whether the request's mark is this user's and from a sign-in at or after {@code validFrom} (null: any). */
    boolean valid(RoutingContext context, String username, Instant validFrom) {
        return signedIn(context, username)
                .map(at -> validFrom == null || at.toEpochMilli() >= validFrom.toEpochMilli()).orElse(false);
    }

    /**
     * The CSRF token of this user's page session: derived from the request's mark (their sign-in instant) with a
     * key of its own, so it is valid for this session only and cannot be planted by whoever can only set cookies.
     */
    Optional<String> csrfToken(RoutingContext context, String username) {
        return signedIn(context, username).map(at -> hmac("csrf:", username + "|" + at.toEpochMilli()));
    }

    /** The sign-in instant of the request's mark, if the mark is genuine and this user's. */
    private Optional<Instant> signedIn(RoutingContext context, String username) {
        Cookie cookie = context == null ? null : context.request().getCookie(COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.");
        if (parts.length != 2 || !MessageDigest.isEqual(signature(parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String value;
        try {
            value = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int bar = value.lastIndexOf('|');
        if (bar < 0 || !value.substring(0, bar).equals(username)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(value.substring(bar + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String signature(String value) {
        return hmac("session-mark:", value);
    }

    private String hmac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec((purpose + platform.sessionKey()).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
