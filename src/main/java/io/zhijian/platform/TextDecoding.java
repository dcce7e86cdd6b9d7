package io.zhijian.platform;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an uploaded text file (GIFT, Aiken, Moodle XML, CSV) by what it is, never by guesswork that stores
 * replacement characters: a byte-order mark decides first, then an XML prolog's {@code encoding}, then UTF-8 if
 * the bytes are UTF-8, else GB18030 (what Excel and Notepad write on Chinese Windows; GBK is a subset). A file
 * that is UTF-8 but for a few stray bytes stays UTF-8 and is refused at the line of the first bad byte.
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The text and the character set it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    /** Bytes that are not text in the file's encoding, at a 1-based line. */
    public static final class Undecodable extends Exception {
        private final int line;
        private final String charset;

        Undecodable(int line, String charset) {
            super("bytes that are not " + charset + " text at line " + line);
            this.line = line;
            this.charset = charset;
        }

        public int line() {
            return line;
        }

        /** The encoding the file was read in (or declared), e.g. UTF-8. */
        public String charset() {
            return charset;
        }
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) throws Undecodable {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = xmlDeclared(bytes);
        if (declared != null) {
            return strict(bytes, 0, declared);
        }
        int utf8Error = firstError(bytes, 0, StandardCharsets.UTF_8);
        if (utf8Error < 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (mostlyUtf8(bytes)) {
            throw new Undecodable(lineAt(bytes, utf8Error), "UTF-8");
        }
        return strict(bytes, 0, GB18030);
    }

    private static Decoded strict(byte[] bytes, int from, Charset charset) throws Undecodable {
        int error = firstError(bytes, from, charset);
        if (error >= 0) {
            throw new Undecodable(lineAt(bytes, error), charset.name());
        }
        return new Decoded(new String(bytes, from, bytes.length - from, charset), charset);
    }

    /** The offset of the first byte that does not decode, or -1. */
    static int firstError(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            result = decoder.flush(out);
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            return result.isError() ? in.position() : -1;
        }
    }

    /**
     * More well-formed multi-byte UTF-8 sequences than bytes that break the rules: GB18030 Chinese text almost
     * never forms a valid three-byte UTF-8 sequence, so a Chinese file in GB18030 counts nearly all errors.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return valid > invalid;
    }

    private static Charset xmlDeclared(byte[] bytes) throws Undecodable {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Undecodable(1, m.group(1));
        }
    }

    static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
