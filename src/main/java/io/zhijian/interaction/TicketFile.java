package io.zhijian.interaction;

import io.zhijian.platform.TableFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The columns of a ticket export and the English or Chinese headers that name them. */
final class TicketFile {

    static final List<String> COLUMNS = List.of("ticket_no", "type", "subtype", "responsible_unit",
            "customer_name", "customer_address", "customer_phone", "region", "content", "feedback", "created_at",
            "closed_at", "agent", "feedback_at");

    static final TableFile TABLE;

    static {
        Map<String, String> headers = new HashMap<>();
        COLUMNS.forEach(c -> headers.put(c, c));
        String[][] chinese = {{"工单号", "ticket_no"}, {"类型", "type"}, {"类型细分", "subtype"}, {"责任单位", "responsible_unit"},
                {"客户姓名", "customer_name"}, {"地址", "customer_address"}, {"联系电话", "customer_phone"},
                {"所属区域", "region"}, {"业务内容", "content"}, {"反馈内容", "feedback"}, {"创建时间", "created_at"},
                {"关闭时间", "closed_at"}, {"客服", "agent"}, {"客服代表", "agent"}, {"反馈时间", "feedback_at"}};
        for (String[] c : chinese) {
            headers.put(c[0], c[1]);
        }
        TABLE = new TableFile(headers, "ticket_no");
    }

    private TicketFile() {
    }
}
