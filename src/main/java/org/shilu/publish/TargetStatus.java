package org.shilu.publish;

import java.time.LocalTime;

/**
 * How one target stands: live as of a time, an upload pending, failing and why, paused, or holding
 * back because another programme's page is there. {@code shown}, {@code held} and {@code waiting}
 * count the turns of the newest edition: out, held for approval, waiting out the delay.
 * {@code liveVersion} is the version of the edition on the target (0 before the first).
 */
public record TargetStatus(String target, State state, LocalTime liveAsOf, String reason, int shown, int held,
                           int waiting, long liveVersion) {
    public enum State { PENDING, LIVE, FAILING, PAUSED, OTHER_PROGRAMME }
}
