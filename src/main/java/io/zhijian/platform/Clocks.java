package io.zhijian.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of time: services take "now" from the injected {@link Clock}, so tests can move time (a
 * deadline passing, a dispute window closing) instead of sleeping.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
