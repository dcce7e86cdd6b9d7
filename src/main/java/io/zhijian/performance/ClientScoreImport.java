package io.zhijian.performance;

import io.zhijian.identity.Role;
import io.zhijian.identity.UserService;
import io.zhijian.platform.Messages;
import io.zhijian.platform.TableFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** The client's scores (用工单位评分) for a month from the client's spreadsheet: each good row entered, bad rows reported. */
@ApplicationScoped
class ClientScoreImport {

    private static final TableFile TABLE = new TableFile(Map.of("agent", "agent", "客服代表", "agent",
            "client_score", "client_score", "clientscore", "client_score", "用工单位评分", "client_score",
            "note", "note", "备注", "note"), "agent");

    @Inject
    PerformanceService performance;

    @Inject
    UserService users;

    @Transactional
    OperationsService.ImportReport importFile(YearMonth month, byte[] body, String format, String actor, String lang) {
        TableFile.Parsed parsed = TABLE.read(body, format,
                unknown -> PerformanceTexts.text(x -> x.clientFileUnreadable(unknown)));
        PerformanceMessages m = Messages.bundle(PerformanceMessages.class, lang);
        Set<String> agents = new HashSet<>();
        users.list().stream().filter(u -> u.roles().contains(Role.AGENT)).forEach(u -> agents.add(u.username()));
        Map<String, Integer> seen = new HashMap<>();
        List<OperationsService.Rejected> rejected = new ArrayList<>();
        int imported = 0;
        int updated = 0;
        for (TableFile.Line line : parsed.lines()) {
            String agent = line.values().getOrDefault("agent", "").trim();
            String text = line.values().getOrDefault("client_score", "").trim();
            Integer first = seen.putIfAbsent(agent, line.line());
            if (first != null) {
                rejected.add(new OperationsService.Rejected(line.line(), m.opsDuplicate(first)));
                continue;
            }
            Double score;
            try {
                score = Double.valueOf(text);
            } catch (NumberFormatException e) {
                rejected.add(new OperationsService.Rejected(line.line(), m.scoreRange()));
                continue;
            }
            // Checked here, not left to store(): a refusal thrown inside the transaction would roll back every row.
            if (!agents.contains(agent)) {
                rejected.add(new OperationsService.Rejected(line.line(), m.opsUnknownAgent(agent)));
                continue;
            }
            if (score.isNaN() || score < 0 || score > 100) {
                rejected.add(new OperationsService.Rejected(line.line(), m.scoreRange()));
                continue;
            }
            String note = line.values().get("note");
            if (note != null && note.length() > 2000) {
                rejected.add(new OperationsService.Rejected(line.line(), m.noteTooLong(2000)));
                continue;
            }
            boolean had = performance.hasClientScore(month, agent);
            performance.store(month, agent, new PerformanceService.Scores(null, false, score, true,
                    note == null || note.isBlank() ? null : note), actor);
            if (had) {
                updated++;
            } else {
                imported++;
            }
        }
        return new OperationsService.ImportReport(imported, updated, rejected);
    }
}
