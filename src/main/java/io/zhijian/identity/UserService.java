package io.zhijian.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.zhijian.platform.AppMessages;
import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Lang;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Users: the admin's create/edit/deactivate/reset, and look-ups for every other feature. */
@ApplicationScoped
public class UserService {

    @Inject
    Clock clock;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    private static final int MAX_PASSWORD = 200;
    private static final int MAX_DISPLAY_NAME = 200;

    /** What an admin fills in for a new user. */
    public record NewUser(String username, String displayName, String password, Set<Role> roles, String team,
                          String language) {
    }

    /** An edit; a null field stays as it is, an empty team removes the user from their team. */
    public record UserChanges(String displayName, Set<Role> roles, String team, Boolean active, String language) {
    }

    @Inject
    Event<UserChanged> changed;

    @Inject
    AuditLog audit;

    @Inject
    IdentityConfig config;

    @Transactional
    public List<UserView> list() {
        return User.listByUsername().stream().map(UserView::of).toList();
    }

    /**
     * Every user's team by username (null for none), in one query of the two columns: for labelling rows by team
     * (indexing, exports, reports) without loading every user with their roles.
     */
    @Transactional
    public Map<String, String> teams() {
        Map<String, String> teams = new java.util.HashMap<>();
        User.getEntityManager().createQuery("select u.username, t.name from User u left join u.team t", Object[].class)
                .getResultList().forEach(r -> teams.put((String) r[0], (String) r[1]));
        return teams;
    }

    @Transactional
    public Optional<UserView> find(String username) {
        return User.findByUsername(username).map(UserView::of);
    }

    /**
     * Signed-in users as their pages and API calls see them (name, roles, team, language), remembered until a
     * change to the user or their team commits. Whether the account is active or locked is the sign-in's
     * business, not this view's: look those up with {@link #find}.
     */
    private final RememberedUsers<UserView> signedIn = new RememberedUsers<>();

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) UserChanged change) {
        signedIn.forget(change.username());
    }

    public Optional<UserView> signedIn(String username) {
        Optional<UserView> known = signedIn.get(username);
        if (known.isPresent()) {
            return known;
        }
        long seen = signedIn.version();
        Optional<UserView> found = find(username);
        found.ifPresent(user -> signedIn.put(username, user, seen));
        return found;
    }

    @Transactional
    public List<UserView> members(String teamName) {
        return Team.findByName(teamName).map(User::listByTeam).orElse(List.of()).stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView create(String actor, NewUser input) {
        FieldErrors errors = new FieldErrors();
        String username = trim(input.username());
        errors.check(username != null && USERNAME.matcher(username).matches(), "username", IdentityTexts.text(IdentityMessages::errUsernameFormat));
        checkDisplayName(errors, input.displayName());
        checkPassword(errors, input.password());
        errors.check(input.roles() != null && !input.roles().isEmpty(), "roles", IdentityTexts.text(IdentityMessages::errRolesRequired));
        Optional<Team> team = resolveTeam(errors, input.team());
        checkLanguage(errors, input.language());
        errors.throwIfAny();
        if (User.findByUsername(username).isPresent()) {
            throw Problem.conflict(IdentityTexts.text(m -> m.errUsernameTaken(username)));
        }
        User user = new User();
        user.username = username;
        user.displayName = input.displayName().trim();
        user.passwordHash = BcryptUtil.bcryptHash(input.password());
        user.roles = EnumSet.copyOf(input.roles());
        user.team = team.orElse(null);
        user.active = true;
        user.language = Lang.normalize(input.language()).orElse(null);
        user.createdAt = clock.instant();
        user.persist();
        UserView after = UserView.of(user);
        audit.record(actor, "USER_CREATED", "user", username, null, after);
        return after;
    }

    @Transactional
    public UserView update(String actor, String username, UserChanges changes) {
        User user = load(username);
        FieldErrors errors = new FieldErrors();
        if (changes.displayName() != null) {
            checkDisplayName(errors, changes.displayName());
        }
        errors.check(changes.roles() == null || !changes.roles().isEmpty(), "roles", IdentityTexts.text(IdentityMessages::errRolesRequired));
        Optional<Team> team = changes.team() == null ? Optional.ofNullable(user.team) : resolveTeam(errors, changes.team());
        if (changes.language() != null && !changes.language().isBlank()) {
            checkLanguage(errors, changes.language());
        }
        errors.throwIfAny();

        boolean staysActiveAdmin = (changes.active() == null ? user.active : changes.active())
                && (changes.roles() == null ? user.roles : changes.roles()).contains(Role.ADMIN);
        if (user.active && user.roles.contains(Role.ADMIN) && !staysActiveAdmin
                && User.countActiveWithRole(Role.ADMIN) <= 1) {
            throw Problem.conflict(IdentityTexts.text(IdentityMessages::errLastAdmin));
        }
        UserView before = UserView.of(user);
        if (changes.displayName() != null) {
            user.displayName = changes.displayName().trim();
        }
        if (changes.roles() != null) {
            user.roles.clear();
            user.roles.addAll(changes.roles());
        }
        user.team = team.orElse(null);
        if (changes.active() != null) {
            user.active = changes.active();
        }
        if (changes.language() != null) {
            user.language = Lang.normalize(changes.language()).orElse(null);
        }
        UserView after = UserView.of(user);
        changed.fire(new UserChanged(username));
        if (!after.equals(before)) {
            String action = before.active() && !after.active() ? "USER_DEACTIVATED"
                    : !before.active() && after.active() ? "USER_REACTIVATED" : "USER_UPDATED";
            audit.record(actor, action, "user", username, before, after);
        }
        return after;
    }

    @Transactional
    public void resetPassword(String actor, String username, String password) {
        User user = load(username);
        FieldErrors errors = new FieldErrors();
        checkPassword(errors, password);
        errors.throwIfAny();
        user.failedLogins = 0;
        user.lockedUntil = null;
        newPassword(user, password);
        audit.record(actor, "USER_PASSWORD_RESET", "user", username, null, null);
    }

    /**
     * The user's own new password, their current one checked already ({@link PasswordChanges}): every page session
     * of theirs ends, as at a reset. Returns that instant, from which the caller's own session may go on.
     */
    @Transactional
    Instant setOwnPassword(String username, String password) {
        User user = load(username);
        newPassword(user, password);
        audit.record(username, "PASSWORD_CHANGED", "user", username, null, null);
        return user.sessionsValidFrom;
    }

    /** Whoever was signed in with the old password is signed out everywhere; its remembered checks are dropped. */
    private void newPassword(User user, String password) {
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.sessionsValidFrom = clock.instant();
        changed.fire(new UserChanged(user.username));
    }

    /** Sign-out: every page session of the user ends, on every device (the sign-in cookies stay but are refused). */
    @Transactional
    public void endSessions(String username) {
        User.findByUsername(username).ifPresent(user -> {
            user.sessionsValidFrom = clock.instant();
            changed.fire(new UserChanged(username));
            audit.record(username, "SESSIONS_ENDED", "user", username, null, null);
        });
    }

    @Transactional
    public UserView unlock(String actor, String username) {
        User user = load(username);
        UserView before = UserView.of(user);
        user.failedLogins = 0;
        user.lockedUntil = null;
        changed.fire(new UserChanged(username));
        UserView after = UserView.of(user);
        audit.record(actor, "USER_UNLOCKED", "user", username, before, after);
        return after;
    }

    /** The user's own choice of UI language (not audited: a preference, not an admin act). */
    @Transactional
    public void rememberLanguage(String username, String language) {
        User.findByUsername(username).ifPresent(user -> user.language = Lang.normalize(language).orElse(null));
        changed.fire(new UserChanged(username));
    }

    @Transactional
    public long countActive() {
        return User.count("active", true);
    }

    @Transactional
    public long countLocked() {
        return User.count("lockedUntil > ?1", clock.instant());
    }

    private static User load(String username) {
        return User.findByUsername(username).orElseThrow(() -> Problem.notFound(m -> m.errUserNotFound(username)));
    }

    private void checkPassword(FieldErrors errors, String password) {
        checkPassword(errors, "password", password);
    }

    void checkPassword(FieldErrors errors, String field, String password) {
        int min = config.minPasswordLength();
        errors.check(password != null && password.length() >= min && password.length() <= MAX_PASSWORD,
                field, IdentityTexts.text(m -> m.errPasswordLength(min, MAX_PASSWORD)));
    }

    private static void checkDisplayName(FieldErrors errors, String displayName) {
        errors.check(displayName != null && !displayName.isBlank() && displayName.trim().length() <= MAX_DISPLAY_NAME,
                "displayName", IdentityTexts.text(m -> m.errDisplayName(MAX_DISPLAY_NAME)));
    }

    private static void checkLanguage(FieldErrors errors, String language) {
        errors.check(language == null || language.isBlank() || Lang.SUPPORTED.contains(language), "language",
                AppMessages::errLanguage);
    }

    private static Optional<Team> resolveTeam(FieldErrors errors, String teamName) {
        String name = trim(teamName);
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Team> team = Team.findByName(name);
        errors.check(team.isPresent(), "team", m -> m.errTeamNotFound(name));
        return team;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
