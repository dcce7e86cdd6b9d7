package io.zhijian.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PiiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "13812345678|138****5678",
            "010-12345678|010-****5678",
            "+86 138 1234 5678|+86 1** **** 5678",
            "12345|***45",
            "95|95"})
    void phoneNumbersKeepAHint(String number, String masked) {
        assertEquals(masked, Pii.maskPhone(number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "我的电话是13812345678，谢谢|我的电话是138****5678，谢谢",
            "座机010-12345678或0755 87654321|座机010-****5678或075* ****4321",
            "身份证110101199003071234|身份证**************1234",
            "身份证11010119900307123X|身份证**************123X",
            "订单号 20260301123456789012 不是电话|订单号 20260301123456789012 不是电话",
            "工号 1234567 和 8 位 12345678|工号 1234567 和 8 位 12345678",
            "no numbers here|no numbers here"})
    void textLosesEveryPhoneAndIdNumber(String text, String masked) {
        assertEquals(masked, Pii.maskText(text));
    }

    @Test
    void nothingToMask() {
        assertNull(Pii.maskText(null));
        assertEquals("", Pii.maskText(""));
        assertNull(Pii.maskPhone(null));
    }
}
