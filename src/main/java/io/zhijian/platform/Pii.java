package io.zhijian.platform;

/** Masks personal data where people only need a hint: phone numbers keep their first 3 and last 4 digits. */
public final class Pii {

    /** 18-digit resident ID numbers (last character may be X), 11-digit mobiles, landlines with area code. */
    private static final java.util.regex.Pattern IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![0-9])(?:[1-9][0-9]{16}[0-9Xx]|1[3-9][0-9]{9}|0[1-9][0-9]{1,2}[- ]?[0-9]{7,8})(?![0-9])");

    private static final java.util.regex.Pattern PHONE_NUMBER = java.util.regex.Pattern.compile("[0-9+][0-9 ()+-]{2,38}");

    private Pii() {
    }

    /** Digits with the usual separators (+, spaces, dashes, brackets): what a phone number field may hold. */
    public static boolean isPhoneNumber(String text) {
        return text != null && PHONE_NUMBER.matcher(text).matches();
    }

    /**
     * Free text with every phone and ID number masked (ID numbers keep their last 4 characters only),
     * so that text can be indexed and shown without them.
     */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        java.util.regex.Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String found = m.group();
            String masked = found.length() == 18 ? "*".repeat(14) + found.substring(14) : maskPhone(found);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last 2 digits. */
    public static String maskPhone(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        int digits = (int) number.chars().filter(Character::isDigit).count();
        int keepHead = digits >= 8 ? 3 : 0;
        int keepTail = digits >= 8 ? 4 : Math.min(2, digits);
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (char c : number.toCharArray()) {
            if (!Character.isDigit(c)) {
                out.append(c);
                continue;
            }
            seen++;
            out.append(seen <= keepHead || seen > digits - keepTail ? c : '*');
        }
        return out.toString();
    }
}
