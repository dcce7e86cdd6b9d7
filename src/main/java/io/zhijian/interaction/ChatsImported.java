package io.zhijian.interaction;

import java.util.List;

/** Fired after a chat import commits: the conversations created or updated (search indexes them). */
public record ChatsImported(List<Long> chatIds) {
}
