package io.zhijian.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import io.zhijian.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The demo team and users. Idempotent: what exists is left alone, what is missing is added. */
@ApplicationScoped
public class DemoDataSeeder {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    public static final String DEMO_TEAM = "A组";
    public static final String DEMO_PASSWORD = "demo";

    record DemoUser(String username, String displayName, Set<Role> roles, boolean inTeam) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "系统管理员 Admin", EnumSet.of(Role.ADMIN), false),
            new DemoUser("trainer", "培训师 Trainer", EnumSet.of(Role.TRAINER), false),
            new DemoUser("qa", "质检专员 QA", EnumSet.of(Role.QA), false),
            // More inspectors: disputes are ruled on by someone other than the scorer; calibration needs several.
            new DemoUser("qa2", "质检专员二 QA 2", EnumSet.of(Role.QA), false),
            new DemoUser("qa3", "质检专员三 QA 3", EnumSet.of(Role.QA), false),
            new DemoUser("lead", "小组长 Lead", EnumSet.of(Role.LEAD), true),
            new DemoUser("manager", "项目经理 Manager", EnumSet.of(Role.MANAGER), false),
            new DemoUser("agent1", "客服代表一 Agent 1", EnumSet.of(Role.AGENT), true),
            new DemoUser("agent2", "客服代表二 Agent 2", EnumSet.of(Role.AGENT), true));

    @Inject
    PlatformConfig platform;

    private volatile int addedAtStart;

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!platform.demoData()) {
            return;
        }
        int added = seed();
        addedAtStart = added;
        LOG.warnf("DEMO DATA is on (zhijian.demo-data=true): users %s share the password '%s'. "
                        + "For demonstrations only; never in production. %d record(s) added this start.",
                USERS.stream().map(DemoUser::username).toList(), DEMO_PASSWORD, added);
    }

    /** How many records the seeding at this start-up added (0 on every start after the first). */
    public int addedAtStart() {
        return addedAtStart;
    }

    /** Returns how many records it had to add (0 when everything is already there). */
    @Transactional
    public int seed() {
        int added = 0;
        Team team = Team.findByName(DEMO_TEAM).orElse(null);
        if (team == null) {
            team = new Team();
            team.name = DEMO_TEAM;
            team.createdAt = clock.instant();
            team.persist();
            added++;
        }
        String hash = null;
        for (DemoUser demo : USERS) {
            if (User.findByUsername(demo.username()).isPresent()) {
                continue;
            }
            if (hash == null) {
                hash = BcryptUtil.bcryptHash(DEMO_PASSWORD);
            }
            User user = new User();
            user.username = demo.username();
            user.displayName = demo.displayName();
            user.passwordHash = hash;
            user.roles = EnumSet.copyOf(demo.roles());
            user.team = demo.inTeam() ? team : null;
            user.active = true;
            user.createdAt = clock.instant();
            user.persist();
            added++;
        }
        return added;
    }
}
