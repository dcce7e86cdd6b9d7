package io.zhijian.identity;

/**
 * A user's roles, activity, password, lock, language or team (or its name) changed: what sign-ins and requests
 * remember of them is dropped after commit.
 */
public record UserChanged(String username) {
}
