package io.zhijian.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    /** bcrypt; never leaves the identity package. */
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    public Team team;

    @Column(nullable = false)
    public boolean active;

    /** The user's chosen UI language; null = follow the browser. */
    @Column(length = 8)
    public String language;

    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    /** Sign-in cookies issued before this instant are refused (set by sign-out and password resets). */
    @Column(name = "sessions_valid_from")
    public Instant sessionsValidFrom;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** Every user with their roles and team in one query (not one more query per user for the roles). */
    public static List<User> listByUsername() {
        return list("from User u left join fetch u.roles left join fetch u.team order by u.username");
    }

    public static List<User> listByTeam(Team team) {
        return list("team = ?1 order by username", team);
    }

    public static long countActiveWithRole(Role role) {
        return count("select count(u) from User u join u.roles r where u.active = true and r = ?1", role);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
