package io.zhijian.transcription;

import io.zhijian.platform.Messages;
import io.zhijian.platform.Problem;

/** A recording the platform cannot read, with the reason in the reader's language. */
public class InvalidAudio extends Exception {

    /** Stable reason codes (tests and the API's {@code reason} field rely on them). */
    public enum Reason { EMPTY, NOT_WAV, MP3, TRUNCATED, UNSUPPORTED_ENCODING, UNSUPPORTED_CHANNELS, UNSUPPORTED_RATE,
        BAD_HEADER, TOO_LARGE }

    private final Reason reason;
    private final transient Problem.Text text;

    InvalidAudio(Reason reason, Problem.Text text) {
        super(reason.name());
        this.reason = reason;
        this.text = text;
    }

    public Reason reason() {
        return reason;
    }

    public Problem.Text text() {
        return text;
    }

    /** The reason in English, for records kept in the database (job errors). */
    @Override
    public String getMessage() {
        return text.apply(Messages.of("en"));
    }

    public Problem toProblem() {
        int status = switch (reason) {
            case TOO_LARGE -> 413;
            case MP3, UNSUPPORTED_ENCODING, UNSUPPORTED_CHANNELS, UNSUPPORTED_RATE -> 415;
            default -> 400;
        };
        return Problem.of(status, text, java.util.Map.of("reason", reason.name()));
    }

    static InvalidAudio of(Reason reason, Problem.Text text) {
        return new InvalidAudio(reason, text);
    }
}
