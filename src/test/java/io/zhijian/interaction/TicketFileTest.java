package io.zhijian.interaction;

import io.zhijian.platform.TableFile;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** XLSX cells are read as the person who typed them sees them, never as Excel's scientific display. */
class TicketFileTest {

    @Test
    void numbersDatesPhonesAndLeadingZerosAreReadAsTyped() throws Exception {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            String[] columns = {"ticket_no", "type", "created_at", "customer_phone", "region", "content"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var zeros = book.createCellStyle();
            zeros.setDataFormat(book.createDataFormat().getFormat("000000"));
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            Row twelve = sheet.createRow(1);
            twelve.createCell(0).setCellValue(202611200011d);
            twelve.createCell(1).setCellValue("协查");
            twelve.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 20, 9, 30));
            twelve.getCell(2).setCellStyle(date);
            twelve.createCell(3).setCellValue(13912345678d);
            twelve.createCell(4).setCellValue(10086d);
            twelve.getCell(4).setCellStyle(zeros);
            twelve.createCell(5).setCellFormula("\"快递\"&\"延误\"");

            Row other = sheet.createRow(2);
            other.createCell(0).setCellValue(202611200012d);
            other.createCell(1).setCellValue("直派");
            other.createCell(5).setCellValue(12.5);

            Row twenty = sheet.createRow(3);
            twenty.createCell(0).setCellValue(12345678901234567890d);
            twenty.createCell(1).setCellValue("协查");
            Row asText = sheet.createRow(4);
            asText.createCell(0).setCellValue("12345678901234567890");
            asText.createCell(1).setCellValue("协查");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            book.write(out);
            file = out.toByteArray();
        }
        TableFile.Parsed parsed = TicketFile.TABLE.xlsx(file);
        assertNull(parsed.error());
        List<TableFile.Line> lines = parsed.lines();
        assertEquals("202611200011", lines.get(0).values().get("ticket_no"), "never 2.02611E+11");
        assertEquals("202611200012", lines.get(1).values().get("ticket_no"), "two numbers stay two tickets");
        assertEquals("2026-11-20T09:30", lines.get(0).values().get("created_at"));
        assertEquals("13912345678", lines.get(0).values().get("customer_phone"));
        assertEquals("010086", lines.get(0).values().get("region"), "a format with leading zeros shows them");
        assertEquals("快递延误", lines.get(0).values().get("content"), "a formula is read as its result");
        assertEquals("12.5", lines.get(1).values().get("content"));
        assertEquals(List.of(), lines.get(0).imprecise());
        assertEquals(List.of("ticket_no"), lines.get(2).imprecise(), "Excel kept only 15 of the 20 digits");
        assertEquals("12345678901234567890", lines.get(3).values().get("ticket_no"));
        assertEquals(List.of(), lines.get(3).imprecise(), "typed as text, all 20 digits are there");
    }
}
