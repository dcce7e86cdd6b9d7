package io.zhijian.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks passwords and counts failures. Unknown user, wrong password, inactive or locked account
 * all answer the same way (empty), so a caller cannot tell which usernames exist.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);
    /** Compared against when the user does not exist, so that case costs as much time as a real check. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password");

    public record Principal(String username, Set<Role> roles) {
    }

    /**
     * HTTP Basic sends the password with every API call, and bcrypt costs tens of milliseconds. A
     * successful check is remembered briefly as a keyed digest of the password, tied to the stored hash
     * (a password change invalidates it). Active and lock checks still run on every request.
     */
    private record Verified(String storedHash, String digest, Instant until) {
    }

    private static final Duration VERIFIED_FOR = Duration.ofMinutes(1);
    private static final byte[] DIGEST_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(DIGEST_KEY);
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    IdentityConfig config;

    @Inject
    AuditLog audit;

    @Transactional
    public Optional<Principal> verify(String username, String password) {
        Optional<User> found = username == null ? Optional.empty() : User.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, DUMMY_HASH);
            return Optional.empty();
        }
        User user = found.get();
        Instant now = Instant.now();
        if (!user.active || user.isLocked(now)) {
            if (password != null) {
                BcryptUtil.matches(password, user.passwordHash);
            }
            return Optional.empty();
        }
        boolean matches = password != null && (recentlyVerified(user, password, now)
                || BcryptUtil.matches(password, user.passwordHash));
        if (matches) {
            if (user.failedLogins != 0 || user.lockedUntil != null) {
                user.failedLogins = 0;
                user.lockedUntil = null;
            }
            verified.put(user.username, new Verified(user.passwordHash, digest(password), now.plus(VERIFIED_FOR)));
            return Optional.of(new Principal(user.username, Set.copyOf(user.roles)));
        }
        user.failedLogins++;
        if (user.failedLogins >= config.maxFailedLogins()) {
            user.failedLogins = 0;
            user.lockedUntil = now.plus(config.lockDuration());
            audit.record("system", "ACCOUNT_LOCKED", "user", user.username, null,
                    Map.of("lockedUntil", user.lockedUntil.toString()));
            LOG.warnf("Account %s locked until %s after %d failed logins", user.username, user.lockedUntil,
                    config.maxFailedLogins());
        }
        return Optional.empty();
    }

    private boolean recentlyVerified(User user, String password, Instant now) {
        Verified entry = verified.get(user.username);
        return entry != null && entry.until().isAfter(now) && entry.storedHash().equals(user.passwordHash)
                && MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.US_ASCII),
                digest(password).getBytes(StandardCharsets.US_ASCII));
    }

    private static String digest(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DIGEST_KEY, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** For a request carrying a valid session cookie: the user's current roles, if still active. */
    @Transactional
    public Optional<Principal> current(String username) {
        return User.findByUsername(username)
                .filter(user -> user.active)
                .map(user -> new Principal(user.username, Set.copyOf(user.roles)));
    }
}
