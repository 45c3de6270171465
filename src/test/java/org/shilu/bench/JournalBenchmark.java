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
 * What keeping turns safe costs on this disk: one committed turn appended to the journal and forced
 * (median and p99, into a journal already holding 5,000 turns, against the bare force of a one-byte
 * append measured in the same run), and one save of a 5,000-turn project against a 100-turn one.
 * Run: {@code mvn -q test-compile exec:exec@journal-benchmark}
 */
public final class JournalBenchmark {
    private static final int COMMITS = 400;
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);

    private JournalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("shilu-journal-bench");
        double[] bare = bareForce(folder.resolve("bare"));
        Programme programme = new Programme(Transcript.newProgramme().withTurns(turns(5_000)), PortalProfile.DEFAULT);
        Safekeeper keeper = new Safekeeper(programme, () -> Draft.NONE, Clock.systemDefaultZone());
        keeper.keepIn(keeper.claim(folder.resolve("bench.journal")), Safekeeper.embeddedBase(programme), false);
        double[] commit = new double[COMMITS];
        for (int i = 0; i < COMMITS; i++) {
            Turn turn = new Turn("s2", List.of("第" + i + "条：关于供暖收费的问题，我们已经责成有关部门进行调查，"
                    + "请您留下联系方式，我们会在三个工作日内给您答复。"), NINE, NINE.plusSeconds(30));
            long start = System.nanoTime();
            programme.document().apply(new Edit.InsertTurn(programme.document().transcript().turns().size(), turn));
            commit[i] = (System.nanoTime() - start) / 1e6;
            if (keeper.isFailing()) {
                throw new IllegalStateException("the journal failed", keeper.failure());
            }
        }
        Arrays.sort(commit);
        System.out.printf("commit journalled and forced: median %.2f ms, p99 %.2f ms (target median <= 5 ms); "
                        + "bare 1-byte append+force: median %.2f ms, p99 %.2f ms; median ratio %.2f%n",
                commit[COMMITS / 2], commit[COMMITS * 99 / 100], bare[0], bare[1], commit[COMMITS / 2] / bare[0]);
        double small = saveTime(folder.resolve("small.shilu"), 100);
        double large = saveTime(folder.resolve("large.shilu"), 5_000);
        System.out.printf("save (JSON, .bak, atomic move, forced): 100 turns %.1f ms, 5,000 turns %.1f ms, ratio %.1f%n",
                small, large, large / small);
        keeper.release(true);
    }

    private static double[] bareForce(Path file) throws Exception {
        double[] times = new double[COMMITS];
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            for (int i = 0; i < COMMITS; i++) {
                long start = System.nanoTime();
                channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
                channel.force(false);
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(times);
        return new double[] {times[COMMITS / 2], times[COMMITS * 99 / 100]};
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
