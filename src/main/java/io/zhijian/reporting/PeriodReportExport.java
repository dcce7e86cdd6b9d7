package io.zhijian.reporting;

import io.zhijian.performance.Kpis;
import io.zhijian.performance.PerformanceMessages;
import io.zhijian.platform.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A period report as a workbook: the teams on one sheet, the agents on another; each figure of this period beside the
 * previous one and the change, then (monthly) the KPIs. A few hundred rows: written in memory.
 */
final class PeriodReportExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /** A figure with the change column or not, and how it is read from the figures and the change. */
    private record Column(String name, Function<PeriodReports.Figures, Object> value,
                          Function<PeriodReports.Change, Object> change) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("evaluations", PeriodReports.Figures::evaluations, PeriodReports.Change::evaluations),
            new Column("meanScore", PeriodReports.Figures::meanScore, PeriodReports.Change::meanScore),
            new Column("criticalFailures", PeriodReports.Figures::criticalFailures, PeriodReports.Change::criticalFailures),
            new Column("disputes", PeriodReports.Figures::disputes, PeriodReports.Change::disputes),
            new Column("disputesAmended", PeriodReports.Figures::disputesAmended, null),
            new Column("examsTaken", PeriodReports.Figures::examsTaken, null),
            new Column("examsPassed", PeriodReports.Figures::examsPassed, null),
            new Column("examPassRate", PeriodReports.Figures::examPassRate, PeriodReports.Change::examPassRate));

    private PeriodReportExport() {
    }

    static void write(PeriodReports.Report report, String lang, OutputStream out) throws IOException {
        ReportingMessages m = Messages.bundle(ReportingMessages.class, lang);
        PerformanceMessages perf = Messages.bundle(PerformanceMessages.class, lang);
        boolean monthly = "monthly".equals(report.kind());
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet teams = book.createSheet(m.sheetTeams());
            int r = title(teams, report, m);
            header(teams.createRow(r++), List.of(m.colTeam()), report, monthly, m, perf);
            if (report.total() != null) {
                r = line(teams, r, List.of(m.colAll()), report.total(), monthly);
            }
            for (PeriodReports.Line line : report.teams()) {
                r = line(teams, r, List.of(line.team()), line, monthly);
            }
            Sheet agents = book.createSheet(m.sheetAgents());
            r = title(agents, report, m);
            header(agents.createRow(r++), List.of(m.colAgent(), m.colName(), m.colTeam()), report, monthly, m, perf);
            for (PeriodReports.Line line : report.agents()) {
                r = line(agents, r, List.of(line.agent(), line.displayName() == null ? "" : line.displayName(),
                        line.team() == null ? "" : line.team()), line, monthly);
            }
            book.write(out);
        }
    }

    private static int title(Sheet sheet, PeriodReports.Report report, ReportingMessages m) {
        sheet.createRow(0).createCell(0).setCellValue(m.reportTitle(report.kind(), report.period().label()) + " · "
                + m.generatedAt(WHEN.format(report.generatedAt())));
        return 2;
    }

    private static void header(Row row, List<String> keys, PeriodReports.Report report, boolean monthly,
                               ReportingMessages m, PerformanceMessages perf) {
        List<String> names = new ArrayList<>(keys);
        for (Column c : COLUMNS) {
            String figure = m.figure(c.name());
            names.add(m.ofPeriod(figure, report.period().label()));
            names.add(m.ofPeriod(figure, report.previous().label()));
            if (c.change() != null) {
                names.add(m.changeOf(figure));
            }
        }
        if (monthly) {
            for (String kpi : Kpis.NAMES) {
                names.add(m.ofPeriod(perf.kpiName(kpi), report.period().label()));
                names.add(m.ofPeriod(perf.kpiName(kpi), report.previous().label()));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    private static int line(Sheet sheet, int r, List<String> keys, PeriodReports.Line line, boolean monthly) {
        Row row = sheet.createRow(r);
        int c = 0;
        for (String key : keys) {
            row.createCell(c++).setCellValue(key);
        }
        for (Column column : COLUMNS) {
            set(row.createCell(c++), column.value().apply(line.current()));
            set(row.createCell(c++), column.value().apply(line.previous()));
            if (column.change() != null) {
                set(row.createCell(c++), column.change().apply(line.change()));
            }
        }
        if (monthly) {
            for (String kpi : Kpis.NAMES) {
                set(row.createCell(c++), line.current().kpis().get(kpi));
                set(row.createCell(c++), line.previous().kpis().get(kpi));
            }
        }
        return r + 1;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
