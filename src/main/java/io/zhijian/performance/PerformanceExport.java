package io.zhijian.performance;

import io.zhijian.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The KPI table and the month's assessment as XLSX, headed in the reader's language; numbers stay numbers. */
@ApplicationScoped
public class PerformanceExport {

    public static final String XLSX = io.zhijian.platform.TableFile.XLSX;

    byte[] kpis(KpiService.KpiTable table, String lang) {
        PerformanceMessages m = Messages.bundle(PerformanceMessages.class, lang);
        List<String> header = new ArrayList<>(List.of(m.colAgent(), m.colName(), m.colTeam()));
        Kpis.NAMES.forEach(k -> header.add(m.kpiName(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (KpiService.KpiRow r : table.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.agent(), r.displayName(), r.team() == null ? "" : r.team()));
            Kpis.NAMES.forEach(k -> row.add(value(r.kpis(), k)));
            rows.add(row);
        }
        return workbook(m.kpisSheet(table.period()), header, rows);
    }

    byte[] month(PerformanceService.MonthView month, String lang) {
        PerformanceMessages m = Messages.bundle(PerformanceMessages.class, lang);
        List<String> header = new ArrayList<>(List.of(m.colAgent(), m.colName(), m.colTeam()));
        Kpis.NAMES.forEach(k -> header.add(m.kpiName(k)));
        header.addAll(List.of(m.colEmployer(), m.colClient(), m.colTotal(), m.colBonus(), m.colAtRisk(),
                m.colAtRiskReasons(), m.colSignedOff(), m.colObjection(), m.colNote()));
        List<List<Object>> rows = new ArrayList<>();
        for (PerformanceService.Row r : month.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.agent(), r.displayName(), r.team() == null ? "" : r.team()));
            Kpis.NAMES.forEach(k -> row.add(value(r.kpis(), k)));
            row.add(r.employerScore());
            row.add(r.clientScore());
            row.add(r.total());
            row.add(r.bonus());
            row.add(r.atRisk() ? m.yes() : m.no());
            row.add(String.join("; ", r.atRiskReasons().stream().map(x -> PerformanceTexts.risk(m, x)).toList()));
            row.add(r.signedOff() ? m.yes() : m.no());
            row.add(r.objection() == null ? "" : r.objection());
            row.add(r.note() == null ? "" : r.note());
            rows.add(row);
        }
        return workbook(m.monthSheet(month.period()), header, rows);
    }

    private static Object value(Map<String, Kpis.Kpi> kpis, String name) {
        Kpis.Kpi kpi = kpis == null ? null : kpis.get(name);
        return kpi == null ? null : kpi.value();
    }

    private static byte[] workbook(String sheetName, List<String> header, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response download(byte[] bytes, String fileName) {
        return Response.ok(bytes, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName
                + "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)).build();
    }
}
