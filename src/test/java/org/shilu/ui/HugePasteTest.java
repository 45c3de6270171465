package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 1 MB paste is looked at in the background and lands only where the user says. */
class HugePasteTest {
    private static final String LINE = "各位听众朋友们上午好,这里是《行风热线》栏目,因为疫情防控特殊原因,本期节目我们以电话联线的方式进行。";

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

    private void copy(String text) {
        app.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static String megabyte(boolean labelled) {
        StringBuilder text = new StringBuilder();
        int n = 0;
        while (text.toString().getBytes(StandardCharsets.UTF_8).length < 1_000_000) {
            for (int i = 0; i < 100; i++, n++) {
                text.append(labelled ? (n % 2 == 0 ? "[主持人]:" : "[网友]:") : "").append(LINE).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void aMegabyteOfPlainTextAsksBeforeItLandsInTheDraft() throws Exception {
        String big = megabyte(false);
        copy(big);
        app.shortcut(KeyCode.V);
        app.waitUntil(app::dialogShown);
        assertEquals("", app.draft().getText(), "nothing lands before the user says so");
        app.clickButton("dialog.cancel");
        assertEquals("", app.draft().getText());

        app.shortcut(KeyCode.V);
        app.waitUntil(app::dialogShown);
        app.clickButton("paste.large.yes");
        app.waitUntil(() -> app.draft().getText().length() == big.length());
        assertEquals(big, app.draft().getText());
    }

    @Test
    void aMegabyteOfLabelledTurnsIsSplitAndCommittedAsTurns() throws Exception {
        String big = megabyte(true);
        long turns = big.lines().count();
        copy(big);
        app.shortcut(KeyCode.V);
        app.waitUntil(() -> app.lookup("#pastePreview").tryQuery().isPresent());
        assertEquals(turns, app.lookup("#pastePreview").queryListView().getItems().size());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == turns);
        assertTrue(app.lookup("#speaker-s3").tryQuery().isPresent(), "网友 was added to the roster");
        app.write("继续输入");
        assertEquals("继续输入", app.draft().getText());
    }
}
