package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.event.EventHandler;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;
import org.testfx.api.FxToolkit;

/**
 * What the window opens with at start is read while the window is built: it is listed and laid out
 * when the window first shows, so the operator's first keys never wait for it; a file slow to come
 * does not hold the window back.
 */
class OpeningAtStartTest {
    @TempDir
    Path home;
    private RunningApp app;
    private Stage stage;
    private EventHandler<WindowEvent> watcher;

    @AfterEach
    void stop() throws Exception {
        if (stage != null) {
            Stage watched = stage;
            FxToolkit.setupFixture(() -> watched.removeEventHandler(WindowEvent.WINDOW_SHOWING, watcher));
        }
        if (app != null) {
            app.stop();
        }
    }

    /** The turns of the cells laid out in the list at the moment the window starts showing. */
    private List<Turn> cellsWhenShowing() throws Exception {
        List<Turn> laidOut = new ArrayList<>();
        stage = FxToolkit.registerPrimaryStage();
        watcher = event -> stage.getScene().getRoot().lookupAll(".turn-cell").stream()
                .map(node -> ((ListCell<?>) node).getItem())
                .filter(item -> item instanceof Turn)
                .forEach(item -> laidOut.add((Turn) item));
        FxToolkit.setupFixture(() -> stage.addEventHandler(WindowEvent.WINDOW_SHOWING, watcher));
        return laidOut;
    }

    @Test
    void theSampleIsListedAndLaidOutWhenTheWindowFirstShows() throws Exception {
        List<Turn> laidOut = cellsWhenShowing();
        app = new RunningApp().start(home, "--sample");
        assertEquals(8, app.turns().size());
        assertTrue(laidOut.size() >= 3, "the list's cells were laid out before the window showed: " + laidOut.size());
        assertEquals(app.turns().subList(0, laidOut.size()), laidOut);
    }

    @Test
    void aFileNamedAtStartIsLaidOutWhenTheWindowFirstShows() throws Exception {
        Path file = home.resolve("programme.portal.txt");
        Files.write(file, SampleFixture.bytes());
        List<Turn> laidOut = cellsWhenShowing();
        app = new RunningApp().start(home, file.toString());
        assertEquals(8, app.turns().size());
        assertTrue(laidOut.size() >= 3, "the list's cells were laid out before the window showed: " + laidOut.size());
        assertEquals(app.turns().subList(0, laidOut.size()), laidOut);
        assertTrue(stage.getTitle().contains("programme.portal.txt"), stage.getTitle());
    }

    @Test
    void aFileSlowToComeDoesNotHoldTheWindowBackAndIsShownWhenItComes() throws Exception {
        Path pipe = home.resolve("slow.portal.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor(), "a named pipe made with mkfifo");
        List<Turn> laidOut = cellsWhenShowing();
        app = new RunningApp().start(home, pipe.toString());
        assertTrue(app.turns().isEmpty(), "the window showed before the file came");
        assertTrue(laidOut.isEmpty(), "no turn was laid out at showing: " + laidOut.size());
        Files.write(pipe, SampleFixture.bytes()); // what the reader waits for: the file's bytes, arriving late
        app.waitUntil(() -> app.turns().size() == 8);
        app.waitUntil(() -> stage.getTitle().contains("slow.portal.txt"));
    }
}
