package io.zhijian.interaction;

import io.zhijian.platform.TextDecoding;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a ticket export (CSV in UTF-8 or GB18030 as Chinese Excel writes it, or XLSX) into rows keyed by
 * column, with the file's line (row) numbers. Headers may be English or Chinese.
 */
public final class TicketFile {

    public static final List<String> COLUMNS = List.of("ticket_no", "type", "subtype", "responsible_unit",
            "customer_name", "customer_address", "customer_phone", "region", "content", "feedback", "created_at",
            "closed_at", "agent");

    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        COLUMNS.forEach(c -> HEADERS.put(c, c));
        String[][] chinese = {{"工单号", "ticket_no"}, {"类型", "type"}, {"类型细分", "subtype"}, {"责任单位", "responsible_unit"},
                {"客户姓名", "customer_name"}, {"地址", "customer_address"}, {"联系电话", "customer_phone"},
                {"所属区域", "region"}, {"业务内容", "content"}, {"反馈内容", "feedback"}, {"创建时间", "created_at"},
                {"关闭时间", "closed_at"}, {"客服", "agent"}, {"客服代表", "agent"}};
        for (String[] c : chinese) {
            HEADERS.put(c[0], c[1]);
        }
    }

    /**
     * One data row: its line in the file (1 = header), its values by column, and the columns whose cell Excel
     * stored as a number too long to keep exactly (more than 15 significant digits).
     */
    public record Line(int line, Map<String, String> values, List<String> imprecise) {
    }

    /** The file's rows, or what is wrong with the file as a whole. */
    public record Parsed(List<Line> lines, String error, List<String> unknownHeaders) {
    }

    private TicketFile() {
    }

    public static Parsed csv(byte[] bytes) {
        String text;
        try {
            text = TextDecoding.decode(bytes).text();
        } catch (TextDecoding.Undecodable e) {
            return new Parsed(List.of(), "undecodable:" + e.line() + ":" + e.charset(), List.of());
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lineNumbers.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return new Parsed(List.of(), "unclosed-quote:" + recordLine, List.of());
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            lineNumbers.add(recordLine);
        }
        return rows(records, lineNumbers, null);
    }

    public static Parsed xlsx(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>();
            List<java.util.Set<Integer>> impreciseCells = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                java.util.Set<Integer> imprecise = new java.util.HashSet<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    values.add(cell(row.getCell(c), formatter));
                    if (imprecise(row.getCell(c))) {
                        imprecise.add(c);
                    }
                }
                records.add(values);
                lineNumbers.add(row.getRowNum() + 1);
                impreciseCells.add(imprecise);
            }
            return rows(records, lineNumbers, impreciseCells);
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), "not-xlsx", List.of());
        }
    }

    /**
     * A cell as the person who typed it reads it: a number in the "General" format in full (Excel shows a
     * 12-digit ticket number as 2.02611E+11 only for want of column width), a number with a format of its own
     * (leading zeros, say) as that format shows it, a date as an ISO date-time, a formula as its last result.
     */
    static String cell(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return type == CellType.STRING ? cell.getRichStringCellValue().getString()
                    : type == CellType.BOOLEAN ? String.valueOf(cell.getBooleanCellValue()) : "";
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toString();
        }
        String format = cell.getCellStyle() == null ? "General" : cell.getCellStyle().getDataFormatString();
        if (format == null || "General".equalsIgnoreCase(format) || "@".equals(format)) {
            return new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    /** Excel keeps 15 significant digits: a longer whole number in a numeric cell has already lost its tail. */
    static boolean imprecise(Cell cell) {
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                && Math.abs(cell.getNumericCellValue()) >= 1e15;
    }

    private static Parsed rows(List<List<String>> records, List<Integer> lineNumbers,
                               List<java.util.Set<Integer>> impreciseCells) {
        if (records.isEmpty()) {
            return new Parsed(List.of(), "empty", List.of());
        }
        List<String> header = records.get(0);
        List<String> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String h : header) {
            String name = h.replace("\uFEFF", "").trim();
            String column = HEADERS.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                column = HEADERS.get(name);
            }
            columns.add(column);
            if (column == null && !name.isEmpty()) {
                unknown.add(name);
            }
        }
        if (!columns.contains("ticket_no")) {
            return new Parsed(List.of(), "no-ticket-no", unknown);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            List<String> imprecise = new ArrayList<>();
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                if (columns.get(c) != null) {
                    row.put(columns.get(c), values.get(c).trim());
                    if (impreciseCells != null && impreciseCells.get(r).contains(c)) {
                        imprecise.add(columns.get(c));
                    }
                }
            }
            lines.add(new Line(lineNumbers.get(r), row, imprecise));
        }
        return new Parsed(lines, null, unknown);
    }
}
