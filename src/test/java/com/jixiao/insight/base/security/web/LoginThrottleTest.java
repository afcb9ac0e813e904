package com.jixiao.insight.base.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresLockTheAccountUntilTheyAreFifteenMinutesOld() {
        Hand clock = new Hand();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("Admin");
        }
        assertThat(throttle.isLocked("admin")).isFalse();
        throttle.failed("admin ");
        assertThat(throttle.isLocked("ADMIN"))
                .as("case and spaces do not dodge the count")
                .isTrue();
        assertThat(throttle.isLocked("analyst")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("admin")).isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(throttle.isLocked("admin")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(new Hand());
        for (int i = 0; i < 4; i++) {
            throttle.failed("viewer");
        }
        throttle.succeeded("viewer");
        throttle.failed("viewer");
        assertThat(throttle.isLocked("viewer")).isFalse();
    }
}
