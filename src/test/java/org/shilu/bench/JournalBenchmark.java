package org.shilu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.model.Draft;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.store.Safekeeper;

/**
 * What keeping turns safe costs on this disk, into a journal already holding 5,000 turns: how long
 * a commit keeps the editing thread (the journal's writer thread does the disk work), and how long
 * until the writer reports the turn on disk (p50, p90, p99 and worst), each commit alternating
 * with the same bytes appended and forced to a plain file; and one save of a 5,000-turn project
 * against a 100-turn one.
 * Run: {@code mvn -q test-compile exec:exec@journal-benchmark}
 */
public final class JournalBenchmark {
    private static final int COMMITS = 400;
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);

    private JournalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("shilu-journal-bench");
        Programme programme = new Programme(Transcript.newProgramme().withTurns(turns(5_000)), PortalProfile.DEFAULT);
        Safekeeper keeper = new Safekeeper(programme, () -> Draft.NONE, Clock.systemDefaultZone());
        keeper.keepIn(keeper.claim(folder.resolve("bench.journal")), Safekeeper.embeddedBase(programme), false);
        org.shilu.format.JournalCodec codec = new org.shilu.format.JournalCodec();
        double[] commit = new double[COMMITS];
        double[] onDisk = new double[COMMITS];
        double[] bare = new double[COMMITS];
        try (var plain = java.nio.channels.FileChannel.open(folder.resolve("plain"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < COMMITS; i++) {
                Turn turn = new Turn("s2", List.of("第" + i + "条：关于供暖收费的问题，我们已经责成有关部门进行调查，"
                        + "请您留下联系方式，我们会在三个工作日内给您答复。"), NINE, NINE.plusSeconds(30));
                Transcript before = programme.document().transcript();
                Transcript after = before.withTurns(java.util.stream.Stream.concat(before.turns().stream(),
                        java.util.stream.Stream.of(turn)).toList());
                // The baseline: the same bytes the journal writes for this commit, appended and forced.
                byte[] line = (codec.encode(org.shilu.format.JournalCodec.Change.between(before, after, Draft.NONE)) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                long start = System.nanoTime();
                plain.write(java.nio.ByteBuffer.wrap(line));
                plain.force(false);
                long middle = System.nanoTime();
                programme.document().apply(new Edit.InsertTurn(before.turns().size(), turn));
                long returned = System.nanoTime();
                keeper.awaitOnDisk();
                long end = System.nanoTime();
                bare[i] = (middle - start) / 1e6;
                commit[i] = (returned - middle) / 1e6;
                onDisk[i] = (end - middle) / 1e6;
                if (keeper.isFailing()) {
                    throw new IllegalStateException("the journal failed", keeper.failure());
                }
            }
        }
        Arrays.sort(commit);
        Arrays.sort(onDisk);
        Arrays.sort(bare);
        System.out.printf("%d commits into a journal of 5,000 turns, each against the same bytes appended and forced to a"
                + " plain file just before it (ms):%n", COMMITS);
        System.out.printf("commit, editing thread held: p50 %.2f  p90 %.2f  p99 %.2f  worst %.2f%n",
                p(commit, 50), p(commit, 90), p(commit, 99), commit[COMMITS - 1]);
        System.out.printf("commit until on disk:        p50 %.2f  p90 %.2f  p99 %.2f  worst %.2f  (promise: within 50)%n",
                p(onDisk, 50), p(onDisk, 90), p(onDisk, 99), onDisk[COMMITS - 1]);
        System.out.printf("same bytes, append+force:    p50 %.2f  p90 %.2f  p99 %.2f  worst %.2f%n",
                p(bare, 50), p(bare, 90), p(bare, 99), bare[COMMITS - 1]);
        System.out.printf("on disk / same bytes: ratio p50 %.2f, p90 %.2f; editing thread held / same bytes: p50 %.2f%n",
                p(onDisk, 50) / p(bare, 50), p(onDisk, 90) / p(bare, 90), p(commit, 50) / p(bare, 50));
        double small = saveTime(folder.resolve("small.shilu"), 100);
        double large = saveTime(folder.resolve("large.shilu"), 5_000);
        System.out.printf("save (JSON, .bak, atomic move, forced): 100 turns %.1f ms, 5,000 turns %.1f ms, ratio %.1f%n",
                small, large, large / small);
        keeper.release(true);
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** The median of 15 saves, after 5 to warm up. */
    private static double saveTime(Path file, int turns) throws Exception {
        Project project = new Project(Transcript.newProgramme().withTurns(turns(turns)), PortalProfile.DEFAULT);
        double[] times = new double[15];
        for (int i = -5; i < times.length; i++) {
            long start = System.nanoTime();
            Programme.write(file, project);
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    private static List<Turn> turns(int count) {
        List<Turn> turns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDateTime at = NINE.plusSeconds(20L * i);
            turns.add(new Turn(i % 2 == 0 ? "s1" : "s2", List.of("第" + i + "条发言，关于城市供暖和公交线路调整的问题，"
                    + "请有关部门的负责同志给大家介绍一下情况。", "第二段落。"), at, at.plusSeconds(15)));
        }
        return turns;
    }
}
