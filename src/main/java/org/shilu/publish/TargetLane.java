package org.shilu.publish;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One target's uploads, on a thread of its own: one at a time, always the newest edition offered,
 * retried with growing pauses while the target fails. Before its first upload it reads the feed
 * there, and holds back if it belongs to another programme until the user agrees to replace it.
 */
final class TargetLane {
    private final PublishTarget target;
    private final String programme;
    private final long mostBackoffMillis;
    private final Consumer<TargetStatus> report;
    private final ScheduledExecutorService thread;
    private Edition waiting;
    private Edition newest;
    private boolean busy;
    private boolean paused;
    private boolean closed;
    private boolean ownerChecked;
    private boolean overwriteAllowed;
    private boolean lastLive;
    private long liveVersion;
    private java.time.LocalTime liveAsOf;
    private int failures;
    private ScheduledFuture<?> retry;

    TargetLane(PublishTarget target, String programme, long mostBackoffMillis, Consumer<TargetStatus> report) {
        this.target = target;
        this.programme = programme;
        this.mostBackoffMillis = mostBackoffMillis;
        this.report = report;
        this.thread = daemon("shilu-publish " + target.describe());
    }

    static ScheduledExecutorService daemon(String name) {
        return Executors.newSingleThreadScheduledExecutor(work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    String describe() {
        return target.describe();
    }

    /** The feed on the target now, read on the lane's thread; null when there is none or it cannot be read. */
    Feed remoteFeed() {
        try {
            return thread.submit(() -> Feed.parse(target.read(Editions.FEED).orElse(null))).get();
        } catch (ExecutionException | java.util.concurrent.RejectedExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    synchronized void offer(Edition edition) {
        waiting = edition;
        newest = edition;
        status(paused ? TargetStatus.State.PAUSED : TargetStatus.State.PENDING, null);
        start(0);
    }

    synchronized void pause(boolean pause) {
        paused = pause;
        if (pause) {
            status(TargetStatus.State.PAUSED, null);
        } else {
            if (waiting != null) {
                status(TargetStatus.State.PENDING, null);
            } else if (lastLive) {
                status(TargetStatus.State.LIVE, null);
            }
            start(0);
        }
    }

    synchronized void retryNow() {
        if (retry != null && retry.cancel(false)) {
            retry = null;
            busy = false;
        }
        start(0);
    }

    synchronized void allowOverwrite() {
        overwriteAllowed = true;
        start(0);
    }

    /** Whether nothing is waiting to go: the newest edition is out, or failed and waits for its retry. */
    synchronized boolean settled() {
        return retry != null || paused || (!busy && (waiting == null || !ownerCheckPassed()));
    }

    synchronized boolean live() {
        return waiting == null && lastLive;
    }

    synchronized void fail(String reason) {
        lastLive = false;
        status(TargetStatus.State.FAILING, reason);
    }

    private boolean ownerCheckPassed() {
        return ownerChecked || overwriteAllowed;
    }

    private void start(long delayMillis) {
        if (busy || paused || closed || waiting == null) {
            return;
        }
        busy = true;
        thread.schedule(this::upload, delayMillis, TimeUnit.MILLISECONDS);
    }

    private void upload() {
        Edition edition;
        synchronized (this) {
            retry = null;
            edition = waiting;
            waiting = null;
            if (edition == null || paused || closed) {
                waiting = edition;
                busy = false;
                return;
            }
        }
        try {
            if (!ownerCheckPassed()) {
                Feed there = Feed.parse(target.read(Editions.FEED).orElse(null));
                if (there != null && !programme.equals(there.programme()) && !overwriteAllowed) {
                    synchronized (this) {
                        waiting = waiting == null ? edition : waiting;
                        busy = false;
                        status(TargetStatus.State.OTHER_PROGRAMME, there.title());
                    }
                    return;
                }
                ownerChecked = true;
            }
            for (PublishedFile file : edition.files()) {
                target.put(file);
            }
            synchronized (this) {
                failures = 0;
                lastLive = true;
                busy = false;
                liveVersion = edition.version();
                liveAsOf = Publisher.clockNow();
                // Live as of now, even when a newer edition already waits: readers have this one.
                status(paused ? TargetStatus.State.PAUSED : TargetStatus.State.LIVE, null);
                start(0);
            }
        } catch (Exception e) {
            target.close(); // the next try connects afresh
            synchronized (this) {
                failures++;
                lastLive = false;
                waiting = waiting == null ? edition : waiting;
                busy = false;
                status(TargetStatus.State.FAILING, Problems.describe(e));
                long pause = Math.min(mostBackoffMillis, 500L << Math.min(failures - 1, 10));
                if (!closed) {
                    busy = true;
                    retry = thread.schedule(this::upload, pause, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void status(TargetStatus.State state, String reason) {
        Edition shown = newest;
        report.accept(new TargetStatus(target.describe(), state, liveAsOf, reason,
                shown == null ? 0 : shown.shown(), shown == null ? 0 : shown.held(), shown == null ? 0 : shown.waiting(),
                liveVersion));
    }

    void close() {
        synchronized (this) {
            closed = true;
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        target.close();
    }
}
