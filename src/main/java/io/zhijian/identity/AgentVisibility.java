package io.zhijian.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may see which agent's work (calls, tickets, evaluations, search hits, KPIs, monthly assessments), in one
 * place: QA inspectors, trainers, the project manager and admins everyone's; a team lead their team's and their own; anyone else only their own. Phone and
 * ID numbers are shown in full only to QA inspectors and admins; everyone else gets the masked hint.
 */
@ApplicationScoped
public class AgentVisibility {

    @Inject
    UserService users;

    public boolean seesEveryone(UserView viewer) {
        return viewer.roles().contains(Role.ADMIN) || viewer.roles().contains(Role.QA) || viewer.roles().contains(Role.TRAINER)
                || viewer.roles().contains(Role.MANAGER);
    }

    /** Whether the viewer may see this agent's work (null agent: only those who see everyone). */
    public boolean maySee(UserView viewer, String agent) {
        return seesEveryone(viewer) || agent != null && (agent.equals(viewer.username()) || leadsTeamOf(viewer, agent));
    }

    /** Whether the viewer is a team lead of the agent's team. */
    public boolean leadsTeamOf(UserView viewer, String agent) {
        return viewer.roles().contains(Role.LEAD) && viewer.team() != null && agent != null
                && users.find(agent).map(u -> viewer.team().equals(u.team())).orElse(false);
    }

    /** The agents whose work the viewer may see, or empty when they see everyone's. */
    public Optional<List<String>> visibleAgents(UserView viewer) {
        if (seesEveryone(viewer)) {
            return Optional.empty();
        }
        List<String> agents = new ArrayList<>(List.of(viewer.username()));
        if (viewer.roles().contains(Role.LEAD) && viewer.team() != null) {
            users.members(viewer.team()).forEach(u -> {
                if (!agents.contains(u.username())) {
                    agents.add(u.username());
                }
            });
        }
        return Optional.of(agents);
    }

    /** Full phone and ID numbers; everyone else sees them masked. */
    public boolean seesFullNumbers(UserView viewer) {
        return viewer.roles().contains(Role.ADMIN) || viewer.roles().contains(Role.QA);
    }
}
