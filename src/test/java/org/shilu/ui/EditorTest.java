package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.model.Turn;

/** After the broadcast: the editor's tools on the sample, used by keyboard and mouse on the real window. */
class EditorTest {
    @TempDir
    Path home;
    private RunningApp app;
    private List<Turn> sample;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
        sample = app.turns();
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    /** Clicks turn {@code index} in the list, as a user picks it. */
    private void select(int index) throws Exception {
        app.selectTurn(index);
    }

    private TextArea turnEditor() {
        return app.lookup("#turnEditor").queryAs(TextArea.class);
    }

    private String texts() {
        return String.join("|", app.turns().stream().map(Turn::text).toList());
    }

    @Test
    void anEditInPlaceIsCancelledWithEscAndCommittedWithCtrlEnter() throws Exception {
        select(1);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write("（多余）");
        app.push(KeyCode.ESCAPE);
        assertEquals(sample, app.turns(), "Esc leaves the turn as it was");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write("（更正）");
        app.commit();
        app.waitUntil(() -> app.turns().get(1).text().endsWith("（更正）"));
        assertEquals(sample.get(1).publishedAt(), app.turns().get(1).publishedAt(), "the times stay");
        assertEquals(sample.get(2), app.turns().get(2));
    }

    @Test
    void speakerKeysOnTheListChangeTheSelectedTurnsSpeaker() throws Exception {
        select(0);
        app.shortcut(KeyCode.DIGIT2);
        app.waitUntil(() -> app.turns().get(0).speakerId().equals("s2"));
        assertEquals(8, app.turns().size(), "nothing was committed from the draft");
    }

    @Test
    void anImpossibleTimeIsRefusedWithTheReasonAndTheOldTimeKept() throws Exception {
        select(1);
        app.push(KeyCode.SHIFT, KeyCode.F2);
        app.waitUntil(() -> app.lookup("#publishedAt").tryQuery().isPresent());
        TextField published = app.lookup("#publishedAt").queryAs(TextField.class);
        app.interact(published::clear);
        app.clickOn(published).write("2022-2-30 9:03:54");
        app.type(KeyCode.ENTER);
        Label problem = app.lookup("#timesProblem").queryAs(Label.class);
        String reason = problem.getText();
        assertTrue(reason.contains("2022-2-30 9:03:54"), reason);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String shown = app.from(problem).lookup(".text").queryAs(javafx.scene.text.Text.class).getText();
        assertEquals(reason.replace("\n", ""), shown.replace("\n", ""), "the whole reason shows, not an ellipsis");
        app.interact(published::clear);
        app.clickOn(published).write("9:05:00");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> LocalDateTime.of(2022, 3, 23, 9, 5, 0).equals(app.turns().get(1).publishedAt()));
    }

    @Test
    void typingOnTheListGoesIntoTheDraftAndSpaceStartsNoEdit() throws Exception {
        select(3);
        app.write("abc");
        app.type(KeyCode.SPACE);
        app.write("d");
        assertTrue(app.lookup("#turnEditor").tryQuery().isEmpty(), "Space started no edit in place");
        assertEquals("abc d", app.draft().getText(), "nothing typed was dropped: it is in the draft");
        assertEquals(sample, app.turns(), "and no turn changed");
    }

    @Test
    void insertDeleteAndMoveAreKeysOnTheList() throws Exception {
        select(0);
        app.type(KeyCode.INSERT);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        assertEquals("", turnEditor().getText(), "the new turn opens empty");
        assertEquals(app.text("edit.newTurnHint"), turnEditor().getPromptText(), "with the hint as prompt");
        app.write("插入的发言");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9 && app.turns().get(1).text().equals("插入的发言"));
        app.push(KeyCode.ALT, KeyCode.DOWN);
        app.waitUntil(() -> app.turns().get(2).text().equals("插入的发言"));
        app.type(KeyCode.DELETE);
        app.waitUntil(() -> app.turns().size() == 8);
        assertEquals(sample, app.turns());

        select(0);
        app.type(KeyCode.INSERT);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.type(KeyCode.ESCAPE);
        app.waitUntil(() -> app.turns().size() == 8);
        assertEquals(sample, app.turns(), "a new turn left without text goes again");
    }

    @Test
    void aTurnSplitAtTheCaretMergesBackWithCtrlM() throws Exception {
        select(0);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.push(KeyCode.CONTROL, KeyCode.HOME);
        for (int i = 0; i < 10; i++) {
            app.type(KeyCode.RIGHT);
        }
        app.push(KeyCode.ALT, KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 9);
        String whole = sample.get(0).text();
        assertEquals(whole.substring(0, 10), app.turns().get(0).text());
        assertEquals(whole.substring(10), app.turns().get(1).text());
        assertEquals("s1", app.turns().get(1).speakerId(), "the second half keeps the speaker");
        select(0);
        app.shortcut(KeyCode.M);
        app.waitUntil(() -> app.turns().size() == 8);
        assertEquals(List.of(whole.substring(0, 10), whole.substring(10)), app.turns().get(0).paragraphs());
        javafx.scene.control.MenuBar bar = app.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu edit = bar.getMenus().stream().filter(menu -> "editMenu".equals(menu.getId()))
                .findFirst().orElseThrow();
        assertEquals(app.text("edit.undoStep").replace("{0}", app.text("step.merge")), edit.getItems().get(0).getText(),
                "the Edit menu names the step Ctrl+Z undoes");
    }

    @Test
    void twoSpeakersMergeIntoOne() throws Exception {
        app.shortcut(KeyCode.R);
        app.waitUntil(() -> app.lookup("#rosterList").tryQuery().isPresent());
        app.clickOn("#rosterAdd");
        app.write("陆局长");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#speaker-s3").tryQuery().isPresent());
        select(0);
        app.shortcut(KeyCode.DIGIT3);
        app.waitUntil(() -> app.turns().get(0).speakerId().equals("s3"));
        app.clickOn(app.text("menu.edit").replace("(_E)", "").replace("_", ""))
                .clickOn(app.text("action.mergeSpeakers"));
        app.waitUntil(() -> app.lookup("#mergeFrom").tryQuery().isPresent());
        // The dialog proposes the newest speaker into the first: 陆局长 into 主持人.
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().get(0).speakerId().equals("s1"));
        app.waitUntil(() -> !app.lookup("#speaker-s3").tryQuery().isPresent());
    }

    @Test
    void aRegexReplaceAllIsOneStepThatCtrlZUndoes() throws Exception {
        app.shortcut(KeyCode.H);
        app.waitUntil(() -> app.lookup("#findText").tryQuery().isPresent());
        app.clickOn("#findRegex");
        app.clickOn("#findText").write("疫情(防控)?");
        app.waitUntil(() -> app.lookup("#findCount").queryAs(Label.class).getText().matches("\\D*\\d+\\D*"));
        app.clickOn("#replaceText").write("疫病$1");
        app.clickOn("#replaceAll");
        app.waitUntil(() -> !texts().contains("疫情"));
        assertTrue(texts().contains("疫病防控"), "the group came back in the replacement");
        app.push(KeyCode.ESCAPE);
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().equals(sample));
        app.shortcutShift(KeyCode.Z);
        app.waitUntil(() -> !texts().contains("疫情"));
    }

    @Test
    void findCountsMatchesAndAnInvalidExpressionIsExplained() throws Exception {
        app.shortcut(KeyCode.F);
        app.waitUntil(() -> app.lookup("#findText").tryQuery().isPresent());
        app.write("森林");
        String count = app.lookup("#findCount").queryAs(Label.class).getText();
        assertTrue(count.matches("\\D*\\d+\\D*") && !count.equals(app.text("find.none")), count);
        app.push(KeyCode.F3);
        int first = app.turnList().getSelectionModel().getSelectedIndex();
        assertTrue(app.turns().get(first).text().contains("森林"));
        assertFalse(app.lookup(".find-match").queryAll().isEmpty(), "matches are marked in the list");
        app.clickOn("#findRegex");
        app.clickOn("#findText").write("(");
        assertTrue(app.lookup("#findCount").queryAs(Label.class).getText().startsWith(
                app.text("find.invalid").substring(0, 4)), "an invalid pattern is explained, not thrown");
    }

    @Test
    void tenMixedChangesUndoneReadExactlyLikeTheStartAndRedoneLikeTheEnd() throws Exception {
        Path before = export("before.txt");
        select(0);
        app.shortcut(KeyCode.DIGIT2);                                   // 1 change speaker
        app.push(KeyCode.ALT, KeyCode.DOWN);                            // 2 move down
        app.type(KeyCode.DELETE);                                       // 3 delete
        select(2);
        app.type(KeyCode.INSERT);                                       // 4 insert
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write("新");
        app.commit();                                                   // 5 edit its text
        select(0);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.push(KeyCode.CONTROL, KeyCode.HOME);
        app.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        app.push(KeyCode.ALT, KeyCode.ENTER);                           // 6 split
        select(0);
        app.shortcut(KeyCode.M);                                        // 7 merge
        app.clickOn("#programmeTitle").write("（重播）");
        app.type(KeyCode.ENTER);                                        // 8 header
        app.clickOn("#draft").write("直播中补一句");
        app.commit();                                                   // 9 a live commit
        app.shortcut(KeyCode.H);
        app.clickOn("#findText").write("主持人");
        app.clickOn("#replaceText").write("主持");
        app.clickOn("#replaceAll");                                     // 10 replace all
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> !texts().contains("主持人"));
        Path after = export("after.txt");

        select(0);
        for (int i = 0; i < 10; i++) {
            app.shortcut(KeyCode.Z);
        }
        assertArrayEquals(Files.readAllBytes(before), Files.readAllBytes(export("undone.txt")));
        select(0);
        for (int i = 0; i < 10; i++) {
            app.shortcut(KeyCode.Y);
        }
        assertArrayEquals(Files.readAllBytes(after), Files.readAllBytes(export("redone.txt")));
    }

    @Test
    void ctrlZInTheEmptiedDraftUndoesTheCommitAndInADraftWithTextUndoesTheTyping() throws Exception {
        app.clickOn("#draft").write("刚提交的一句");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9);
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().size() == 8);
        assertEquals("刚提交的一句", app.draft().getText(), "the undone turn's text is back in the draft, in sight");
        app.write("正在输入");
        app.shortcut(KeyCode.Z);
        assertEquals(8, app.turns().size(), "with text in the draft, Ctrl+Z undoes the typing, not the transcript");
    }

    @Test
    void theTurnUnderCorrectionIsInViewAndMarked() throws Exception {
        app.clickOn("#draft").write("这是一条很长的发言，".repeat(14));
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9);
        app.interact(() -> app.turnList().scrollTo(0));
        app.interact(() -> app.draft().requestFocus());
        app.shortcut(KeyCode.UP);
        app.waitUntil(() -> app.lookup(".turn-cell").queryAll().stream().anyMatch(cell ->
                cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("under-correction"))));
        Node marked = app.lookup(".turn-cell").queryAll().stream().filter(cell ->
                cell.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("under-correction")))
                .findFirst().orElseThrow();
        assertEquals(8, ((ListCell<?>) marked).getIndex(), "the last turn is the one marked");
        javafx.geometry.Bounds list = app.turnList().localToScreen(app.turnList().getBoundsInLocal());
        javafx.geometry.Bounds cell = marked.localToScreen(marked.getBoundsInLocal());
        assertTrue(cell.getMinY() >= list.getMinY() - 1 && (cell.getMaxY() <= list.getMaxY() + 1
                || cell.getMinY() <= list.getMinY() + 5), "the turn under correction is in view: " + cell + " in " + list);
        app.commit();
        app.waitUntil(() -> app.lookup(".turn-cell").queryAll().stream().noneMatch(node ->
                node.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("under-correction"))));
    }

    @Test
    void anUndoneLiveCommitComesBackIntoTheDraftWithItsSpeakerAndTimeAndRedoStillWorks() throws Exception {
        String speaker = app.currentSpeaker();
        app.clickOn("#draft").write("说错了的一句");
        app.clock.advanceSeconds(20);
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9);
        Turn committed = app.turns().get(8);
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().size() == 8);
        assertEquals("说错了的一句", app.draft().getText());
        assertEquals(speaker, app.currentSpeaker(), "with its speaker");
        app.shortcut(KeyCode.Y);
        app.waitUntil(() -> app.turns().size() == 9);
        assertEquals(committed, app.turns().get(8), "redo puts the same turn back");
        assertEquals("", app.draft().getText(), "and the draft it had come back into is cleared");

        app.interact(() -> app.draft().requestFocus());
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().size() == 8);
        app.push(KeyCode.END);
        app.write("改好了");
        app.clock.advanceSeconds(30);
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9);
        Turn again = app.turns().get(8);
        assertEquals(List.of("说错了的一句改好了"), again.paragraphs());
        assertEquals(committed.spokenAt(), again.spokenAt(), "a commit again keeps the time it was first spoken");
        assertEquals(committed.speakerId(), again.speakerId());
    }

    @Test
    void statisticsFollowTheTranscriptAndCopyAsText() throws Exception {
        app.shortcut(KeyCode.I);
        app.waitUntil(() -> app.lookup("#statsText").tryQuery().isPresent());
        TextArea stats = app.lookup("#statsText").queryAs(TextArea.class);
        assertTrue(stats.getText().contains("陆华副局长\t4\t"), stats.getText());
        String before = stats.getText();
        // The user drags the statistics aside and deletes a turn with the mouse in the main window.
        // (Not by keys: the headless platform keeps every window it ever focused focused, and sends
        // keys to the newest, so the statistics window would take them.)
        app.interact(() -> {
            javafx.stage.Window statsWindow = stats.getScene().getWindow();
            statsWindow.setX(700);
            statsWindow.setY(600);
        });
        select(0);
        app.clickOn(app.text("menu.edit").replace("(_E)", "").replace("_", ""))
                .clickOn(app.text("action.deleteTurns").replace("(_D)", "").replace("_", ""));
        app.waitUntil(() -> !stats.getText().equals(before));
        app.clickOn("#statsCopy");
        String copied = org.testfx.util.WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertEquals(stats.getText(), copied);
    }

    @Test
    void allTimesShiftByAnOffsetForAClockThatWasWrong() throws Exception {
        select(0);
        app.clickOn(app.text("menu.edit").replace("(_E)", "").replace("_", ""))
                .clickOn(app.text("action.shiftTimes").replace("…", "") + "…");
        app.waitUntil(() -> app.lookup("#shiftOffset").tryQuery().isPresent());
        app.clickOn("#shiftOffset").write("-0:01:30");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> sample.get(1).publishedAt().minusSeconds(90).equals(app.turns().get(1).publishedAt()));
        assertEquals(sample.get(7).publishedAt().minusSeconds(90), app.turns().get(7).publishedAt());
    }

    /** File → Export as portal text into the test's folder. */
    private Path export(String name) throws Exception {
        Path file = home.resolve(name);
        app.openExport();
        app.clickOn("#exportFormat").clickOn(app.text("export.format.portal-text"));
        TextField target = app.lookup("#exportTarget").queryAs(TextField.class);
        app.interact(target::clear);
        app.clickOn(target).write(file.toString());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(file));
        return file;
    }
}
