package io.zhijian.scorecard;

import io.zhijian.platform.Problem;

/**
 * One thing wrong with a scorecard file, located by its path in the document
 * (e.g. {@code sections[1].items[3].levels[0]}). {@code code} is stable for tests and tools;
 * {@code text} is the message in the reader's language.
 */
public record SchemaError(String path, String code, Problem.Text text) {
}
