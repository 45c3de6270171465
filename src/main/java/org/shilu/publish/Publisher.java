package org.shilu.publish;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.shilu.format.Project;

/**
 * Publishes a programme live to its targets while it is typed. {@link #changed} may be called on
 * any thread and returns at once: changes within {@code coalesceMillis} go out as one edition, made
 * on the publisher's own thread; each target uploads on a thread of its own, one upload at a time,
 * always the newest edition, and retries with backoff while it fails. Nothing here runs on the
 * caller's thread but taking the project, and status reports are handed to {@code reportOn}.
 */
public final class Publisher implements AutoCloseable {
    private static final long MOST_BACKOFF_MILLIS = 10_000;

    private final Editions editions;
    private final List<TargetLane> lanes;
    private final ScheduledExecutorService builder;
    private final Supplier<LocalDateTime> studioNow;
    private final int coalesceMillis;
    private final Executor reportOn;
    private volatile Consumer<Edition> onEdition = edition -> { };
    private volatile Project latest;
    private boolean buildScheduled;
    private boolean building;
    private boolean closed;
    private long lastBuildNanos = System.nanoTime() - TimeUnit.DAYS.toNanos(1);
    private ScheduledFuture<?> dueBuild;
    private long lastVersion;
    private boolean continued;

    public Publisher(Editions editions, PublishOptions options, List<PublishTarget> targets,
                     Supplier<LocalDateTime> studioNow, Executor reportOn, Consumer<TargetStatus> report) {
        this.editions = editions;
        this.studioNow = studioNow;
        this.coalesceMillis = options.coalesceMillis();
        this.reportOn = reportOn;
        this.builder = TargetLane.daemon("shilu-publish");
        this.lanes = targets.stream().map(target -> new TargetLane(target, editions.programme(), MOST_BACKOFF_MILLIS,
                status -> reportOn.execute(() -> report.accept(status)))).toList();
    }

    /** Told (on the report thread) of each edition made, before it is uploaded. */
    public void onEdition(Consumer<Edition> listener) {
        onEdition = listener;
    }

    /** The user agreed to replace whatever page is on every target (the programme was saved under a new name). */
    public void overwriteEverywhere() {
        lanes.forEach(TargetLane::allowOverwrite);
    }

    /** The programme changed: its newest state goes out after the gathering time, the newest winning. */
    public void changed(Project project) {
        latest = project;
        schedule(false);
    }

    /** Makes and sends an edition now, and retries failing targets at once. */
    public void publishNow() {
        schedule(true);
        lanes.forEach(TargetLane::retryNow);
    }

    /** Stops uploading (editions are still made, and the newest goes out on {@link #resume}). */
    public void pause() {
        lanes.forEach(lane -> lane.pause(true));
    }

    public void resume() {
        lanes.forEach(lane -> lane.pause(false));
    }

    /** The user agreed to replace the page of another programme on this target. */
    public void overwriteOtherProgramme(String target) {
        lanes.stream().filter(lane -> lane.describe().equals(target)).forEach(TargetLane::allowOverwrite);
    }

    /**
     * Waits until every target has published the newest edition made so far, or has failed at it.
     * @return whether all are live
     */
    public boolean awaitSettled(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            boolean building;
            synchronized (this) {
                building = buildScheduled || this.building;
            }
            if (!building && lanes.stream().allMatch(TargetLane::settled)) {
                return lanes.stream().allMatch(TargetLane::live);
            }
            Thread.sleep(20);
        }
        return false;
    }

    private synchronized void schedule(boolean now) {
        if (closed || (buildScheduled && !now)) {
            return;
        }
        long wait = now ? 0 : Math.max(0, lastBuildNanos + TimeUnit.MILLISECONDS.toNanos(coalesceMillis) - System.nanoTime());
        buildScheduled = true;
        builder.schedule(this::build, wait, TimeUnit.NANOSECONDS);
    }

    private void build() {
        synchronized (this) {
            buildScheduled = false;
            building = true;
            lastBuildNanos = System.nanoTime();
        }
        try {
            buildNewest();
        } finally {
            synchronized (this) {
                building = false;
            }
        }
    }

    private void buildNewest() {
        Project project = latest;
        if (project == null) {
            return;
        }
        if (!continued) {
            continued = true;
            for (TargetLane lane : lanes) {
                Feed earlier = lane.remoteFeed();
                if (earlier != null && editions.programme().equals(earlier.programme())) {
                    editions.continueFrom(earlier, project);
                    lastVersion = Math.max(lastVersion, earlier.version());
                    break;
                }
            }
        }
        lastVersion = Math.max(lastVersion + 1, System.currentTimeMillis());
        Edition edition;
        try {
            edition = editions.write(project, lastVersion, studioNow.get());
        } catch (RuntimeException e) {
            lanes.forEach(lane -> lane.fail("the page could not be made: " + e.getMessage()));
            return;
        }
        if (edition.nextDue() != null) {
            long millis = Math.max(50, studioNow.get().until(edition.nextDue(), ChronoUnit.MILLIS));
            synchronized (this) {
                if (dueBuild != null) {
                    dueBuild.cancel(false);
                }
                dueBuild = closed ? null : builder.schedule(() -> schedule(true), millis, TimeUnit.MILLISECONDS);
            }
        }
        Consumer<Edition> listener = onEdition;
        reportOn.execute(() -> listener.accept(edition));
        lanes.forEach(lane -> lane.offer(edition));
    }

    static LocalTime clockNow() {
        return LocalTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        builder.shutdownNow();
        lanes.forEach(TargetLane::close);
    }
}
