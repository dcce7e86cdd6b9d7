package io.zhijian.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: real time plus an offset a test moves (a deadline passing, a dispute window
 * closing) instead of sleeping. A test that moves it puts it back ({@link #reset}) so the next one starts on time.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    /** Moves the application's time forward (or back, with a negative duration). */
    public static void advance(Duration by) {
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    /** The application's "now". */
    public static Instant now() {
        return Instant.now().plus(OFFSET.get());
    }

    @Override
    public Instant instant() {
        return now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), OFFSET.get());
    }
}
