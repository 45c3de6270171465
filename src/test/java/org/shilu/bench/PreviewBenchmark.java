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
 * that following the newest turn forces) with 5,000 turns against 10, alternating, in one JVM; and
 * the Java heap after 1,000 updates of one preview against after 10.
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
        double[] withPreview = alternate(small, large);
        // The same commits with no preview: what the model itself costs, to take out of the figures.
        double[] modelOnly = alternate(bare(10), bare(5_000));
        double smallPreview = withPreview[0] - modelOnly[0];
        double largePreview = withPreview[1] - modelOnly[1];
        System.out.printf("commit with the preview: 10 turns %.3f ms, 5,000 turns %.3f ms, ratio %.2f%n",
                withPreview[0], withPreview[1], withPreview[1] / withPreview[0]);
        System.out.printf("the commit's model work alone: 10 turns %.3f ms, 5,000 turns %.3f ms%n", modelOnly[0], modelOnly[1]);
        System.out.printf("preview update after a commit: 10 turns %.3f ms, 5,000 turns %.3f ms, ratio %.2f (target <= 1.5)%n",
                smallPreview, largePreview, largePreview / smallPreview);

        Previewed edited = open(200);
        for (int i = 0; i < 10; i++) {
            FxBench.onFx(() -> edit(edited));
        }
        long afterTen = settledHeap();
        for (int i = 10; i < 1_000; i++) {
            FxBench.onFx(() -> edit(edited));
        }
        long afterThousand = settledHeap();
        System.out.printf("Java heap in use: after 10 updates %.1f MB, after 1,000 %.1f MB, ratio %.2f (target <= 1.2)%n",
                afterTen / 1e6, afterThousand / 1e6, (double) afterThousand / afterTen);
        Platform.exit();
        System.exit(0);
    }

    /** Median milliseconds of a commit to each, measured round by round in turn. */
    private static double[] alternate(Previewed small, Previewed large) throws Exception {
        double[] base = new double[ROUNDS];
        double[] under = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            boolean smallFirst = (round & 1) == 0;
            long first = FxBench.onFx(() -> commit(smallFirst ? small : large));
            long second = FxBench.onFx(() -> commit(smallFirst ? large : small));
            if (round >= 0) {
                base[round] = (smallFirst ? first : second) / 1e6;
                under[round] = (smallFirst ? second : first) / 1e6;
            }
        }
        Arrays.sort(base);
        Arrays.sort(under);
        return new double[] {base[ROUNDS / 2], under[ROUNDS / 2]};
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
