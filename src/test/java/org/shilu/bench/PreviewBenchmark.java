package org.shilu.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import org.shilu.format.PortalProfile;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.ui.preview.PreviewPane;

/**
 * The page preview, headless: one update after a commit (the patch of the page, with the layout
 * that following the newest turn forces) with 5,000 turns against 10, alternating, in one JVM, as
 * p50, p90, p99 and worst (each commit is taken back afterwards, untimed, so both keep their size);
 * and memory, the Java heap and the process's resident memory (WebKit's page lives outside the
 * heap), as a page grows by 1,000 committed turns and as its last turn is corrected 1,000 times.
 * Run: {@code mvn -q test-compile exec:exec@preview-benchmark}
 */
public final class PreviewBenchmark {
    private static final int WARM_UP = 60;
    private static final int ROUNDS = 300;

    private PreviewBenchmark() {
    }

    /** A programme and its preview on a stage of its own. */
    private record Previewed(Programme programme, PreviewPane preview) {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Previewed small = open(10);
        Previewed large = open(5_000);
        double[][] withPreview = alternate(small, large);
        // The same commits with no preview: what the model itself costs, to take out of the medians.
        double[][] modelOnly = alternate(bare(10), bare(5_000));
        System.out.printf("commit with the preview (ms), %d alternating rounds:%n", ROUNDS);
        print("10 turns", withPreview[0]);
        print("5,000 turns", withPreview[1]);
        System.out.printf("  ratio p50 %.2f, p90 %.2f%n", p(withPreview[1], 50) / p(withPreview[0], 50),
                p(withPreview[1], 90) / p(withPreview[0], 90));
        double smallPreview = p(withPreview[0], 50) - p(modelOnly[0], 50);
        double largePreview = p(withPreview[1], 50) - p(modelOnly[1], 50);
        System.out.printf("the commit's model work alone, p50: 10 turns %.3f ms, 5,000 turns %.3f ms%n",
                p(modelOnly[0], 50), p(modelOnly[1], 50));
        System.out.printf("preview update after a commit, p50 less the model's: 10 turns %.3f ms, 5,000 turns %.3f ms,"
                + " ratio %.2f (target <= 1.5)%n", smallPreview, largePreview, largePreview / smallPreview);

        Previewed growing = open(200);
        memory("a page that grows by 1,000 committed turns (200 to 1,200)", growing, PreviewBenchmark::commit);
        Previewed edited = open(200);
        memory("the last turn corrected 1,000 times (the page keeps its size)", edited, PreviewBenchmark::edit);
        Platform.exit();
        System.exit(0);
    }

    /** Heap and resident memory after 10 updates of {@code update} and after 1,000. */
    private static void memory(String what, Previewed previewed, java.util.function.ToLongFunction<Previewed> update)
            throws Exception {
        for (int i = 0; i < 10; i++) {
            FxBench.onFx(() -> update.applyAsLong(previewed));
        }
        long heapTen = settledHeap();
        long rssTen = residentKb();
        for (int i = 10; i < 1_000; i++) {
            FxBench.onFx(() -> update.applyAsLong(previewed));
        }
        long heapThousand = settledHeap();
        long rssThousand = residentKb();
        System.out.printf("%s:%n  Java heap in use after 10 updates %.1f MB, after 1,000 %.1f MB, ratio %.2f%n"
                        + "  resident memory after 10 updates %.1f MB, after 1,000 %.1f MB, ratio %.2f%n", what,
                heapTen / 1e6, heapThousand / 1e6, (double) heapThousand / heapTen,
                rssTen / 1024.0, rssThousand / 1024.0, (double) rssThousand / rssTen);
    }

    /** The process's resident memory (VmRSS), WebKit's native memory included; 0 where /proc is not there. */
    private static long residentKb() throws java.io.IOException {
        java.nio.file.Path status = java.nio.file.Path.of("/proc/self/status");
        if (!java.nio.file.Files.exists(status)) {
            return 0;
        }
        return java.nio.file.Files.readAllLines(status).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    }

    private static void print(String name, double[] sorted) {
        System.out.printf("  %-11s p50 %.3f  p90 %.3f  p99 %.3f  worst %.3f%n", name,
                p(sorted, 50), p(sorted, 90), p(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Milliseconds of a commit to each, sorted, measured round by round in turn; each commit is taken back untimed. */
    private static double[][] alternate(Previewed small, Previewed large) throws Exception {
        double[] base = new double[ROUNDS];
        double[] under = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            boolean smallFirst = (round & 1) == 0;
            long first = FxBench.onFx(() -> commitAndTakeBack(smallFirst ? small : large));
            long second = FxBench.onFx(() -> commitAndTakeBack(smallFirst ? large : small));
            if (round >= 0) {
                base[round] = (smallFirst ? first : second) / 1e6;
                under[round] = (smallFirst ? second : first) / 1e6;
            }
        }
        Arrays.sort(base);
        Arrays.sort(under);
        return new double[][] {base, under};
    }

    private static Previewed bare(int turns) {
        return new Previewed(new Programme(Transcript.newProgramme().withTurns(FxBench.generated(turns)), PortalProfile.DEFAULT), null);
    }

    private static Previewed open(int turns) throws Exception {
        Programme programme = new Programme(Transcript.newProgramme().withTurns(FxBench.generated(turns)), PortalProfile.DEFAULT);
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        PreviewPane preview = FxBench.onFx(() -> {
            SplitPane split = new SplitPane();
            Stage stage = new Stage();
            stage.setScene(new Scene(split, 1100, 760));
            stage.show();
            PreviewPane pane = new PreviewPane(programme, split);
            pane.onUpdated(() -> loaded.complete(null));
            return pane;
        });
        loaded.get(120, TimeUnit.SECONDS);
        FxBench.onFx(() -> {
            preview.onUpdated(() -> { });
            return null;
        });
        return new Previewed(programme, preview);
    }

    /** A turn committed at the end; the preview patches its page inside the document's apply. */
    private static long commit(Previewed previewed) {
        Transcript now = previewed.programme().document().transcript();
        Turn turn = Turn.of(now.turns().size() % 2 == 0 ? "s1" : "s2", "请问嘉宾，这个问题什么时候能解决？第" + now.turns().size() + "条");
        long start = System.nanoTime();
        previewed.programme().document().apply(new Edit.InsertTurn(now.turns().size(), turn));
        return System.nanoTime() - start;
    }

    private static long commitAndTakeBack(Previewed previewed) {
        long took = commit(previewed);
        int last = previewed.programme().document().transcript().turns().size() - 1;
        previewed.programme().document().apply(new Edit.RemoveTurns(last, 1));
        return took;
    }

    /** The last turn corrected: the page keeps its size while it is patched again and again. */
    private static long edit(Previewed previewed) {
        Transcript now = previewed.programme().document().transcript();
        int last = now.turns().size() - 1;
        Turn turn = Turn.of(now.turns().get(last).speakerId(), "更正后的内容，第" + System.nanoTime() % 1000 + "次");
        previewed.programme().document().apply(new Edit.ReplaceTurn(last, turn));
        return 0;
    }

    private static long settledHeap() throws Exception {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            // A round trip through the FX thread lets whatever the collection freed there be released.
            FxBench.onFx(() -> 0L);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }


}
