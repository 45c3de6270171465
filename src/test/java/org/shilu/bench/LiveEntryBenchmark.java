package org.shilu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.live.StudioClock;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.UserFolders;
import org.shilu.ui.ShiluApp;
import org.shilu.ui.live.DraftArea;

/**
 * The live window with 5,000 turns against the same with 10 (and an empty one), in one JVM,
 * headless: the time from the Ctrl+Enter event to the new turn laid out in the list, and the time
 * to handle one keystroke in the draft, as p50, p90, p99 and worst. Each measurement is the
 * event's handling plus the CSS and layout passes of the pulse that follows it, run at once; each
 * commit is undone after it is measured (Ctrl+Z, untimed), so both windows keep their size.
 * Painting is left out here (see the pulse below): packaging/outside-benchmark.sh measures the
 * window from outside, painting included. Run:
 * {@code mvn -q test-compile exec:exec@live-entry-benchmark}
 */
public final class LiveEntryBenchmark {
    private static final int WARM_UP = 150;
    private static final int ROUNDS = 500;

    private LiveEntryBenchmark() {
    }

    /** A running window and what the benchmark touches in it. */
    private record Window(Scene scene, DraftArea draft, ListView<Turn> list) {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("shilu-bench");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Window large = open(home, 5_000);
        Window small = open(home, 10);
        Window empty = open(home, 0);

        report("commit to laid out", "10 turns", alternate(small, large, LiveEntryBenchmark::commitOnce));
        report("one keystroke", "empty", alternate(empty, large, LiveEntryBenchmark::keystrokeOnce));
        Platform.exit();
        System.exit(0);
    }

    private static Window open(Path home, int turns) throws Exception {
        Path file = home.resolve("bench-" + turns + ".shilu");
        Transcript transcript = Transcript.newProgramme().withTurns(FxBench.generated(turns));
        Files.write(file, new ProjectJson().write(new Project(transcript, PortalProfile.DEFAULT)));
        ShiluApp app = new ShiluApp(StudioClock.systemClock(), new UserFolders(home.resolve("c"), home.resolve("d")),
                List.of(file.toString()));
        Window window = FxBench.onFx(() -> {
            Stage stage = new Stage();
            app.start(stage);
            Scene scene = stage.getScene();
            @SuppressWarnings("unchecked")
            ListView<Turn> list = (ListView<Turn>) scene.lookup("#turnList");
            return new Window(scene, (DraftArea) scene.lookup("#draft"), list);
        });
        CompletableFuture<Void> opened = new CompletableFuture<>();
        FxBench.onFx(() -> {
            Runnable check = () -> {
                if (window.list().getItems().size() >= turns) {
                    opened.complete(null);
                }
            };
            window.list().getItems().addListener((javafx.collections.ListChangeListener<Turn>) change -> check.run());
            check.run();
            return null;
        });
        opened.get(60, TimeUnit.SECONDS);
        return window;
    }


    interface Measured {
        /** Prepares untimed, then returns the nanoseconds of the timed part; runs on the FX thread. */
        long run(Window window);
    }

    private static void report(String what, String baselineName, double[][] sorted) {
        double[] base = sorted[0];
        double[] under = sorted[1];
        System.out.printf("%s (ms), %d alternating rounds:%n", what, ROUNDS);
        System.out.printf("  %-11s p50 %.3f  p90 %.3f  p99 %.3f  worst %.3f%n", baselineName,
                p(base, 50), p(base, 90), p(base, 99), base[base.length - 1]);
        System.out.printf("  %-11s p50 %.3f  p90 %.3f  p99 %.3f  worst %.3f%n", "5,000 turns",
                p(under, 50), p(under, 90), p(under, 99), under[under.length - 1]);
        System.out.printf("  ratio p50 %.2f, p90 %.2f%n", p(under, 50) / p(base, 50), p(under, 90) / p(base, 90));
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Milliseconds for each window, sorted, measured round by round in turn. */
    private static double[][] alternate(Window baseline, Window measured, Measured work) throws Exception {
        double[] base = new double[ROUNDS];
        double[] under = new double[ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            boolean baselineFirst = (round & 1) == 0;
            long first = FxBench.onFx(() -> work.run(baselineFirst ? baseline : measured));
            long second = FxBench.onFx(() -> work.run(baselineFirst ? measured : baseline));
            long b = baselineFirst ? first : second;
            long m = baselineFirst ? second : first;
            if (round >= 0) {
                base[round] = b / 1e6;
                under[round] = m / 1e6;
            }
        }
        Arrays.sort(base);
        Arrays.sort(under);
        return new double[][] {base, under};
    }

    private static long commitOnce(Window window) {
        window.draft().setText("主持人的问题,请嘉宾回答。");
        pulse(window.scene());
        int before = window.list().getItems().size();
        long start = System.nanoTime();
        Event.fireEvent(window.draft(), key(KeyEvent.KEY_PRESSED, "", KeyCode.ENTER, true));
        pulse(window.scene());
        long took = System.nanoTime() - start;
        Turn added = window.list().getItems().get(before);
        boolean shown = window.list().lookupAll(".list-cell").stream()
                .anyMatch(node -> node instanceof ListCell<?> cell && cell.getItem() == added && cell.isVisible());
        if (!shown) {
            throw new IllegalStateException("the new turn is not laid out in the list: " + before + " -> "
                    + window.list().getItems().size() + " cells " + window.list().lookupAll(".list-cell").stream()
                    .map(node -> ((ListCell<?>) node).getIndex() + (node.isVisible() ? "" : "h")).toList());
        }
        // Untimed: the commit is undone (its text goes back into the draft), so the window keeps its size.
        Event.fireEvent(window.draft(), key(KeyEvent.KEY_PRESSED, "", KeyCode.Z, true));
        pulse(window.scene());
        if (window.list().getItems().size() != before) {
            throw new IllegalStateException("Ctrl+Z did not take the commit back: " + window.list().getItems().size());
        }
        return took;
    }

    private static long keystrokeOnce(Window window) {
        if (window.draft().getLength() > 200) {
            window.draft().clear();
            pulse(window.scene());
        }
        long start = System.nanoTime();
        Event.fireEvent(window.draft(), key(KeyEvent.KEY_PRESSED, "", KeyCode.A, false));
        Event.fireEvent(window.draft(), key(KeyEvent.KEY_TYPED, "字", KeyCode.UNDEFINED, false));
        Event.fireEvent(window.draft(), key(KeyEvent.KEY_RELEASED, "", KeyCode.A, false));
        pulse(window.scene());
        return System.nanoTime() - start;
    }

    /**
     * What the next pulse does to lay the scene out, run now: its CSS pass and its layout pass over
     * what changed (Scene.doCSSPass and doLayoutPass). Syncing and painting are left out: under
     * headless software rendering the FX thread waits there for the previous frame's paint, about
     * 38 ms here for any transcript, which would hide the scene graph's own cost.
     */
    private static void pulse(Scene scene) {
        try {
            for (String pass : new String[] {"doCSSPass", "doLayoutPass"}) {
                java.lang.reflect.Method method = Scene.class.getDeclaredMethod(pass);
                method.setAccessible(true);
                method.invoke(scene);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JavaFX has no CSS and layout passes to run", e);
        }
    }

    private static KeyEvent key(javafx.event.EventType<KeyEvent> type, String character, KeyCode code, boolean control) {
        return new KeyEvent(type, type == KeyEvent.KEY_TYPED ? character : KeyEvent.CHAR_UNDEFINED, "", code,
                false, control, false, false);
    }


}
