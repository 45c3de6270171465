package org.shilu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;
import org.shilu.publish.Edition;
import org.shilu.publish.Editions;
import org.shilu.publish.HostKeys;
import org.shilu.publish.PublishOptions;
import org.shilu.publish.PublishTarget;
import org.shilu.publish.PublishedFile;
import org.shilu.publish.Publisher;
import org.shilu.publish.SftpServerForTests;
import org.shilu.publish.TargetStatus;
import org.shilu.publish.Targets;
import org.shilu.store.PublishProfile;

/**
 * Commit → the turn in the remote feed, over SFTP to MINA SSHD's server on 127.0.0.1, with the
 * default gathering of changes (1 s): for each commit, the time until the publisher reports the
 * edition holding it on the server (the feed renamed into place), alternating with a bare upload
 * of the same edition's files by the same client. First commits a little over a second apart (an
 * operator's pace: each goes out at once), then 0.3 s apart (changes gathered).
 * Run: {@code mvn -q test-compile exec:exec@publish-benchmark}
 */
public final class PublishBenchmark {
    private static final int COMMITS = 200;
    private static final int QUICK_COMMITS = 100;

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("shilu-publish-bench");
        try (SftpServerForTests server = new SftpServerForTests(folder)) {
            Files.createDirectories(server.root.resolve("live"));
            PublishProfile place = PublishProfile.of(server.address("/live"));
            Path known = folder.resolve("known_hosts");
            HostKeys trust = new HostKeys(List.of(known), known, (host, port, fingerprint) -> true);
            PublishTarget published = Targets.open(place, () -> SftpServerForTests.PASSWORD, trust);
            PublishTarget bare = Targets.open(PublishProfile.of(server.address("/bare")), () -> SftpServerForTests.PASSWORD,
                    trust);
            Files.createDirectories(server.root.resolve("bare"));
            Project sample = SampleFixture.project();
            List<Turn> turns = new ArrayList<>(sample.transcript().turns());
            String speaker = turns.getFirst().speakerId();
            for (int i = 0; i < 500; i++) {
                turns.add(Turn.of(speaker, "第" + i + "条：关于供暖收费的问题，我们已经责成有关部门进行调查，请您留下联系方式。"));
            }
            LinkedBlockingQueue<TargetStatus> reports = new LinkedBlockingQueue<>();
            AtomicReference<Edition> newest = new AtomicReference<>();
            java.util.Map<Long, Integer> shownByVersion = new java.util.concurrent.ConcurrentHashMap<>();
            try (Publisher publisher = new Publisher(new Editions("bench", PublishOptions.DEFAULTS, turn -> true),
                    PublishOptions.DEFAULTS, List.of(published), LocalDateTime::now, Runnable::run, reports::add)) {
                publisher.onEdition(edition -> {
                    shownByVersion.put(edition.version(), edition.shown());
                    newest.set(edition);
                });
                publisher.changed(sample.with(sample.transcript().withTurns(turns), sample.profile()));
                awaitLive(reports, shownByVersion, turns.size());
                double[][] paced = run(publisher, reports, shownByVersion, newest, bare, sample, turns, speaker, COMMITS, 1100);
                double[][] quick = run(publisher, reports, shownByVersion, newest, bare, sample, turns, speaker,
                        QUICK_COMMITS, 300);
                print("commits 1.1 s apart", paced);
                print("commits 0.3 s apart", quick);
            }
            bare.close();
        }
    }

    private static double[][] run(Publisher publisher, LinkedBlockingQueue<TargetStatus> reports,
                                  java.util.Map<Long, Integer> shownByVersion, AtomicReference<Edition> newest, PublishTarget bare, Project sample, List<Turn> turns,
                                  String speaker, int commits, long spacingMillis) throws Exception {
        double[] live = new double[commits];
        double[] upload = new double[commits];
        for (int i = 0; i < commits; i++) {
            long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(spacingMillis);
            turns.add(Turn.of(speaker, "直播第" + i + "段：请问今年的供暖什么时候开始？"));
            long start = System.nanoTime();
            publisher.changed(sample.with(sample.transcript().withTurns(turns), sample.profile()));
            awaitLive(reports, shownByVersion, turns.size());
            live[i] = (System.nanoTime() - start) / 1e6;
            // The baseline: the same files, uploaded bare by the same client.
            long bareStart = System.nanoTime();
            for (PublishedFile file : newest.get().files()) {
                bare.put(file);
            }
            upload[i] = (System.nanoTime() - bareStart) / 1e6;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return new double[][] {live, upload};
    }

    /** Waits for the report that the edition holding {@code turns} turns is on the server (reports name the version). */
    private static void awaitLive(LinkedBlockingQueue<TargetStatus> reports, java.util.Map<Long, Integer> shownByVersion,
                                  int turns) throws InterruptedException {
        while (true) {
            TargetStatus status = reports.poll(60, TimeUnit.SECONDS);
            if (status == null) {
                throw new IllegalStateException("no report in a minute");
            }
            if (status.state() == TargetStatus.State.FAILING) {
                throw new IllegalStateException("publishing failed: " + status.reason());
            }
            if (status.state() == TargetStatus.State.LIVE && shownByVersion.getOrDefault(status.liveVersion(), 0) >= turns) {
                return;
            }
        }
    }

    private static void print(String what, double[][] figures) {
        double[] live = figures[0].clone();
        double[] upload = figures[1].clone();
        Arrays.sort(live);
        Arrays.sort(upload);
        int n = live.length;
        System.out.printf("%s, %d commits, programme growing from about 510 turns, over SFTP on 127.0.0.1 (ms):%n", what, n);
        System.out.printf("  commit → in the remote feed: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  worst %.1f%n",
                p(live, 50), p(live, 90), p(live, 95), p(live, 99), live[n - 1]);
        System.out.printf("  bare upload, same files:     p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  worst %.1f%n",
                p(upload, 50), p(upload, 90), p(upload, 95), p(upload, 99), upload[n - 1]);
        System.out.printf("  ratio: p50 %.2f  p95 %.2f  (goal ≤ 1.5; p95 under 2,000 ms)%n",
                p(live, 50) / p(upload, 50), p(live, 95) / p(upload, 95));
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
