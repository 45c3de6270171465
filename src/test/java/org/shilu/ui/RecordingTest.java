package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.ProjectJson;
import org.shilu.format.SampleFixture;
import org.shilu.media.FileFedLine;
import org.shilu.media.SoundInputs;

/** Live → Record on the real window, from a test input fed in real time by a tone: typing goes on, and the file plays. */
class RecordingTest {
    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void record() {
        app.push(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    }

    private List<Path> recordings(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("interview\\.recording-\\d{8}-\\d{6}\\.wav")).toList();
        }
    }

    @Test
    void theProgrammeIsRecordedBesideItsProjectWhileTheOperatorTypesAndTheFilePlays() throws Exception {
        org.shilu.media.FileInput feed = FileFedLine.of(FileFedLine.tone(home.resolve("tone.wav"), 440, 0.5, 1.0), true);
        app = new RunningApp();
        app.soundInputs = () -> List.of(new SoundInputs.Input("Studio feed (test)", feed::line));
        Path project = Files.createDirectories(home.resolve("programmes")).resolve("interview.shilu");
        Files.write(project, new ProjectJson().write(SampleFixture.project()));
        app.start(home, project.toString());
        int before = app.turns().size();

        record();
        app.waitUntil(() -> app.lookup("#recordingStatus").query().isVisible());
        app.waitUntil(() -> app.lookup("#recordingLevel").queryAs(ProgressBar.class).getProgress() > 0.8);
        app.write("recorded while typing");
        app.commit();
        app.write("and again");
        app.commit();
        app.waitUntil(() -> app.turns().size() == before + 2);
        app.waitUntil(() -> feed.given.get() >= 64_000); // two seconds of sound
        record();
        app.waitUntil(() -> !app.lookup("#recordingStatus").query().isVisible());
        assertTrue(app.draft().isFocused(), "the caret stayed in the draft");

        List<Path> files = recordings(project.getParent());
        assertEquals(1, files.size(), files.toString());
        app.waitUntil(() -> {
            try {
                return FileFedLine.pcmOf(files.get(0)).length == feed.given.get();
            } catch (Exception stillBeingWritten) {
                return false;
            }
        });
        assertTrue(FileFedLine.pcmOf(files.get(0)).length >= 64_000);

        app.shortcut(KeyCode.S);
        app.waitUntil(() -> Files.readString(project).contains("\"recording\""));
        var saved = new ProjectJson().read(Files.readAllBytes(project), project.toString()).transcript().recording();
        assertEquals(files.get(0).getFileName().toString(), saved.file());
        assertEquals(RunningApp.NINE.toLocalDate(), saved.startedAt().toLocalDate(), "in studio time");
    }
}
