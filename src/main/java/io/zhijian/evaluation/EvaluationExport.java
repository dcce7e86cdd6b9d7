package io.zhijian.evaluation;

import io.zhijian.identity.UserService;
import io.zhijian.identity.UserView;
import io.zhijian.platform.Messages;
import io.zhijian.platform.Pipeline;
import io.zhijian.scorecard.Scorecard;
import io.zhijian.scorecard.ScorecardService;
import io.zhijian.scorecard.ScoringEngine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filtered evaluations as XLSX, one row per evaluation with one column per scorecard item (its points, N/A where it
 * did not apply). Streamed: rows are read a thousand at a time and POI keeps only a window of them in memory, so the
 * heap does not grow with the number of rows.
 */
@ApplicationScoped
public class EvaluationExport {

    private static final List<String> FIXED = List.of("id", "channel", "interaction", "agent", "team", "inspector",
            "status", "created", "submitted", "scorecard", "version", "total", "critical");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    EvaluationService evaluations;

    @Inject
    ScorecardService scorecards;

    @Inject
    UserService users;

    @Inject
    java.time.Clock clock;

    /** The item columns: every item of the filtered scorecard (or of every scorecard), keyed by card and item. */
    private List<String[]> itemColumns(EvaluationService.Filter filter, String lang) {
        List<String[]> columns = new ArrayList<>();
        for (ScorecardService.Summary card : scorecards.list()) {
            if (card.latestVersion() == null || filter.scorecard() != null && !filter.scorecard().equals(card.key())) {
                continue;
            }
            Scorecard definition = scorecards.definition(card.key(), card.latestVersion());
            definition.sections().forEach(s -> s.items().forEach(i -> columns.add(new String[] {card.key(), i.key(),
                    card.names().in(lang) + " · " + i.names().in(lang)})));
        }
        return columns;
    }

    private static Cell cell(Row row, CellStyle style, int column) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    // Tens of thousands of rows may take more than the default 60 s.
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 900)
    public void write(EvaluationService.Filter filter, UserView viewer, String lang, OutputStream out) {
        EvaluationMessages m = Messages.bundle(EvaluationMessages.class, lang);
        List<String[]> items = itemColumns(filter, lang);
        Map<String, String> teams = users.teams();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SheetWriter sheet = new SheetWriter(workbook, m, items, teams, WHEN.withZone(clock.getZone()));
            // Two threads: this one (the transaction's) reads and scores the next thousand evaluations while the
            // writer puts the last thousand into the sheet; neither waits for the other's half of the work.
            try (Pipeline<List<EvaluationService.ExportRow>> pipeline = new Pipeline<>("evaluations-export",
                    2, sheet::rows)) {
                evaluations.forEachFiltered(filter, viewer, pipeline::put);
                pipeline.finish();
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet: its header at creation, then rows a chunk at a time (on the pipeline's thread only). */
    private static final class SheetWriter {
        private final Sheet sheet;
        private final EvaluationMessages m;
        private final Map<String, Integer> itemIndex = new HashMap<>();
        private final Map<String, String> teams;
        private final DateTimeFormatter when;
        // A cell without a style asks its column for one, a search through the column definitions per cell.
        private final CellStyle plain;
        // Each label rendered once, not once a row.
        private final Map<String, String> channels = new HashMap<>();
        private final Map<String, String> statuses = new HashMap<>();
        private int next = 1;

        SheetWriter(SXSSFWorkbook workbook, EvaluationMessages m, List<String[]> items, Map<String, String> teams,
                    DateTimeFormatter when) {
            this.m = m;
            this.teams = teams;
            this.when = when;
            sheet = workbook.createSheet(m.exportSheet());
            plain = workbook.getCellStyleAt(0);
            Row head = sheet.createRow(0);
            for (int c = 0; c < FIXED.size(); c++) {
                head.createCell(c).setCellValue(m.exportHeader(FIXED.get(c)));
            }
            for (int i = 0; i < items.size(); i++) {
                itemIndex.put(items.get(i)[0] + "/" + items.get(i)[1], FIXED.size() + i);
                head.createCell(FIXED.size() + i).setCellValue(items.get(i)[2]);
            }
            sheet.createFreezePane(1, 1);
        }

        void rows(List<EvaluationService.ExportRow> chunk) {
            for (EvaluationService.ExportRow e : chunk) {
                row(e);
            }
        }

        private void row(EvaluationService.ExportRow e) {
            Row row = sheet.createRow(next++);
            cell(row, plain, 0).setCellValue(e.id());
            cell(row, plain, 1).setCellValue(channels.computeIfAbsent(e.interactionType().name(), m::evChannel));
            if (e.interactionLabel() != null) {
                cell(row, plain, 2).setCellValue(e.interactionLabel());
            }
            if (e.agent() != null) {
                cell(row, plain, 3).setCellValue(e.agent());
                String team = teams.get(e.agent());
                if (team != null) {
                    cell(row, plain, 4).setCellValue(team);
                }
            }
            cell(row, plain, 5).setCellValue(e.evaluator());
            cell(row, plain, 6).setCellValue(statuses.computeIfAbsent(e.status().name(), m::evStatus));
            cell(row, plain, 7).setCellValue(when.format(e.createdAt()));
            if (e.submittedAt() != null) {
                cell(row, plain, 8).setCellValue(when.format(e.submittedAt()));
            }
            cell(row, plain, 9).setCellValue(e.scorecardKey());
            cell(row, plain, 10).setCellValue(e.scorecardVersion());
            if (e.total() != null) {
                cell(row, plain, 11).setCellValue(e.total());
            }
            ScoringEngine.Result result = e.breakdown();
            if (!result.criticalFailures().isEmpty()) {
                cell(row, plain, 12).setCellValue(String.join(", ", result.criticalFailures()));
            }
            for (ScoringEngine.SectionResult section : result.sections()) {
                for (ScoringEngine.ItemResult item : section.items()) {
                    Integer column = itemIndex.get(e.scorecardKey() + "/" + item.key());
                    if (column == null || item.answer() == null) {
                        continue;
                    }
                    if (item.applicable()) {
                        cell(row, plain, column).setCellValue(item.points());
                    } else {
                        cell(row, plain, column).setCellValue("N/A");
                    }
                }
            }
        }
    }
}
