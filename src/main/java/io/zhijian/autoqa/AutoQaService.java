package io.zhijian.autoqa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhijian.identity.AgentVisibility;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Pii;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.Scorecard.Channel;
import io.zhijian.scorecard.ScorecardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Auto-QA results: running the published scorecards' rules over interactions and keeping the newest result per
 * interaction and scorecard; reading them as people may see them; the flags search and sampling select on.
 */
@ApplicationScoped
public class AutoQaService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AutoQaEngine.Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };

    /** One scorecard's result for an interaction, as the API shows it. */
    public record ResultView(String scorecardKey, int scorecardVersion, Double total, List<AutoQaEngine.Suggestion> items,
                             Instant computedAt) {
    }

    /** An interaction's results, one per published scorecard of its channel whose rules suggested anything. */
    public record Results(List<ResultView> results) {
    }

    /** What search indexes of an interaction's results: the items lost in any, and every total. */
    public record Flags(Set<String> lostItems, List<Double> totals) {
    }

    @Inject
    EntityManager entities;

    @Inject
    ScorecardService scorecards;

    @Inject
    AutoQaSources sources;

    @Inject
    AgentVisibility visibility;

    @Inject
    Clock clock;

    @Inject
    Event<AutoQaComputed> computed;

    private final Map<String, AutoQaEngine.Compiled> compiled = new ConcurrentHashMap<>();

    /** The rules of a published version, compiled once (published versions never change). */
    AutoQaEngine.Compiled rules(String key, int version, Scorecard card) {
        return compiled.computeIfAbsent(key + "/" + version, k -> new AutoQaEngine.Compiled(card, version));
    }

    /**
     * The newest published versions that apply to a channel, compiled. Kept until a version is published here, and
     * at most 30 s (another instance on the same database may have published one).
     */
    List<AutoQaEngine.Compiled> rulesFor(Channel channel) {
        Published known = byChannel.get(channel);
        if (known == null || System.nanoTime() - known.loadedAt() > 30_000_000_000L) {
            known = new Published(scorecards.publishedFor(channel).stream()
                    .map(v -> rules(v.key(), v.version(), v.definition())).toList(), System.nanoTime());
            byChannel.put(channel, known);
        }
        return known.rules();
    }

    private record Published(List<AutoQaEngine.Compiled> rules, long loadedAt) {
    }

    private final Map<Channel, Published> byChannel = new ConcurrentHashMap<>();

    void onPublished(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                     io.zhijian.scorecard.ScorecardPublished published) {
        byChannel.clear();
    }

    /**
     * A call's rules in the transaction that stores its transcript. Search is not told separately: it indexes the
     * call after that commit and reads these results then.
     */
    void processTranscript(AutoQaSubject call) {
        AutoQaEngine.Prepared prepared = new AutoQaEngine.Prepared(call);
        List<Object[]> rows = new ArrayList<>();
        for (AutoQaEngine.Compiled card : rulesFor(Channel.CALL)) {
            AutoQaEngine.Result result = card.hasRules() ? AutoQaEngine.run(card, prepared) : null;
            if (result != null && !result.items().isEmpty()) {
                rows.add(new Object[]{call.id(), result});
            }
        }
        replace(Channel.CALL, List.of(call.id()), null, rows, clock.instant());
    }

    /**
     * Runs the rules over a batch of one channel's interactions and replaces their results: all published
     * scorecards of the channel, or only {@code only}. Runs in the caller's transaction.
     *
     * @return how many of the ids still exist
     */
    @Transactional
    public int process(Channel channel, List<Long> ids, AutoQaEngine.Compiled only) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<AutoQaEngine.Compiled> cards = only != null ? List.of(only) : rulesFor(channel);
        Map<Long, AutoQaSubject> subjects = sources.load(channel, ids);
        List<Object[]> rows = new ArrayList<>();
        Instant now = clock.instant();
        for (Long id : ids) {
            AutoQaSubject subject = subjects.get(id);
            if (subject == null) {
                continue;
            }
            AutoQaEngine.Prepared prepared = new AutoQaEngine.Prepared(subject);
            for (AutoQaEngine.Compiled card : cards) {
                if (!card.hasRules()) {
                    continue;
                }
                AutoQaEngine.Result result = AutoQaEngine.run(card, prepared);
                if (!result.items().isEmpty()) {
                    rows.add(new Object[]{id, result});
                }
            }
        }
        List<Long> changed = replace(channel, ids, only == null ? null : only.scorecard().key(), rows, now);
        if (!changed.isEmpty()) {
            computed.fire(new AutoQaComputed(channel, changed));
        }
        return subjects.size();
    }

    /**
     * Replaces the results and returns the interactions whose flags (items lost, totals) changed: only those need
     * search to index them again — re-running a version that changed wording, not rules, re-indexes nothing.
     */
    private List<Long> replace(Channel channel, List<Long> ids, String onlyKey, List<Object[]> rows, Instant now) {
        Map<Long, Map<String, String>> before = new HashMap<>();
        Map<Long, Map<String, String>> after = new HashMap<>();
        for (Object[] row : rows) {
            AutoQaEngine.Result result = (AutoQaEngine.Result) row[1];
            after.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put(result.scorecardKey(),
                    "," + String.join(",", result.lost()) + ",|" + result.total());
        }
        java.util.Set<Long> batch = new java.util.HashSet<>(ids);
        entities.unwrap(org.hibernate.Session.class).doWork(connection -> {
            // Ranges read and filtered here, and deletes by key (see IdRanges).
            try (PreparedStatement read = connection.prepareStatement("select interaction_id, scorecard_key, lost_items, "
                    + "total from auto_qa_results where interaction_id between ? and ? and interaction_type = ?")) {
                for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
                    read.setLong(1, range[0]);
                    read.setLong(2, range[1]);
                    read.setString(3, channel.name());
                    try (java.sql.ResultSet found = read.executeQuery()) {
                        while (found.next()) {
                            long id = found.getLong(1);
                            String key = found.getString(2);
                            double total = found.getDouble(4);
                            if (batch.contains(id) && (onlyKey == null || onlyKey.equals(key))) {
                                before.computeIfAbsent(id, k -> new HashMap<>()).put(key,
                                        found.getString(3) + "|" + (found.wasNull() ? null : (Double) total));
                            }
                        }
                    }
                }
            }
            try (PreparedStatement remove = connection.prepareStatement("delete from auto_qa_results where interaction_id = ? "
                    + "and interaction_type = ?" + (onlyKey == null ? "" : " and scorecard_key = ?"));
                 PreparedStatement insert = connection.prepareStatement("insert into auto_qa_results (interaction_type, "
                         + "interaction_id, scorecard_key, scorecard_version, total, lost_items, suggestions, computed_at) "
                         + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Long id : before.keySet()) {
                    remove.setLong(1, id);
                    remove.setString(2, channel.name());
                    if (onlyKey != null) {
                        remove.setString(3, onlyKey);
                    }
                    remove.addBatch();
                }
                remove.executeBatch();
                for (Object[] row : rows) {
                    AutoQaEngine.Result result = (AutoQaEngine.Result) row[1];
                    insert.setString(1, channel.name());
                    insert.setLong(2, (Long) row[0]);
                    insert.setString(3, result.scorecardKey());
                    insert.setInt(4, result.scorecardVersion());
                    if (result.total() == null) {
                        insert.setNull(5, java.sql.Types.DOUBLE);
                    } else {
                        insert.setDouble(5, result.total());
                    }
                    insert.setString(6, "," + String.join(",", result.lost()) + ",");
                    insert.setString(7, write(result.items()));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ids.stream().filter(id -> !java.util.Objects.equals(before.get(id), after.get(id))).toList();
    }

    /**
     * An interaction's results as the viewer may see them (numbers masked for those who get hints only). One still
     * queued is run first, so what was just imported or transcribed is never shown without its result.
     */
    @Transactional
    public Results current(Channel channel, long id, UserView viewer) {
        boolean full = visibility.seesFullNumbers(viewer);
        return new Results(current(channel, id).stream().map(r -> full ? r : new ResultView(r.scorecardKey(),
                r.scorecardVersion(), r.total(), r.items().stream().map(AutoQaService::masked).toList(),
                r.computedAt())).toList());
    }

    /** The suggested answers of one scorecard for an interaction, as they are now: item → answer. */
    @Transactional
    public Map<String, String> suggestedAnswers(Channel channel, long id, String scorecardKey) {
        Map<String, String> answers = new HashMap<>();
        current(channel, id).stream().filter(r -> r.scorecardKey().equals(scorecardKey))
                .forEach(r -> r.items().forEach(s -> answers.put(s.itemKey(), s.answer())));
        return answers;
    }

    /** Stored results, or for an interaction still queued the results computed now. */
    private List<ResultView> current(Channel channel, long id) {
        if (!queued(channel, id)) {
            return stored(channel, id);
        }
        // Computed here and not stored: the worker stores the same result (the rules are pure), and two writers of
        // one row would collide.
        AutoQaSubject subject = sources.load(channel, List.of(id)).get(id);
        List<ResultView> views = new ArrayList<>();
        if (subject != null) {
            AutoQaEngine.Prepared prepared = new AutoQaEngine.Prepared(subject);
            Instant now = clock.instant();
            for (AutoQaEngine.Compiled card : rulesFor(channel)) {
                AutoQaEngine.Result result = AutoQaEngine.run(card, prepared);
                if (!result.items().isEmpty()) {
                    // Through JSON like a stored result, so both read the same.
                    views.add(new ResultView(result.scorecardKey(), result.scorecardVersion(), result.total(),
                            read(write(result.items())), now));
                }
            }
        }
        views.sort(java.util.Comparator.comparing(ResultView::scorecardKey));
        return views;
    }

    private boolean queued(Channel channel, long id) {
        Number count = (Number) entities.createNativeQuery("select count(*) from auto_qa_queue where interaction_type = ?1 "
                + "and entity_ids like ?2").setParameter(1, channel.name()).setParameter(2, "%," + id + ",%").getSingleResult();
        return count.longValue() > 0;
    }

    private List<ResultView> stored(Channel channel, long id) {
        List<ResultView> views = new ArrayList<>();
        entities.createNativeQuery("select scorecard_key, scorecard_version, total, suggestions, computed_at "
                        + "from auto_qa_results where interaction_type = ?1 and interaction_id = ?2 order by scorecard_key",
                Object[].class).setParameter(1, channel.name()).setParameter(2, id).getResultList().forEach(r -> {
            Object[] row = (Object[]) r;
            views.add(new ResultView((String) row[0], ((Number) row[1]).intValue(),
                    row[2] == null ? null : ((Number) row[2]).doubleValue(), read((String) row[3]), instant(row[4])));
        });
        return views;
    }

    /** One scorecard's suggestions for an interaction (the evaluation page shows them beside the items). */
    @Transactional
    public java.util.Optional<ResultView> result(Channel channel, long id, String scorecardKey, UserView viewer) {
        return current(channel, id, viewer).results().stream().filter(r -> r.scorecardKey().equals(scorecardKey))
                .findFirst();
    }

    private static AutoQaEngine.Suggestion masked(AutoQaEngine.Suggestion s) {
        return new AutoQaEngine.Suggestion(s.itemKey(), s.answer(), s.rule(), s.evidence().stream().map(e ->
                new AutoQaEngine.Evidence(e.speaker(), e.start(), e.end(), Pii.maskText(e.text()), e.message(),
                        e.missing(), e.metric(), e.field(), maskedValue(e.field(), e.value()))).toList());
    }

    private static Object maskedValue(String field, Object value) {
        if (!(value instanceof String text) || field == null) {
            return value;
        }
        return "customer_phone".equals(field) ? Pii.maskPhone(text) : Pii.maskText(text);
    }

    /** A re-run of a published version over a channel's history, with its progress (0..1). */
    public record RunView(long id, String scorecardKey, int scorecardVersion, Channel channel, long total,
                          long processed, double progress, String status, Instant createdAt, Instant finishedAt) {
    }

    /** What the worker has still to do and has done: queued interactions and the newest re-runs. */
    public record Work(long queued, List<RunView> runs) {
    }

    @Transactional
    public Work work() {
        long queued = 0;
        for (Object ids : entities.createNativeQuery("select entity_ids from auto_qa_queue").getResultList()) {
            queued += ((String) ids).chars().filter(c -> c == ',').count() - 1;
        }
        List<RunView> runs = new ArrayList<>();
        entities.createNativeQuery("select id, scorecard_key, scorecard_version, interaction_type, total, processed, status, "
                + "created_at, finished_at from auto_qa_reruns order by id desc fetch first 50 rows only", Object[].class)
                .getResultList().forEach(r -> {
                    Object[] row = (Object[]) r;
                    long total = ((Number) row[4]).longValue();
                    long processed = ((Number) row[5]).longValue();
                    runs.add(new RunView(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                            Channel.valueOf((String) row[3]), total, processed,
                            "DONE".equals(row[6]) || total == 0 ? 1.0 : Math.min(1.0, (double) processed / total),
                            (String) row[6], instant(row[7]), instant(row[8])));
                });
        return new Work(queued, runs);
    }

    /** Items lost and totals of several interactions of a channel, for the search index. */
    @Transactional
    public Map<Long, Flags> flags(Channel channel, List<Long> ids) {
        Map<Long, Flags> out = new HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
            entities.createNativeQuery("select interaction_id, lost_items, total from auto_qa_results "
                            + "where interaction_id between :low and :high and interaction_type = :type", Object[].class)
                    .setParameter("type", channel.name()).setParameter("low", range[0]).setParameter("high", range[1])
                    .getResultList().forEach(r -> {
                    Object[] row = (Object[]) r;
                    if (!wanted.contains(((Number) row[0]).longValue())) {
                        return;
                    }
                    Flags flags = out.computeIfAbsent(((Number) row[0]).longValue(),
                            k -> new Flags(new LinkedHashSet<>(), new ArrayList<>()));
                    for (String item : ((String) row[1]).split(",")) {
                        if (!item.isEmpty()) {
                            flags.lostItems().add(item);
                        }
                    }
                    if (row[2] != null) {
                        flags.totals().add(((Number) row[2]).doubleValue());
                    }
                });
        }
        return out;
    }

    /**
     * Interactions of a channel whose result for a scorecard loses points on any of {@code items} (on any item
     * when empty): what a sampling plan counts as flagged.
     */
    @Transactional
    public Set<Long> flagged(Channel channel, String scorecardKey, List<String> items) {
        StringBuilder sql = new StringBuilder("select interaction_id from auto_qa_results where interaction_type = :type "
                + "and scorecard_key = :key");
        if (items.isEmpty()) {
            sql.append(" and lost_items <> ','");
        } else {
            sql.append(" and (");
            for (int i = 0; i < items.size(); i++) {
                sql.append(i == 0 ? "" : " or ").append("lost_items like :item").append(i);
            }
            sql.append(')');
        }
        var query = entities.createNativeQuery(sql.toString(), Long.class).setParameter("type", channel.name())
                .setParameter("key", scorecardKey);
        for (int i = 0; i < items.size(); i++) {
            query.setParameter("item" + i, "%," + items.get(i).replace("%", "").replace("_", "\\_") + ",%");
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The suggested answers of a scorecard on several interactions of a channel: id → item → answer. */
    @Transactional
    public Map<Long, Map<String, String>> answers(Channel channel, String scorecardKey, List<Long> ids) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        java.util.Set<Long> wanted = new java.util.HashSet<>(ids);
        for (long[] range : io.zhijian.platform.IdRanges.of(ids)) {
            entities.createNativeQuery("select interaction_id, suggestions from auto_qa_results where interaction_id "
                            + "between :low and :high and interaction_type = :type and scorecard_key = :key", Object[].class)
                    .setParameter("type", channel.name()).setParameter("key", scorecardKey).setParameter("low", range[0])
                    .setParameter("high", range[1]).getResultList().forEach(r -> {
                        Object[] row = (Object[]) r;
                        if (!wanted.contains(((Number) row[0]).longValue())) {
                            return;
                        }
                        Map<String, String> answers = new HashMap<>();
                        read((String) row[1]).forEach(s -> answers.put(s.itemKey(), s.answer()));
                        out.put(((Number) row[0]).longValue(), answers);
                    });
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<AutoQaEngine.Suggestion> read(String json) {
        try {
            return JSON.readValue(json, SUGGESTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
