package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.InputMethodHighlight;
import javafx.scene.input.InputMethodTextRun;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.model.Turn;

/** The operator's keyboard contract, typed by a robot into the real window. */
class LiveEntryTest {
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

    @Test
    void aHostQuestionAndATwoParagraphAnswerAreStampedFromTheStudioClock() {
        assertEquals("主持人", app.currentSpeaker());
        app.clock.advanceSeconds(2);
        app.write("各位听众朋友们上午好");
        app.clock.advanceSeconds(30);
        app.commit();
        assertEquals("嘉宾", app.currentSpeaker(), "after the host, the guest");

        app.clock.advanceSeconds(5);
        app.write("第一段。");
        app.type(KeyCode.ENTER);
        app.write("第二段。");
        app.clock.advanceSeconds(40);
        app.commit();

        List<Turn> turns = app.turns();
        assertEquals(2, turns.size());
        assertEquals(new Turn("s1", List.of("各位听众朋友们上午好"), RunningApp.NINE.plusSeconds(2), RunningApp.NINE.plusSeconds(32)),
                turns.get(0));
        assertEquals(new Turn("s2", List.of("第一段。", "第二段。"), RunningApp.NINE.plusSeconds(37), RunningApp.NINE.plusSeconds(77)),
                turns.get(1));
        assertTrue(app.lookup(".turn-speaker").queryAllAs(Label.class).stream().map(Label::getText).toList()
                .containsAll(List.of("主持人", "嘉宾")), "both labels are shown in the list");
        assertEquals("主持人", app.currentSpeaker(), "after the guest, the host");
        assertEquals("", app.draft().getText());
    }

    @Test
    void ctrlTwoCommitsThenSwitchesAndABlankDraftNeverCommits() {
        app.write("开场白");
        app.shortcut(KeyCode.DIGIT2);
        assertEquals(1, app.turns().size());
        assertEquals("s1", app.turns().get(0).speakerId());
        assertEquals("嘉宾", app.currentSpeaker());

        app.write("   ");
        app.type(KeyCode.ENTER);
        app.commit();
        app.shortcutShift(KeyCode.ENTER);
        app.shortcut(KeyCode.DIGIT1);
        assertEquals(1, app.turns().size(), "a blank draft never commits");
        assertEquals("主持人", app.currentSpeaker());
    }

    @Test
    void ctrlShiftEnterKeepsTheSpeaker() {
        app.write("第一句");
        app.shortcutShift(KeyCode.ENTER);
        app.write("第二句");
        app.shortcutShift(KeyCode.ENTER);
        assertEquals(List.of("s1", "s1"), app.turns().stream().map(Turn::speakerId).toList());
        assertEquals("主持人", app.currentSpeaker());
    }

    @Test
    void ctrlUpCorrectsTheLastTurnInPlaceKeepingItsTimesAndTheDraftBeingTyped() throws Exception {
        app.clock.advanceSeconds(1);
        app.write("问题有错字");
        app.clock.advanceSeconds(10);
        app.commit();
        Turn original = app.turns().get(0);
        app.write("嘉宾正在回答");
        app.shortcut(KeyCode.UP);
        assertEquals("问题有错字", app.draft().getText());
        assertTrue(app.lookup("#correctionBanner").queryAs(Label.class).isVisible());
        assertEquals("主持人", app.currentSpeaker());

        app.shortcut(KeyCode.A);
        app.write("问题改好了");
        app.clock.advanceSeconds(60);
        app.commit();

        assertEquals(1, app.turns().size());
        assertEquals(original.withParagraphs(List.of("问题改好了")), app.turns().get(0));
        assertEquals("嘉宾正在回答", app.draft().getText(), "the draft set aside comes back");
        assertEquals("嘉宾", app.currentSpeaker());
        assertFalse(app.lookup("#correctionBanner").queryAs(Label.class).isVisible());
    }

    @Test
    void escLeavesAnUntouchedCorrectionAtOnceAndAsksAboutAnEditedOne() throws Exception {
        app.write("问题");
        app.commit();
        app.shortcut(KeyCode.UP);
        app.type(KeyCode.ESCAPE);
        assertEquals("", app.draft().getText());
        assertEquals(List.of("问题"), app.turns().get(0).paragraphs());

        app.shortcut(KeyCode.UP);
        app.write("补充");
        app.type(KeyCode.ESCAPE);
        app.waitUntil(app::dialogShown);
        app.clickButton("dialog.keep");
        assertEquals("问题补充", app.draft().getText(), "kept: still correcting");
        app.type(KeyCode.ESCAPE);
        app.waitUntil(app::dialogShown);
        app.clickButton("dialog.discard");
        assertEquals("", app.draft().getText());
        assertEquals(List.of("问题"), app.turns().get(0).paragraphs());
    }

    @Test
    void aPasteOfSeveralLabelledTurnsIsPreviewedAndCommittedInOrder() throws Exception {
        app.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("[主持人]:请问如何办理?\n[网友]:我也想知道。\n[嘉宾]:可以在网上办理。");
            Clipboard.getSystemClipboard().setContent(content);
        });
        app.shortcut(KeyCode.V);
        app.waitUntil(() -> app.lookup("#pastePreview").tryQuery().isPresent());
        ListView<?> preview = app.lookup("#pastePreview").queryListView();
        assertEquals(3, preview.getItems().size());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 3);
        assertEquals(List.of("s1", "s3", "s2"), app.turns().stream().map(Turn::speakerId).toList());
        assertTrue(app.lookup("#speaker-s3").tryQuery().isPresent(), "网友 joins the speaker bar");
        assertEquals("", app.draft().getText());
    }

    @Test
    void aPlainPasteGoesIntoTheDraft() {
        app.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("[主持人]:只有一条");
            Clipboard.getSystemClipboard().setContent(content);
        });
        app.shortcut(KeyCode.V);
        assertEquals("[主持人]:只有一条", app.draft().getText());
        assertEquals(0, app.turns().size());
    }

    @Test
    void theStatusBarCountsCharactersAsTheStatisticsDoAndSaysHow() throws Exception {
        app.write("你好， world 2022。");
        app.commit();
        Label counts = app.lookup("#counts").queryAs(Label.class);
        String expected = new java.text.MessageFormat(app.text("status.counts")).format(new Object[] {1, 11});
        app.waitUntil(() -> counts.getText().equals(expected));
        app.shortcut(KeyCode.I);
        app.waitUntil(() -> app.lookup("#statsText").tryQuery().isPresent());
        String stats = app.lookup("#statsText").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(stats.contains("\t11\t2\t"), "the statistics count the same 11 characters and 2 marks: " + stats);
        assertTrue(stats.contains(app.text("stats.definition")), stats);
        app.interact(() -> ((javafx.stage.Stage) app.lookup("#statsText").query().getScene().getWindow()).close());
    }

    @Test
    void elapsedCountsFromTheFirstTurnTypedHereOrFromTheOnAirStartAndSaysWhich() throws Exception {
        Label elapsed = app.lookup("#elapsed").queryAs(Label.class);
        assertTrue(elapsed.getText().contains("--:--:--"), elapsed.getText());
        app.clock.advanceSeconds(5);
        app.write("开场");
        app.commit();
        app.clock.advanceSeconds(65);
        String typed = new java.text.MessageFormat(app.text("status.elapsed.typed")).format(new Object[] {"00:01:05"});
        app.waitUntil(() -> elapsed.getText().equals(typed));
        app.shortcutShift(KeyCode.T);
        app.clock.advanceSeconds(3);
        String onAir = new java.text.MessageFormat(app.text("status.elapsed.onAir")).format(new Object[] {"00:00:03"});
        app.waitUntil(() -> elapsed.getText().equals(onAir));
    }

    @Test
    void theDraftGrowsWithALongAnswerUpToAThirdOfTheWindowThenScrolls() throws Exception {
        double twoLines = app.draft().getHeight();
        for (int i = 1; i <= 5; i++) {
            app.write("第" + i + "段");
            app.type(KeyCode.ENTER);
        }
        app.waitUntil(() -> app.draft().getHeight() > twoLines * 2);
        double window = app.draft().getScene().getHeight();
        for (int i = 6; i <= 30; i++) {
            app.write("第" + i + "段");
            app.type(KeyCode.ENTER);
        }
        app.write("最后");
        app.waitUntil(() -> Math.abs(app.draft().getHeight() - window / 3) < 2);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) app.draft().lookup(".scroll-pane");
        assertTrue(scroll.getVvalue() > scroll.getVmin() && scroll.getVvalue() >= scroll.getVmax() - 0.01,
                "it scrolls, and the caret at the end is in sight: " + scroll.getVvalue());
        app.commit();
        app.waitUntil(() -> Math.abs(app.draft().getHeight() - twoLines) < 2);
    }

    @Test
    void whileAnInputMethodComposesEnterBelongsToIt() {
        app.interact(() -> app.draft().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new InputMethodTextRun("nihao", InputMethodHighlight.UNSELECTED_RAW)), "", 5)));
        app.type(KeyCode.ENTER);
        app.commit();
        assertEquals(0, app.turns().size(), "Ctrl+Enter while composing does not commit");
        assertFalse(app.draft().getText().contains("\n"), "Enter while composing adds no paragraph");

        app.interact(() -> app.draft().fireEvent(new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), "你好", 0)));
        assertEquals("你好", app.draft().getText());
        app.commit();
        assertEquals(List.of("你好"), app.turns().get(0).paragraphs());
    }
}
