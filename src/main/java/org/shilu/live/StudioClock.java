package org.shilu.live;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The studio's time: the system clock plus an offset, because the studio clock the audience hears
 * is not always the computer's. Times are whole seconds, as the page prints them.
 */
public final class StudioClock {
    private static final long HALF_DAY_SECONDS = Duration.ofHours(12).toSeconds();
    private final Clock system;
    private volatile Duration offset;

    public StudioClock(Clock system, Duration offset) {
        this.system = Objects.requireNonNull(system, "system");
        this.offset = Objects.requireNonNull(offset, "offset");
    }

    public static StudioClock systemClock() {
        return new StudioClock(Clock.systemDefaultZone(), Duration.ZERO);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(system).plus(offset).truncatedTo(ChronoUnit.SECONDS);
    }

    /** How far the studio clock is ahead of the system clock (negative: behind). */
    public Duration offset() {
        return offset;
    }

    public void setOffset(Duration newOffset) {
        offset = Objects.requireNonNull(newOffset, "newOffset");
    }

    /** Sets the offset from the studio's time of day as read off its clock, the nearer way round midnight. */
    public void setStudioTime(LocalTime studioNow) {
        long seconds = Duration.between(LocalTime.now(system).truncatedTo(ChronoUnit.SECONDS), studioNow).toSeconds();
        if (seconds > HALF_DAY_SECONDS) {
            seconds -= 2 * HALF_DAY_SECONDS;
        } else if (seconds < -HALF_DAY_SECONDS) {
            seconds += 2 * HALF_DAY_SECONDS;
        }
        offset = Duration.ofSeconds(seconds);
    }
}
