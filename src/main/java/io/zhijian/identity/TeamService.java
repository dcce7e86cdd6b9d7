package io.zhijian.identity;

import io.zhijian.platform.FieldErrors;
import io.zhijian.platform.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TeamService {

    @Inject
    Clock clock;

    private static final int MAX_NAME = 100;

    /** A team with its members; leads are members holding the LEAD role. */
    public record TeamView(long id, String name, List<String> members, List<String> leads) {
    }

    @Inject
    AuditLog audit;

    @Inject
    Event<UserChanged> changed;

    @Transactional
    public List<TeamView> list() {
        return Team.listByName().stream().map(TeamService::view).toList();
    }

    @Transactional
    public Optional<TeamView> find(long id) {
        return Team.<Team>findByIdOptional(id).map(TeamService::view);
    }

    @Transactional
    public TeamView create(String actor, String name) {
        String clean = checkName(name);
        if (Team.findByName(clean).isPresent()) {
            throw Problem.conflict(IdentityTexts.text(m -> m.errTeamTaken(clean)));
        }
        Team team = new Team();
        team.name = clean;
        team.createdAt = clock.instant();
        team.persist();
        TeamView after = view(team);
        audit.record(actor, "TEAM_CREATED", "team", String.valueOf(team.id), null, after);
        return after;
    }

    @Transactional
    public TeamView rename(String actor, long id, String name) {
        Team team = load(id);
        String clean = checkName(name);
        Optional<Team> sameName = Team.findByName(clean);
        if (sameName.isPresent() && !sameName.get().id.equals(team.id)) {
            throw Problem.conflict(IdentityTexts.text(m -> m.errTeamTaken(clean)));
        }
        TeamView before = view(team);
        team.name = clean;
        // Members' views name their team.
        User.listByTeam(team).forEach(member -> changed.fire(new UserChanged(member.username)));
        TeamView after = view(team);
        audit.record(actor, "TEAM_RENAMED", "team", String.valueOf(id), before, after);
        return after;
    }

    @Transactional
    public void delete(String actor, long id) {
        Team team = load(id);
        if (!User.listByTeam(team).isEmpty()) {
            throw Problem.conflict(IdentityTexts.text(m -> m.errTeamHasMembers(team.name)));
        }
        TeamView before = view(team);
        team.delete();
        audit.record(actor, "TEAM_DELETED", "team", String.valueOf(id), before, null);
    }

    @Transactional
    public long count() {
        return Team.count();
    }

    private static Team load(long id) {
        return Team.<Team>findByIdOptional(id).orElseThrow(() -> Problem.notFound(IdentityTexts.text(m -> m.errTeamIdNotFound(id))));
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.trim();
        new FieldErrors()
                .check(!clean.isEmpty() && clean.length() <= MAX_NAME, "name", IdentityTexts.text(m -> m.errTeamName(MAX_NAME)))
                .throwIfAny();
        return clean;
    }

    private static TeamView view(Team team) {
        List<User> members = User.listByTeam(team);
        return new TeamView(team.id, team.name, members.stream().map(u -> u.username).toList(),
                members.stream().filter(u -> u.roles.contains(Role.LEAD)).map(u -> u.username).toList());
    }

}
