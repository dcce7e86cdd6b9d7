package io.zhijian.training;

import io.zhijian.platform.Problem;

/** One problem in a question-bank file: its line, a stable code, and the message in the reader's language. */
public record GiftError(int line, String code, Problem.Text text) {
}
