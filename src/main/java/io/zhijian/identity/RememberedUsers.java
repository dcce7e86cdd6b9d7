package io.zhijian.identity;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Something remembered per user so a signed-in request needs no database read of its own, each entry dropped
 * when a change to its user commits ({@link UserChanged}). Drops are counted: a value read from the database
 * while one happened is not remembered (take {@link #version} before the read, give it to {@link #put} after).
 */
final class RememberedUsers<V> {

    private final Map<String, V> values = new ConcurrentHashMap<>();
    private final AtomicLong drops = new AtomicLong();

    Optional<V> get(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(values.get(username));
    }

    long version() {
        return drops.get();
    }

    void put(String username, V value, long version) {
        if (drops.get() == version) {
            values.put(username, value);
        }
    }

    void forget(String username) {
        drops.incrementAndGet();
        values.remove(username);
    }
}
