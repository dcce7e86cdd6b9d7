package io.zhijian.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        boolean matches = password != null && BcryptUtil.matches(password, user.passwordHash);
        if (!user.active || user.isLocked(now)) {
            return Optional.empty();
        }
        if (matches) {
            if (user.failedLogins != 0 || user.lockedUntil != null) {
                user.failedLogins = 0;
                user.lockedUntil = null;
            }
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

    /** For a request carrying a valid session cookie: the user's current roles, if still active. */
    @Transactional
    public Optional<Principal> current(String username) {
        return User.findByUsername(username)
                .filter(user -> user.active)
                .map(user -> new Principal(user.username, Set.copyOf(user.roles)));
    }
}
