package org.shilu.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Starts that measure or train the window and then quit, asked for by SHILU_STARTUP_PROBE in the
 * environment:
 * <ul>
 * <li>{@code 1}: prints the time from the process start to the main window shown, and on Linux
 * whether Mesa's OpenGL was loaded, and quits (how packaging/startup.sh and the smoke test start the
 * window);</li>
 * <li>{@code train}: the installers' training start (packaging/build.sh), so that the ahead-of-time
 * cache it records holds what the window loads until the programme's turns are listed and the
 * operator's first turn is committed, not only until the window shows: once the turns are listed
 * (or after 60 s), a turn is typed into the draft and committed with the commit key, and a second
 * later the window quits. The page preview, hidden until the user shows it, is left out: its
 * classes in the cache would be mapped, and resident, at every start.</li>
 * </ul>
 */
final class StartUpProbe {
    private StartUpProbe() {
    }

    static void startIfAsked(Stage stage) {
        String probe = System.getenv("SHILU_STARTUP_PROBE");
        if ("1".equals(probe)) {
            Platform.runLater(() -> {
                long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
                System.out.println("window shown after " + (System.currentTimeMillis() - started) + " ms" + mesaLoaded());
                quit(stage);
            });
        } else if ("train".equals(probe)) {
            long giveUp = System.nanoTime() + 60_000_000_000L;
            Timeline watch = new Timeline();
            watch.getKeyFrames().add(new KeyFrame(Duration.millis(200), event -> {
                if (turnsListed(stage) || System.nanoTime() > giveUp) {
                    watch.stop();
                    commitATurn(stage);
                    new Timeline(new KeyFrame(Duration.seconds(1), done -> quit(stage))).play();
                }
            }));
            watch.setCycleCount(Timeline.INDEFINITE);
            watch.play();
        }
    }

    /** Whether Mesa's OpenGL is in the process, where Linux shows it (/proc/self/maps); empty elsewhere. */
    private static String mesaLoaded() {
        try (var maps = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/self/maps"))) {
            return "; Mesa's OpenGL loaded: " + (maps.anyMatch(line -> line.contains("libGLX_mesa") || line.contains("libLLVM")) ? "yes" : "no");
        } catch (java.io.IOException | java.io.UncheckedIOException notLinux) {
            return "";
        }
    }

    private static void commitATurn(Stage stage) {
        if (stage.getScene().lookup("#draft") instanceof TextInputControl draft) {
            draft.requestFocus();
            draft.replaceText(0, draft.getLength(), "训练：第一条发言。");
            draft.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, true, false, false));
            System.out.println("training start: " + (draft.getLength() == 0 ? "a turn committed" : "the turn was not committed"));
        }
    }

    private static boolean turnsListed(Stage stage) {
        return stage.getScene() != null && stage.getScene().lookup("#turnList") instanceof ListView<?> turns
                && !turns.getItems().isEmpty();
    }

    /**
     * Windows closed first, as a user's quit does (a question asked at start included, newest first):
     * GTK's glass crashed (SIGSEGV in destroy_and_delete_ctx) about one exit in two when
     * Platform.exit closed a showing window.
     */
    private static void quit(Stage stage) {
        List<Window> showing = new ArrayList<>(Window.getWindows());
        Collections.reverse(showing);
        showing.forEach(Window::hide);
        stage.close();
        Platform.runLater(Platform::exit);
    }
}
