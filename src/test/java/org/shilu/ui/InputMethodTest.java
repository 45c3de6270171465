package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While an input method composes (pinyin letters waiting for a candidate), the window's keys belong
 * to it, in every text field: nothing is committed, cancelled, moved or submitted under it. The
 * composition is sent as the platform sends it (InputMethodEvents); the keys are typed by the robot,
 * as keys the input method let through would arrive. The real fcitx5 run is packaging/ime-check.py.
 */
class InputMethodTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private void compose(Node field, String letters) {
        app.interact(() -> field.fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new InputMethodTextRun(letters, InputMethodHighlight.UNSELECTED_RAW)), "", letters.length())));
    }

    private void take(Node field, String chosen) {
        app.interact(() -> field.fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), chosen, 0)));
    }

    @Test
    void noLiveKeyActsUnderAnOpenCompositionInTheDraft() {
        app.write("第一句");
        compose(app.draft(), "nihao");
        app.type(KeyCode.ENTER);
        app.commit();
        app.shortcutShift(KeyCode.ENTER);
        app.shortcut(KeyCode.DIGIT2);
        app.shortcut(KeyCode.UP);
        app.type(KeyCode.ESCAPE);
        assertEquals(0, app.turns().size(), "no commit while composing");
        assertEquals("主持人", app.currentSpeaker(), "Ctrl+2 does not switch the speaker under a composition");
        assertFalse(app.lookup("#correctionBanner").queryAs(Label.class).isVisible(), "Ctrl+Up starts no correction");
        assertEquals("第一句nihao", app.draft().getText(), "no paragraph, no letter lost");

        take(app.draft(), "你好");
        assertEquals("第一句你好", app.draft().getText());
        app.type(KeyCode.ENTER);
        app.write("二");
        app.commit();
        assertEquals(List.of("第一句你好", "二"), app.turns().get(0).paragraphs(), "once it is closed, the keys work");
        assertEquals("嘉宾", app.currentSpeaker());
    }

    @Test
    void escUnderACompositionLeavesTheCorrectionAlone() {
        app.write("问题");
        app.commit();
        app.shortcut(KeyCode.UP);
        Label banner = app.lookup("#correctionBanner").queryAs(Label.class);
        assertTrue(banner.isVisible());
        compose(app.draft(), "bu");
        app.type(KeyCode.ESCAPE);
        assertTrue(banner.isVisible(), "Esc is the input method's: the correction stays");
        take(app.draft(), "补");
        app.commit();
        assertEquals(List.of("问题补"), app.turns().get(0).paragraphs());
        assertEquals(1, app.turns().size());
        assertFalse(banner.isVisible());
    }

    @Test
    void anEditInPlaceKeepsItsCompositionUntilItCloses() throws Exception {
        app.write("原来的话");
        app.commit();
        app.interact(() -> app.turnList().requestFocus());
        Node cell = app.lookup(".turn-cell").queryAll().stream()
                .filter(node -> ((ListCell<?>) node).getIndex() == 0).findFirst().orElseThrow();
        app.clickOn(cell.lookup(".turn-speaker"));
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        TextArea editor = app.lookup("#turnEditor").queryAs(TextArea.class);
        compose(editor, "gai");
        app.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        app.type(KeyCode.ESCAPE);
        assertTrue(app.lookup("#turnEditor").tryQuery().isPresent(), "still editing");
        assertEquals(List.of("原来的话"), app.turns().get(0).paragraphs());
        take(editor, "改");
        app.push(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isEmpty());
        assertEquals(List.of("原来的话改"), app.turns().get(0).paragraphs());
    }

    @Test
    void theFindBarAndADialogKeepTheirKeysForTheInputMethod() throws Exception {
        app.shortcut(KeyCode.F);
        app.waitUntil(() -> app.lookup("#findText").tryQuery().map(Node::isFocused).orElse(false));
        TextField find = app.lookup("#findText").queryAs(TextField.class);
        compose(find, "wenti");
        app.type(KeyCode.ESCAPE);
        assertTrue(app.lookup("#findBar").query().isVisible(), "Esc under a composition does not close the bar");
        take(find, "问题");
        assertEquals("问题", find.getText());
        app.type(KeyCode.ESCAPE);

        app.interact(() -> app.draft().requestFocus());
        app.shortcut(KeyCode.R);
        app.waitUntil(() -> app.lookup("#rosterLabel").tryQuery().isPresent());
        TextField label = app.lookup("#rosterLabel").queryAs(TextField.class);
        app.clickOn(label);
        compose(label, "jia");
        app.type(KeyCode.ENTER);
        assertTrue(app.dialogShown(), "Enter under a composition does not press the dialog's default button");
        take(label, "嘉");
        app.type(KeyCode.ESCAPE);
    }
}
