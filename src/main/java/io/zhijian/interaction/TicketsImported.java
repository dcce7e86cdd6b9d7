package io.zhijian.interaction;

import java.util.List;

/** Fired after an import commits: the tickets created or updated (search indexes them). */
public record TicketsImported(List<Long> ticketIds) {
}
