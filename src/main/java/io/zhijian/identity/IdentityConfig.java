package io.zhijian.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "zhijian.identity")
public interface IdentityConfig {

    /** Failed logins in a row that lock an account. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked account stays locked (an admin can unlock earlier). */
    @WithDefault("PT5M")
    Duration lockDuration();

    /** Minimum length of a password set by an admin. */
    @WithDefault("8")
    int minPasswordLength();
}
