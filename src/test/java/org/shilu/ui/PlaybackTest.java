package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.format.SampleFixture;
import org.shilu.media.FileFedLine;
import org.shilu.model.Recording;

/**
 * Playing a turn back on the real window, as far as a machine without a sound card allows: JavaFX
 * media plays to ALSA's null output (see alsa-null.conf), which takes the sound at once, so the
 * player reaches the end at once too. What is checked: where a turn plays from (said in the status
 * bar), that the key works from a turn edited in place, the turn heard marked in the list, a missing
 * recording found again, and the recording synced to a turn heard.
 */
class PlaybackTest {
    /** The sample's second turn was committed at 9:03:54; the recording began ten seconds before. */
    private static final LocalDateTime STARTED = LocalDateTime.of(2022, 3, 23, 9, 3, 44);
    @TempDir
    Path home;
    private RunningApp app;
    private Path project;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void startWithRecording(String file) throws Exception {
        project = Files.createDirectories(home.resolve("programmes")).resolve("interview.shilu");
        Project sample = SampleFixture.project();
        Files.write(project, new ProjectJson().write(sample.with(sample.transcript().withRecording(new Recording(file, STARTED)),
                sample.profile())));
        app = new RunningApp().start(home, project.toString());
    }

    private String status() {
        return app.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    private int heard() {
        return app.lookup(".turn-cell").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("heard")))
                .mapToInt(n -> ((ListCell<?>) n).getIndex()).findFirst().orElse(-1);
    }

    @Test
    void aTurnPlaysFromItsTimeLessTheLeadFromTheListAndFromAnEditInPlaceAndTheTurnHeardIsMarked() throws Exception {
        FileFedLine.tone(Files.createDirectories(home.resolve("programmes")).resolve("interview.wav"), 440, 0.5, 30);
        startWithRecording("interview.wav");
        app.selectTurn(1);
        app.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        app.waitUntil(() -> status().equals(app.text("play.from", 2, "0:00:07")));
        // The null output has played it all: at 0:30 (9:04:14) the turn heard is still the second
        // (the third has no time of its own, the fourth comes at 9:10:35).
        app.waitUntil(() -> heard() == 1);

        app.selectTurn(3);
        app.push(KeyCode.F2);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        // 9:10:35 is past the recording's end: played from where the turn would be, the editor kept.
        app.waitUntil(() -> status().startsWith(app.text("play.from", 4, "0:06:48")));
        assertTrue(app.lookup("#turnEditor").query().isFocused(), "the caret stayed in the text");
        app.push(KeyCode.ESCAPE);

        // Shift+F5: the selected turn is the one heard now (the end, 0:30): the recording's start follows.
        app.selectTurn(1);
        app.push(KeyCode.SHIFT, KeyCode.F5);
        app.shortcut(KeyCode.S);
        app.waitUntil(() -> !new ProjectJson().read(Files.readAllBytes(project), "p").transcript().recording()
                .startedAt().equals(STARTED));
        // 9:03:54 heard at the recording's end, 0:30 (the player's position, to the millisecond below it).
        LocalDateTime synced = new ProjectJson().read(Files.readAllBytes(project), "p").transcript().recording().startedAt();
        assertEquals(LocalDateTime.of(2022, 3, 23, 9, 3, 24), synced.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aMissingRecordingIsReportedWithAWayToFindIt() throws Exception {
        startWithRecording("gone.wav");
        String find = app.text("play.find");
        // Said as the programme opens, and again at the play key.
        app.waitUntil(() -> app.lookup(find).tryQuery().isPresent());
        // Find it… opens a file chooser, which JavaFX's headless platform does not have: not clicked here.
        app.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        app.waitUntil(() -> app.lookup(find).tryQuery().isPresent());
    }
}
