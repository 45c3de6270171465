package org.shilu.publish;

/**
 * How a programme is published: the broadcast delay (a turn goes out this many seconds after its
 * commit), the approval gate (only approved turns go out), how often the page asks its feed for
 * news, how long changes are gathered before one upload, and whether the page marks its newest turn.
 */
public record PublishOptions(int delaySeconds, boolean approvalGate, int pollSeconds, int coalesceMillis,
                             boolean markNewest) {
    public static final PublishOptions DEFAULTS = new PublishOptions(0, false, 5, 1000, false);

    public PublishOptions {
        if (delaySeconds < 0 || delaySeconds > 3600) {
            throw new IllegalArgumentException("the delay must be 0 to 3600 seconds, not " + delaySeconds);
        }
        if (pollSeconds < 1 || pollSeconds > 600) {
            throw new IllegalArgumentException("the page's poll must be 1 to 600 seconds, not " + pollSeconds);
        }
        if (coalesceMillis < 0 || coalesceMillis > 60_000) {
            throw new IllegalArgumentException("changes are gathered for 0 to 60,000 ms, not " + coalesceMillis);
        }
    }

    public PublishOptions withDelaySeconds(int seconds) {
        return new PublishOptions(seconds, approvalGate, pollSeconds, coalesceMillis, markNewest);
    }

    public PublishOptions withApprovalGate(boolean gate) {
        return new PublishOptions(delaySeconds, gate, pollSeconds, coalesceMillis, markNewest);
    }

    public PublishOptions withPollSeconds(int seconds) {
        return new PublishOptions(delaySeconds, approvalGate, seconds, coalesceMillis, markNewest);
    }

    public PublishOptions withCoalesceMillis(int millis) {
        return new PublishOptions(delaySeconds, approvalGate, pollSeconds, millis, markNewest);
    }

    public PublishOptions withMarkNewest(boolean mark) {
        return new PublishOptions(delaySeconds, approvalGate, pollSeconds, coalesceMillis, mark);
    }
}
