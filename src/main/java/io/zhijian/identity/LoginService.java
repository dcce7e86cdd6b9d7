package io.zhijian.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks passwords and counts failures. Unknown user, wrong password, inactive or locked account
 * all answer the same way (empty), so a caller cannot tell which usernames exist.
 */
@ApplicationScoped
public class LoginService {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(LoginService.class);
    /**
     * Compared against when the user does not exist, so that case costs as much time as a real check. Hashed on
     * first use (a holder class), not when the service is first touched: that is the first request after start-up.
     */
    private static final class DummyHash {
        static final String VALUE = BcryptUtil.bcryptHash("not-a-real-password");
    }

    /** A signed-in user: name, roles, and the instant before which their sign-in cookies are refused (or null). */
    public record Principal(String username, Set<Role> roles, Instant sessionsValidFrom) {
        static Principal of(User user) {
            return new Principal(user.username, Set.copyOf(user.roles), user.sessionsValidFrom);
        }
    }

    /**
     * HTTP Basic sends the password with every API call, and bcrypt costs tens of milliseconds. A
     * successful check is remembered briefly as a keyed digest of the password, tied to the stored hash
     * (a password change invalidates it). Whether the user is active and unlocked is remembered until any
     * change to the user commits (see {@code principals}).
     */
    private record Verified(String storedHash, String digest, Instant until) {
    }

    /**
     * Ten minutes, sliding: long enough that people who signed in before an exam (1,000 of them take a
     * minute of bcrypt on two cores) are not checked again when they all start it at once.
     */
    private static final Duration VERIFIED_FOR = Duration.ofMinutes(10);
    private static final byte[] DIGEST_KEY = new byte[32];

    static {
        new SecureRandom().nextBytes(DIGEST_KEY);
    }

    /** Dropped, like {@code principals}, when a change to the user commits: a new password ends the old one's entry. */
    private final RememberedUsers<Verified> verified = new RememberedUsers<>();

    /** Active, unlocked users as last read from the database; a lock drops the entry too. */
    private final RememberedUsers<Principal> principals = new RememberedUsers<>();

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged changed) {
        principals.forget(changed.username());
        verified.forget(changed.username());
    }

    @Inject
    IdentityConfig config;

    @Inject
    AuditLog audit;

    /**
     * {@link #verify}'s answer when memory alone holds it (an active user whose password was checked within
     * {@code VERIFIED_FOR}): no database and no blocking, so an HTTP Basic request is answered on its I/O thread.
     */
    public Optional<Principal> remembered(String username, String password) {
        Instant now = clock.instant();
        long seen = verified.version();
        Optional<Principal> known = principals.get(username);
        Optional<Verified> entry = verified.get(username);
        if (known.isPresent() && password != null && recentlyVerified(entry, null, password, now)) {
            verified.put(username, new Verified(entry.get().storedHash(), entry.get().digest(), now.plus(VERIFIED_FOR)), seen);
            return known;
        }
        return Optional.empty();
    }

    @Transactional
    public Optional<Principal> verify(String username, String password) {
        Optional<Principal> remembered = remembered(username, password);
        if (remembered.isPresent()) {
            return remembered;
        }
        Instant now = clock.instant();
        long seen = principals.version();
        long seenVerified = verified.version();
        Optional<User> found = username == null ? Optional.empty() : User.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password == null ? "" : password, DummyHash.VALUE);
            return Optional.empty();
        }
        User user = found.get();
        if (!user.active || user.isLocked(now)) {
            if (password != null) {
                BcryptUtil.matches(password, user.passwordHash);
            }
            return Optional.empty();
        }
        boolean matches = password != null && (recentlyVerified(verified.get(user.username), user.passwordHash, password, now)
                || BcryptUtil.matches(password, user.passwordHash));
        if (matches) {
            if (user.failedLogins != 0 || user.lockedUntil != null) {
                user.failedLogins = 0;
                user.lockedUntil = null;
            }
            verified.put(user.username, new Verified(user.passwordHash, digest(password), now.plus(VERIFIED_FOR)), seenVerified);
            Principal principal = Principal.of(user);
            principals.put(user.username, principal, seen);
            return Optional.of(principal);
        }
        // One counted statement: its row lock makes parallel guesses count one after another (a read-modify-write
        // of the loaded entity lost updates), and exactly one of them reaches the limit and locks the account.
        var entities = User.getEntityManager();
        entities.createQuery("update User u set u.failedLogins = u.failedLogins + 1 where u.id = ?1")
                .setParameter(1, user.id).executeUpdate();
        int failures = entities.createQuery("select u.failedLogins from User u where u.id = ?1", Integer.class)
                .setParameter(1, user.id).getSingleResult();
        if (failures >= config.maxFailedLogins()) {
            Instant until = now.plus(config.lockDuration());
            entities.createQuery("update User u set u.failedLogins = 0, u.lockedUntil = ?2 where u.id = ?1")
                    .setParameter(1, user.id).setParameter(2, until).executeUpdate();
            principals.forget(user.username);
            audit.record("system", "ACCOUNT_LOCKED", "user", user.username, null,
                    Map.of("lockedUntil", until.toString()));
            LOG.warnf("Account %s locked until %s after %d failed logins", user.username, until,
                    config.maxFailedLogins());
        }
        return Optional.empty();
    }

    /** Whether this password was checked against the stored hash within {@code VERIFIED_FOR} ({@code storedHash} null: any). */
    private static boolean recentlyVerified(Optional<Verified> remembered, String storedHash, String password, Instant now) {
        return remembered.filter(entry -> entry.until().isAfter(now)
                && (storedHash == null || entry.storedHash().equals(storedHash))
                && MessageDigest.isEqual(entry.digest().getBytes(StandardCharsets.US_ASCII),
                digest(password).getBytes(StandardCharsets.US_ASCII))).isPresent();
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

    /** {@link #current}'s answer when memory holds it (no database, no blocking). */
    public Optional<Principal> remembered(String username) {
        return principals.get(username);
    }

    /** For a request carrying a valid session cookie: the user's current roles, if still active. */
    @Transactional
    public Optional<Principal> current(String username) {
        Optional<Principal> remembered = remembered(username);
        if (remembered.isPresent()) {
            return remembered;
        }
        long seen = principals.version();
        Optional<User> found = User.findByUsername(username).filter(user -> user.active);
        Optional<Principal> principal = found.map(Principal::of);
        if (principal.isPresent() && !found.get().isLocked(clock.instant())) {
            principals.put(username, principal.get(), seen);
        }
        return principal;
    }
}
