package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.model.PunctuationWidth;
import org.shilu.model.Turn;

/** Edit → Punctuation widths… on the real window: a preview with counts, one step applied, one undo. */
class PunctuationTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }


    @Test
    void theSamplesAsciiMarksBecomeFullWidthInOneStepThatCtrlZUndoes() throws Exception {
        List<Turn> before = app.turns();
        app.clickLabelled(app.text("menu.edit"));
        app.clickLabelled(app.text("action.punctuation"));
        app.waitUntil(() -> app.lookup("#punctuationCount").tryQuery().isPresent());
        String count = app.lookup("#punctuationCount").queryAs(Label.class).getText();
        assertTrue(count.matches(".*\\d+.*"), "the preview counts what it would change: " + count);
        ListView<?> preview = app.lookup("#punctuationPreview").queryAs(ListView.class);
        assertTrue(preview.getItems().size() > 0, "every turn it would change is listed");
        app.clickLabelled(app.text("punctuation.apply"));
        app.waitUntil(() -> !app.turns().equals(before));
        for (Turn turn : app.turns()) {
            assertEquals(turn.text(), PunctuationWidth.normalise(turn.text(), PunctuationWidth.Direction.FULL, false).text(),
                    "nothing is left to change");
        }
        assertNotEquals(before, app.turns());
        app.clickOn("#turnList");
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().equals(before));
    }
}
