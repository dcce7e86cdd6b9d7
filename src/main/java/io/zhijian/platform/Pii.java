package io.zhijian.platform;

/** Masks personal data where people only need a hint: phone numbers keep their first 3 and last 4 digits. */
public final class Pii {

    private Pii() {
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
