package io.zhijian.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextDecodingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String TEXT = "::开头语::接入后第一句应使用标准开头语。{TRUE}\n::禁语::不知道{FALSE}\n";

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        assertEquals(TEXT, TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text());
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        TextDecoding.Decoded decoded = TextDecoding.decode(bom);
        assertEquals(TEXT, decoded.text(), "the byte-order mark is not part of the text");
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void gb18030AndGbkAsExcelAndNotepadWriteThem() throws Exception {
        TextDecoding.Decoded decoded = TextDecoding.decode(TEXT.getBytes(GB18030));
        assertEquals(TEXT, decoded.text());
        assertEquals(GB18030, decoded.charset());
        assertEquals(TEXT, TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK"))).text());
    }

    @Test
    void utf16WithItsByteOrderMark() throws Exception {
        assertEquals(TEXT, TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_16)).text());
    }

    @Test
    void anXmlPrologSaysTheEncoding() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<quiz><question type=\"essay\"><name><text>投诉处理</text></name></question></quiz>";
        assertEquals(xml, TextDecoding.decode(xml.getBytes(Charset.forName("GBK"))).text());
        String declaredUtf8 = "<?xml version='1.0' encoding='UTF-8'?>\n<quiz>\n<x>投诉</x></quiz>";
        TextDecoding.Undecodable wrong = assertThrows(TextDecoding.Undecodable.class,
                () -> TextDecoding.decode(declaredUtf8.getBytes(GB18030)));
        assertEquals(3, wrong.line(), "declared UTF-8 but written in GB18030: refused at the first line that is not UTF-8");
        assertEquals("UTF-8", wrong.charset());
        assertThrows(TextDecoding.Undecodable.class,
                () -> TextDecoding.decode("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><quiz/>".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void oneStrayByteInUtf8IsReportedAtItsLineAndDoesNotFlipTheFile() {
        String csv = "ticket_no,type,content\nT-1,协查,快递员态度差\nT-2,协查,包裹破损\nT-3,直派,催促派送\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        int third = csv.substring(0, csv.indexOf("T-2")).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = concat(concat(java.util.Arrays.copyOf(bytes, third + 3), new byte[]{(byte) 0xFF}),
                java.util.Arrays.copyOfRange(bytes, third + 3, bytes.length));
        TextDecoding.Undecodable e = assertThrows(TextDecoding.Undecodable.class, () -> TextDecoding.decode(broken));
        assertEquals(3, e.line());
        assertEquals("UTF-8", e.charset());
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreRefusedWithTheirLine() {
        byte[] gb = "第一行\n第二行\n".getBytes(GB18030);
        // 0x81 0x20 is not a GB18030 sequence (a lead byte followed by a space)
        byte[] broken = concat(gb, new byte[]{(byte) 0x81, 0x20, '\n'});
        TextDecoding.Undecodable e = assertThrows(TextDecoding.Undecodable.class, () -> TextDecoding.decode(broken));
        assertEquals(3, e.line());
        assertEquals("GB18030", e.charset());
    }

    @Test
    void emptyAndPlainAscii() throws Exception {
        assertEquals("", TextDecoding.decode(new byte[0]).text());
        assertEquals("a,b\n1,2", TextDecoding.decode("a,b\n1,2".getBytes(StandardCharsets.US_ASCII)).text());
    }

    @Test
    void theMajorityRuleBehindUtf8WithStrayBytes() {
        assertEquals(true, TextDecoding.mostlyUtf8("投诉快递员".getBytes(StandardCharsets.UTF_8)));
        assertEquals(false, TextDecoding.mostlyUtf8("投诉快递员".getBytes(GB18030)));
        assertEquals(1, TextDecoding.lineAt("ab".getBytes(StandardCharsets.US_ASCII), 1));
        assertEquals(2, TextDecoding.lineAt("a\nb".getBytes(StandardCharsets.US_ASCII), 2));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
