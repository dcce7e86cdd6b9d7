package io.zhijian.performance;

import io.zhijian.platform.TableFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of an operational-data file (one row per agent per day) and their English or Chinese headers. */
final class OperationsFile {

    static final List<String> FLAGS = List.of("scheduled", "present", "on_time", "leave", "training");
    static final List<String> COUNTS = List.of("calls_offered", "calls_answered", "handle_seconds", "wait_seconds",
            "outbound_calls", "surveys", "satisfied");

    static final TableFile TABLE;

    static {
        Map<String, String> headers = new HashMap<>();
        headers.put("agent", "agent");
        headers.put("date", "date");
        FLAGS.forEach(c -> headers.put(c, c));
        COUNTS.forEach(c -> headers.put(c, c));
        String[][] chinese = {{"客服代表", "agent"}, {"日期", "date"}, {"应出勤", "scheduled"}, {"出勤", "present"},
                {"准时", "on_time"}, {"请假", "leave"}, {"培训", "training"}, {"系统接入电话数", "calls_offered"},
                {"接听量", "calls_answered"}, {"处理时长", "handle_seconds"}, {"等待时长", "wait_seconds"},
                {"外呼量", "outbound_calls"}, {"评价数", "surveys"}, {"满意数", "satisfied"}};
        for (String[] c : chinese) {
            headers.put(c[0], c[1]);
        }
        TABLE = new TableFile(headers, "agent");
    }

    private OperationsFile() {
    }
}
