package io.zhijian.platform;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded table (CSV in UTF-8 or GB18030 as Chinese Excel writes it, or the first sheet of an XLSX) into
 * rows keyed by column, with the file's line (row) numbers. Each import names its columns and the header texts
 * (English or Chinese) that mean them. Cells are read as the person who typed them sees them.
 */
public final class TableFile {

    private final Map<String, String> headers;
    private final String requiredColumn;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The format an upload says it is: {@code ?format=} when given, else from its Content-Type (XLSX or CSV). */
    public static String format(String format, String contentType) {
        return format != null ? format : contentType != null && contentType.startsWith(XLSX) ? "xlsx" : "csv";
    }

    /**
     * The uploaded file's rows, or a 400 saying what is wrong with the file as a whole (no body, an unknown format,
     * bytes that are no text, an unclosed quote, not a workbook, no rows); {@code missingColumn} names the required
     * column for the refusal of a file without it, given the headers that were not recognised.
     */
    public Parsed read(byte[] body, String format, java.util.function.Function<String, Problem.Text> missingColumn) {
        if (body == null || body.length == 0) {
            throw Problem.badRequest(AppMessages::fileBodyRequired);
        }
        Parsed parsed = switch (format == null ? "csv" : format.toLowerCase(Locale.ROOT)) {
            case "csv" -> csv(body);
            case "xlsx" -> xlsx(body);
            default -> throw Problem.invalid(Map.of("format", AppMessages::fileFormat));
        };
        String error = parsed.error();
        if (error == null) {
            return parsed;
        }
        String[] at = error.split(":");
        throw Problem.badRequest(error.startsWith("undecodable:") ? m -> m.fileUndecodable(Integer.parseInt(at[1]), at[2])
                : error.startsWith("unclosed-quote:") ? m -> m.fileUnclosedQuote(Integer.parseInt(at[1]))
                : error.equals("not-xlsx") ? AppMessages::fileNotXlsx
                : error.equals("missing-column") ? missingColumn.apply(String.join(", ", parsed.unknownHeaders()))
                : AppMessages::fileEmpty);
    }

    /** {@code headers}: header text (English names matched ignoring case) → column; the file must have {@code requiredColumn}. */
    public TableFile(Map<String, String> headers, String requiredColumn) {
        this.headers = Map.copyOf(headers);
        this.requiredColumn = requiredColumn;
    }

    /**
     * One data row: its line in the file (1 = header), its values by column, and the columns whose cell Excel
     * stored as a number too long to keep exactly (more than 15 significant digits).
     */
    public record Line(int line, Map<String, String> values, List<String> imprecise) {
    }

    /** The file's rows, or what is wrong with the file as a whole (empty, undecodable:line:charset, unclosed-quote:line, not-xlsx, missing-column). */
    public record Parsed(List<Line> lines, String error, List<String> unknownHeaders) {
    }

    public Parsed csv(byte[] bytes) {
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

    public Parsed xlsx(byte[] bytes) {
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
    public static String cell(Cell cell, DataFormatter formatter) {
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

    private Parsed rows(List<List<String>> records, List<Integer> lineNumbers,
                               List<java.util.Set<Integer>> impreciseCells) {
        if (records.isEmpty()) {
            return new Parsed(List.of(), "empty", List.of());
        }
        List<String> header = records.get(0);
        List<String> columns = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String h : header) {
            String name = h.replace("\uFEFF", "").trim();
            String column = headers.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                column = headers.get(name);
            }
            columns.add(column);
            if (column == null && !name.isEmpty()) {
                unknown.add(name);
            }
        }
        if (!columns.contains(requiredColumn)) {
            return new Parsed(List.of(), "missing-column", unknown);
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
