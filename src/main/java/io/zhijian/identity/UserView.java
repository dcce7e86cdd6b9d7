package io.zhijian.identity;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A user as other features and the API see one: never the password hash. */
public record UserView(String username, String displayName, Set<Role> roles, String team, boolean active,
                       String language, Instant lockedUntil, Instant createdAt) {

    static UserView of(User user) {
        return new UserView(user.username, user.displayName, new TreeSet<>(user.roles),
                user.team == null ? null : user.team.name, user.active, user.language, user.lockedUntil,
                user.createdAt);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
