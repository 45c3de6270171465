package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.ProjectJson;
import org.shilu.format.SampleFixture;
import org.shilu.model.Question;
import org.shilu.model.Turn;
import org.shilu.publish.Editions;

/**
 * The interview desk on the real window, typed by a robot: netizens' questions pasted, approved and
 * relayed as a netizen's turn and into the host's draft; a sensitive word marked as it is typed,
 * held back from a folder publish until approved, and not marked inside an allowed phrase.
 */
class InterviewDeskTest {
    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    /** Starts on a saved copy of the sample, with {@code lists} as the sensitive-word lists in the settings. */
    private Path startWithLists(Path... lists) throws Exception {
        Files.createDirectories(home.resolve("config"));
        String paths = String.join(",", java.util.Arrays.stream(lists).map(p -> "\"" + p.toString().replace("\\", "\\\\") + "\"").toList());
        Files.writeString(home.resolve("config/settings.json"), "{\"clockOffsetSeconds\":0,\"sensitiveLists\":[" + paths + "]}");
        Path project = Files.createDirectories(home.resolve("programmes")).resolve("interview.shilu");
        Files.write(project, new ProjectJson().write(SampleFixture.project()));
        app = new RunningApp().start(home, project.toString());
        int turns = SampleFixture.project().transcript().turns().size();
        app.waitUntil(() -> app.turns().size() == turns); // the file is read off the FX thread
        return project;
    }

    private List<Question> questions() {
        return List.copyOf(app.lookup("#questionList").<Question>queryListView().getItems());
    }

    private boolean drawnOver(Node box, String style) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> box.getParent().lookupAll("." + style).stream()
                .anyMatch(shape -> shape.isVisible() && shape.getBoundsInParent().getWidth() > 0)).get();
    }

    private List<String> flaggedInList() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.lookup(".turn-cell").queryAll().stream()
                .filter(Node::isVisible).flatMap(cell -> cell.lookupAll(".sensitive-run").stream())
                .map(n -> ((Label) n).getText()).toList()).get();
    }

    private void paste(String text) {
        app.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private String speakerOf(Turn turn) {
        return app.lookup(".turn-cell").queryAll().stream().map(n -> (javafx.scene.control.ListCell<?>) n)
                .filter(cell -> cell.getItem() == turn).map(cell -> ((Label) cell.lookup(".turn-speaker")).getText())
                .findFirst().orElse(null);
    }

    @Test
    void questionsArePastedApprovedAndRelayedAsANetizensTurnAndIntoTheHostsDraftByKeyboard() throws Exception {
        startWithLists();
        int before = app.turns().size();
        paste("江南雨：公积金怎么提取？\n网友“老张”:公交站在哪里\n请问几点开始");
        app.push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        app.waitUntil(() -> app.lookup("#questionPreview").tryQuery().isPresent());
        assertEquals(3, app.lookup("#questionPreview").queryListView().getItems().size());
        app.clickLabelled(app.text("questions.preview.take", 3));
        app.waitUntil(() -> app.lookup("#questionList").tryQuery().isPresent() && questions().size() == 3);
        assertEquals(List.of("江南雨", "老张", ""), questions().stream().map(Question::name).toList());
        app.waitUntil(() -> app.draft().isFocused());
        // The panel's buttons name their keys in their tooltips (made when the panel first shows).
        javafx.scene.control.Tooltip approveTip = app.lookup("#questionApprove").queryButton().getTooltip();
        assertTrue(approveTip != null && approveTip.getText().contains(
                org.shilu.ui.common.AppAction.APPROVE_QUESTION.key().getDisplayText()), "the approve button's tooltip names its key");

        // Relaying a new question is refused until it is approved; both keys work from the draft.
        app.push(KeyCode.F6);
        assertEquals(before, app.turns().size());
        app.push(KeyCode.SHIFT, KeyCode.F6);
        app.waitUntil(() -> questions().get(0).status() == Question.Status.APPROVED);
        app.push(KeyCode.F6);
        app.waitUntil(() -> app.turns().size() == before + 1);
        Turn relayed = app.turns().getLast();
        assertEquals("公积金怎么提取？", relayed.text());
        app.waitUntil(() -> "网友“江南雨”".equals(speakerOf(relayed)));
        assertEquals(relayed.id(), questions().get(0).turnId());
        assertEquals(Question.Status.ASKED, questions().get(0).status());
        assertTrue(app.draft().isFocused(), "the caret stays in the draft");

        // Into the host's draft instead: the programme's template puts the host's words there.
        app.clickOn("#questionRelay");
        app.clickOn(app.text("questions.relay.DRAFT"));
        app.waitUntil(() -> !app.lookup("#questionTemplate").query().isDisabled());
        app.clickOn(app.draft());
        app.push(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN));
        app.push(KeyCode.SHIFT, KeyCode.F6);
        app.waitUntil(() -> questions().get(1).status() == Question.Status.APPROVED);
        app.push(KeyCode.F6);
        app.waitUntil(() -> app.draft().getText().equals("网友老张问：公交站在哪里"));
        assertEquals("主持人", app.currentSpeaker());
        assertEquals(Question.Status.ASKED, questions().get(1).status());
        assertNull(questions().get(1).turnId(), "no turn until the draft is committed");
        app.commit();
        app.waitUntil(() -> app.turns().size() == before + 2);
        assertEquals(app.turns().getLast().id(), questions().get(1).turnId());

        // A question typed in the panel; Esc goes back to the draft; Ctrl+Z takes it away again.
        app.push(KeyCode.SHIFT, KeyCode.F7);
        app.waitUntil(() -> app.lookup("#questionEntry").query().isFocused());
        app.write("小李: 明天下雨吗");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> questions().size() == 4);
        assertEquals("小李", questions().get(3).name());
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> app.draft().isFocused());
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> questions().size() == 3);

        // Delete on a question in the list takes it away; Ctrl+Z brings it back.
        app.clickOn(app.lookup("#questionList .list-cell").match(cell -> cell instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof Question q && q.id().equals("q3")).queryAs(javafx.scene.Node.class));
        app.push(KeyCode.DELETE);
        app.waitUntil(() -> questions().size() == 2);
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> app.draft().isFocused());
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> questions().size() == 3);

        // F7 hides the panel; the draft keeps its keys all along.
        app.push(KeyCode.F7);
        app.waitUntil(() -> app.lookup("#questionsPanel").tryQuery().isEmpty());
        app.write("继续");
        app.commit();
        app.waitUntil(() -> app.turns().size() == before + 3);
    }

    @Test
    void aSensitiveWordIsMarkedAsTypedHeldFromAFolderPublishUntilApprovedAndNotMarkedWhereAllowed() throws Exception {
        Path list = home.resolve("words.txt");
        Files.writeString(list, "# 测试\n赌博\t违法\n李洪\n", StandardCharsets.UTF_8);
        startWithLists(list);
        app.write("打击赌博");
        app.waitUntil(() -> drawnOver(app.draft(), "sensitive-mark"));

        Path web = Files.createDirectories(home.resolve("web"));
        app.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        app.waitUntil(() -> app.lookup("#publishAddress").tryQuery().isPresent());
        app.clickOn("#publishAddress");
        app.write("folder:" + web);
        app.type(KeyCode.ENTER); // adds the place
        app.type(KeyCode.ENTER); // starts publishing, the approval gate off
        int sampleTurns = app.turns().size();
        app.waitUntil(() -> PublishedFolder.feedIn(web) != null && PublishedFolder.feedIn(web).turns().size() == sampleTurns);
        app.clickOn(app.draft());
        app.commit();
        app.waitUntil(() -> app.turns().size() == sampleTurns + 1);
        app.waitUntil(() -> flaggedInList().contains("赌博"));
        app.push(KeyCode.F8); // the page preview, hidden until shown
        app.waitUntil(() -> app.lookup("#preview").tryQuery().isPresent() && "赌博".equals(new WebPage(
                app.lookup("#preview").queryAs(javafx.scene.web.WebView.class))
                .script("var m = document.querySelector('mark.sensitive'); m ? m.textContent : null")));
        app.waitUntil(() -> app.lookup("#heldTurns").queryAs(Label.class).isVisible());
        assertEquals(app.text("words.held", 1), app.lookup("#heldTurns").queryAs(Label.class).getText());
        app.write("好的");
        app.commit();
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == sampleTurns + 1);
        assertTrue(PublishedFolder.feedIn(web).turns().getLast().text().startsWith("好的"), "the next turn went out");
        // The text is written after the feed: its line for the turn 好的 (the sample has 好的 only inside longer turns).
        app.waitUntil(() -> java.util.regex.Pattern.compile("(?m)^\\[[^\\]]+\\][:：]好的( \\[[^\\]]+\\])?$")
                .matcher(Files.readString(web.resolve(Editions.TEXT))).find());
        assertFalse(Files.readString(web.resolve(Editions.TEXT)).contains("赌博"), "the flagged turn is held");

        // Publish now (F9) says what is held back, with the list one click away; Enter shows the turn.
        app.push(KeyCode.F9);
        String show = app.text("publish.sensitive.show");
        app.waitUntil(() -> app.lookup(show).tryQuery().isPresent());
        app.clickOn(show);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isPresent());
        assertEquals(1, app.lookup("#checkFindings").queryListView().getItems().size());
        app.push(KeyCode.ENTER);
        app.waitUntil(() -> app.turnList().getSelectionModel().getSelectedIndex() == sampleTurns);

        // Approved (Ctrl+Shift+A on the turn in the list): out it goes, and nothing is held.
        app.selectTurn(sampleTurns);
        app.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == sampleTurns + 2);
        // The feed is written first, the page and the text after it.
        app.waitUntil(() -> Files.readString(web.resolve(Editions.TEXT)).contains("打击赌博"));
        app.waitUntil(() -> !app.lookup("#heldTurns").queryAs(Label.class).isVisible());
        assertFalse(Files.readString(web.resolve(Editions.PAGE)).contains("<mark"), "no mark on the published page");

        // A guest's name holding a listed word: marked until the programme allows it.
        app.clickOn(app.draft());
        app.write("李洪伟主任");
        app.waitUntil(() -> drawnOver(app.draft(), "sensitive-mark"));
        app.clickLabelled(app.text("menu.live"));
        app.clickLabelled(app.text("action.allowedWords"));
        app.waitUntil(() -> app.lookup("#allowedWords").tryQuery().isPresent());
        app.clickOn("#allowedWords"); // the robot types into the window clicked last
        app.write("李洪伟");
        app.clickLabelled("OK");
        app.waitUntil(() -> !drawnOver(app.draft(), "sensitive-mark"));

        // The list edited while Shilu runs: read again, and its new word is marked.
        app.clickOn(app.draft());
        app.write("，公积金");
        Files.writeString(list, "赌博\t违法\n李洪\n公积金\n", StandardCharsets.UTF_8);
        app.waitUntil(() -> drawnOver(app.draft(), "sensitive-mark"));
        long before = PublishedFolder.feedIn(web).version();
        app.commit();

        // The checks before export list each sensitive word; Enter shows its turn.
        app.shortcut(KeyCode.E);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isPresent());
        List<String> found = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.lookup("#checkFindings").queryListView()
                .getItems().stream().map(Object::toString).filter(f -> f.contains("SENSITIVE_WORD")).toList()).get();
        assertEquals(2, found.size(), "赌博, and 公积金 in the last turn (李洪 is allowed in 李洪伟): " + found);
        assertTrue(found.get(0).contains("赌博"), found.toString());
        app.clickOn(app.lookup("#checkFindings .list-cell").match(cell -> cell instanceof javafx.scene.control.ListCell<?> c
                && c.getText() != null && c.getText().contains("“赌博”")).queryAs(Node.class));
        app.push(KeyCode.ENTER);
        app.waitUntil(() -> app.turnList().getSelectionModel().getSelectedIndex() == sampleTurns);
        // Publishing has settled on what was typed before the test ends (its folder is deleted then).
        app.waitUntil(() -> PublishedFolder.feedIn(web).version() > before);
    }

    @Test
    void anApprovedTurnEditedToHoldANewListedWordIsHeldAgainAndUndoingTheEditGivesItsApprovalBack() throws Exception {
        Path list = home.resolve("words.txt");
        Files.writeString(list, "赌博\n", StandardCharsets.UTF_8);
        startWithLists(list);
        int flagged = app.turns().size();
        int clean = flagged + 1;
        app.write("打击赌博");
        app.commit();
        app.write("欢迎收听");
        app.commit();
        app.waitUntil(() -> app.turns().size() == clean + 1);
        Label held = app.lookup("#heldTurns").queryAs(Label.class);
        app.waitUntil(held::isVisible);
        for (int at : new int[] {flagged, clean}) {
            app.selectTurn(at);
            app.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
            app.waitUntil(() -> app.turns().get(at).approved());
        }
        app.waitUntil(() -> !held.isVisible());

        // Approved with 赌博 in it, then corrected: no word it did not hold, so it stays approved.
        editAtTheEnd(flagged, "行为");
        app.waitUntil(() -> app.turns().get(flagged).text().equals("打击赌博行为"));
        assertTrue(app.turns().get(flagged).approved(), "a correction bringing no new listed word keeps the approval");

        // Approved clean, then edited to hold 赌博: held until approved again, and the status bar says why.
        editAtTheEnd(clean, "和赌博");
        app.waitUntil(() -> app.turns().get(clean).text().equals("欢迎收听和赌博"));
        assertFalse(app.turns().get(clean).approved(), "the approval was given to a text without 赌博");
        app.waitUntil(held::isVisible);
        assertEquals(app.text("words.held", 1), held.getText());
        String why = app.text("words.approvalTaken", clean + 1, "赌博");
        app.waitUntil(() -> why.equals(app.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()));

        // Undone in one step: the text and the approval come back together, and redone, both go again.
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().get(clean).text().equals("欢迎收听"));
        assertTrue(app.turns().get(clean).approved());
        app.waitUntil(() -> !held.isVisible());
        assertEquals("", app.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText(),
                "what the status bar said of the undone edit is gone with it");
        app.shortcutShift(KeyCode.Z);
        app.waitUntil(() -> app.turns().get(clean).text().equals("欢迎收听和赌博"));
        assertFalse(app.turns().get(clean).approved());
        app.waitUntil(held::isVisible);
    }

    /** Opens turn {@code index} in place (F2), types {@code added} at its end and commits the edit. */
    private void editAtTheEnd(int index, String added) throws Exception {
        app.selectTurn(index);
        app.push(KeyCode.F2);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.push(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN));
        app.write(added);
        app.commit();
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isEmpty());
    }
}
