package org.shilu.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What a publisher reported, in order, and a wait for a report (woken by each one, no polling). */
public final class Reports implements Consumer<TargetStatus> {
    private final List<TargetStatus> all = new ArrayList<>();

    @Override
    public synchronized void accept(TargetStatus status) {
        all.add(status);
        notifyAll();
    }

    public synchronized List<TargetStatus> all() {
        return List.copyOf(all);
    }

    public synchronized TargetStatus last() {
        return all.getLast();
    }

    /** The first report that {@code wanted} accepts, waiting for it up to {@code atMost}. */
    public synchronized TargetStatus await(Predicate<TargetStatus> wanted, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (true) {
            for (TargetStatus status : all) {
                if (wanted.test(status)) {
                    return status;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no such report in " + atMost.toSeconds() + " s: " + all);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    public synchronized String toString() {
        return all.toString();
    }
}
