package io.zhijian.training;

/** Escaping rules shared by the GIFT parser and writer. */
final class Gift {

    static final String SPECIALS = "~=#{}:";

    private Gift() {
    }

    /** Index of the first unescaped {@code c} at or after {@code from}, or -1. */
    static int find(String s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == c) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first unescaped occurrence of {@code token} at or after {@code from}, or -1. */
    static int find(String s, String token, int from) {
        for (int i = from; i <= s.length() - token.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (s.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last unescaped occurrence of {@code token}, or -1. */
    static int findLast(String s, String token) {
        int last = -1;
        for (int i = find(s, token, 0); i >= 0; i = find(s, token, i + 1)) {
            last = i;
        }
        return last;
    }

    /** A weight or value as GIFT writes it: 100, 33.33333, -50, 0.5. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == 'n') {
                    out.append('\n');
                    i++;
                    continue;
                }
                if (next == '\\' || SPECIALS.indexOf(next) >= 0) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            out.append(ch);
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                out.append("\\\\");
            } else if (ch == '\n') {
                out.append("\\n");
            } else if (ch == '\r') {
                continue;
            } else {
                if (SPECIALS.indexOf(ch) >= 0) {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }
}
