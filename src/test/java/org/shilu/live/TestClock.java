package org.shilu.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand. */
public final class TestClock extends Clock {
    private static final ZoneId ZONE = ZoneOffset.ofHours(8);
    private volatile Instant now;

    public TestClock(LocalDateTime start) {
        now = start.atZone(ZONE).toInstant();
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
