package io.zhijian.identity;

/** A user's roles, activity, password or lock changed: what sign-ins remember of them is dropped after commit. */
public record UserChanged(String username) {
}
