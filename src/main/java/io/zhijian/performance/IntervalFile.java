package io.zhijian.performance;

import io.zhijian.platform.TableFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of an interval report (calls per half hour) and the English or Chinese headers that name them. */
final class IntervalFile {

    static final List<String> COUNTS = List.of("offered", "answered", "answered_in_threshold", "abandoned");

    static final TableFile TABLE;

    static {
        Map<String, String> headers = new HashMap<>();
        headers.put("date", "date");
        headers.put("start", "start");
        COUNTS.forEach(c -> headers.put(c, c));
        String[][] chinese = {{"日期", "date"}, {"时段", "start"}, {"呼入量", "offered"}, {"接听量", "answered"},
                {"及时接听量", "answered_in_threshold"}, {"放弃量", "abandoned"}};
        for (String[] c : chinese) {
            headers.put(c[0], c[1]);
        }
        TABLE = new TableFile(headers, "date");
    }

    private IntervalFile() {
    }
}
