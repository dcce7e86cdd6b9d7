package io.zhijian.performance;

import io.quarkus.runtime.StartupEvent;
import io.zhijian.identity.AuditLog;
import io.zhijian.platform.Problem;
import io.zhijian.platform.SeedFiles;
import io.zhijian.platform.StartupWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The assessment rules' versions. The definition file ({@code monthly-performance.yaml} beside the scorecards) is
 * loaded at start-up as a new version when it changed; managers and admins save new versions. A month uses the newest
 * version whose {@code effectiveFrom} is not after it; a published month keeps the version it was published with.
 */
@ApplicationScoped
public class PerformanceRulesStore {

    static final String FILE = "monthly-performance.yaml";
    private static final Logger LOG = Logger.getLogger(PerformanceRulesStore.class);

    public record Version(int version, String effectiveFrom, String definition, String createdBy, java.time.Instant createdAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PerformanceConfig config;

    @Inject
    jakarta.enterprise.event.Event<MonthDataChanged> changed;

    private final Map<Integer, PerformanceRules> parsed = new ConcurrentHashMap<>();

    void onStart(@Observes StartupEvent event, StartupWork work) {
        work.run("performance-rules", this::loadFile);
    }

    /** Stores the definition file as a new version when it differs from the newest stored one. */
    @Transactional
    public void loadFile() {
        SeedFiles.Listing listing = config.rulesDir()
                .map(folder -> SeedFiles.folder(folder, FILE::equals))
                .orElseGet(() -> SeedFiles.bundled("scorecards", FILE::equals));
        listing.files().stream().findFirst().ifPresent(file -> {
            String text = new String(file.bytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (versions().stream().anyMatch(v -> v.definition().equals(text))) {
                return;
            }
            try {
                save(text, "system");
            } catch (Problem problem) {
                LOG.errorf("%s is not valid and was not loaded: %s", FILE, problem.getMessage());
            }
        });
    }

    /** Every version, newest first. */
    @Transactional
    public List<Version> versions() {
        List<Version> versions = new ArrayList<>();
        for (Object row : em.createNativeQuery("select version, effective_from, definition, created_by, created_at"
                + " from performance_rules order by version desc").getResultList()) {
            Object[] r = (Object[]) row;
            versions.add(new Version(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                    instant(r[4])));
        }
        return versions;
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : value instanceof java.sql.Timestamp t ? t.toInstant()
                : (java.time.Instant) value;
    }

    /** A new version from the definition's text; 400 naming every wrong field. */
    @Transactional
    public Version save(String definition, String actor) {
        PerformanceRules rules;
        try {
            rules = PerformanceRules.parse(definition);
        } catch (PerformanceRules.Invalid invalid) {
            Map<String, Problem.Text> errors = new LinkedHashMap<>();
            invalid.errors().forEach(e -> errors.putIfAbsent(e.field(), PerformanceTexts.text(m -> m.rulesError(e.problem()))));
            throw Problem.invalid(errors);
        }
        em.createNativeQuery("select 1 from performance_rules for update").getResultList();
        Number last = (Number) em.createNativeQuery("select max(version) from performance_rules").getSingleResult();
        int version = last == null ? 1 : last.intValue() + 1;
        em.createNativeQuery("insert into performance_rules (version, effective_from, definition, created_by, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, version).setParameter(2, rules.effectiveFrom().toString()).setParameter(3, definition)
                .setParameter(4, actor).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        changed.fire(new MonthDataChanged());
        audit.record(actor, "PERFORMANCE_RULES_SAVED", "performance-rules", String.valueOf(version), null,
                Map.of("effectiveFrom", rules.effectiveFrom().toString()));
        return new Version(version, rules.effectiveFrom().toString(), definition, actor, clock.instant());
    }

    /** The version that applies to the month: the newest one in effect by then (else the oldest there is). */
    @Transactional
    public int versionFor(YearMonth month) {
        List<Version> versions = versions();
        if (versions.isEmpty()) {
            throw Problem.conflict(PerformanceTexts.text(PerformanceMessages::rulesMissing));
        }
        return versions.stream().filter(v -> YearMonth.parse(v.effectiveFrom()).compareTo(month) <= 0)
                .findFirst().orElse(versions.get(versions.size() - 1)).version();
    }

    @Transactional
    public PerformanceRules rules(int version) {
        return parsed.computeIfAbsent(version, v -> PerformanceRules.parse((String) em.createNativeQuery(
                "select definition from performance_rules where version = ?1").setParameter(1, v).getSingleResult()));
    }

    public PerformanceRules rulesFor(YearMonth month) {
        return rules(versionFor(month));
    }

    public Optional<Version> newest() {
        return versions().stream().findFirst();
    }
}
