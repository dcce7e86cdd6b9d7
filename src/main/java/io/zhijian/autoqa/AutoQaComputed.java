package io.zhijian.autoqa;

import io.zhijian.scorecard.Scorecard.Channel;

import java.util.List;

/** Fired inside the transaction that replaced these interactions' auto-QA results (search re-indexes them). */
public record AutoQaComputed(Channel channel, List<Long> ids) {
}
