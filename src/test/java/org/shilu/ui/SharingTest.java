package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.model.Edit;
import org.shilu.model.Turn;
import org.shilu.share.CutCable;
import org.shilu.share.PostgresForTests;
import org.shilu.share.TestSeat;

/**
 * Sharing on the real window: the operator shares the programme through File → Share programme…
 * on a real PostgreSQL server the test starts on 127.0.0.1, a proof-reader's seat joins, and the
 * two keep in step; the window's cable is cut and a turn changed on both sides comes back to the
 * window as a clash to settle.
 */
class SharingTest {
    private static PostgresForTests server;
    @TempDir
    Path home;
    private RunningApp app;
    private CutCable cable;
    private TestSeat bo;

    @BeforeAll
    static void startServer() throws Exception {
        server = new PostgresForTests("window_test");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void start() throws Exception {
        cable = new CutCable(server.port());
        // The window's Settings name a sensitive-word list; the sample holds none of its words.
        Path list = home.resolve("words.txt");
        Files.writeString(list, "赌博\n", java.nio.charset.StandardCharsets.UTF_8);
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/settings.json"), "{\"clockOffsetSeconds\":0,\"sensitiveLists\":[\""
                + list.toString().replace("\\", "\\\\") + "\"]}");
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
    }

    @AfterEach
    void stop() throws Exception {
        if (bo != null) {
            bo.close();
        }
        app.stop();
        cable.close();
    }

    /** The marks the visible turns show. */
    private List<String> marks() {
        return app.lookup(".turn-publish-mark").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }

    private String status() {
        return app.lookup("#shareStatus").queryAs(Label.class).getText();
    }

    private String inStep() {
        return app.text("share.state.online", 0, app.text("share.role.short.operator"));
    }

    private String statusBar() {
        return app.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = app.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private void type(String field, String text) {
        app.clickOn(field);
        app.shortcut(KeyCode.A);
        app.write(text);
    }

    /** Shares the window's programme by File → Share…, letting bo in; gives the programme's id once the window is in step. */
    private UUID shareTheWindow() throws Exception {
        app.clickLabelled(app.text("menu.file"));
        app.clickLabelled(app.text("action.share"));
        app.waitUntil(() -> app.lookup("#shareHost").tryQuery().isPresent());
        type("#shareHost", "127.0.0.1");
        type("#sharePort", String.valueOf(cable.port()));
        type("#shareDatabase", "window_test");
        type("#shareUser", "anna");
        type("#sharePassword", "anna-password");
        app.clickOn("#shareTls").clickOn("disable");
        type("#shareLetIn", "bo");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#shareProgrammeId").tryQuery().isPresent());
        UUID programme = UUID.fromString(app.lookup("#shareProgrammeId").queryAs(TextField.class).getText());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> status().equals(inStep()));
        return programme;
    }

    @Test
    void theOperatorSharesTheWindowsProgrammeAndAProofReadersSeatKeepsInStepWithIt() throws Exception {
        UUID programme = shareTheWindow();
        bo = new TestSeat(server, "bo", server.port(), programme);
        assertEquals(app.turns(), bo.transcript().turns(), "the proof-reader's seat has the window's programme");

        // The window is the operator's seat: it does not approve or mark as published, and says why.
        app.selectTurn(1);
        app.shortcutShift(KeyCode.A);
        app.waitUntil(() -> statusBar().equals(app.text("share.withheld", app.text("share.role.short.operator"),
                org.shilu.ui.common.Messages.withoutMnemonic(app.text("action.approve")), app.text("share.withheld.approvers"))));
        assertTrue(!app.turns().get(1).approved(), "the typist's own turn stays unchecked");
        assertTrue(menuItem("menu-approve").isDisable() && menuItem("menu-mark-published").isDisable()
                && menuItem("menu-publish-now").isDisable() && !menuItem("menu-review").isDisable(), "greyed in the menus");
        // A publisher's mark and a proof-reader's correction come to the window's review record.
        bo.edit(t -> new Edit.SetReview(t.review().markPublished(t, java.time.LocalDateTime.of(2022, 3, 23, 9, 0))));
        bo.edit(t -> new Edit.ReplaceTurn(0, t.turns().get(0).withParagraphs(List.of("bo's correction"))));
        app.waitUntil(() -> app.lookup("#reviewCounts").queryAs(Label.class).getText().equals(app.text("review.counts", 8, 1, 1)));
        app.waitUntil(() -> app.turns().get(0).text().equals("bo's correction"));

        app.interact(() -> app.draft().requestFocus());
        app.write("operator typed this");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 9);
        awaitAtBo(() -> bo.transcript().turns().size() == 9
                && bo.transcript().turns().get(8).text().equals("operator typed this"));
        bo.edit(t -> new Edit.ReplaceTurn(2, t.turns().get(2).withParagraphs(List.of("proof-read")).withApproved(true)));
        app.waitUntil(() -> app.turns().get(2).text().equals("proof-read") && app.turns().get(2).approved());
        app.selectTurn(2);
        try {
            app.waitUntil(() -> marks().contains(app.text("share.mark.changed", "bo")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("marks shown: " + marks(), e);
        }
        String editedAtBo = bo.transcript().turns().get(3).id();
        bo.on(() -> {
            bo.sync.editing(editedAtBo);
            return null;
        });
        app.selectTurn(3);
        app.waitUntil(() -> marks().contains(app.text("share.mark.editing", "bo")));
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        awaitAtBo(() -> "anna".equals(bo.sync.editedBy(editedAtBo)));
        app.push(KeyCode.ESCAPE);
        awaitAtBo(() -> bo.sync.editedBy(editedAtBo) == null);

        cable.cut();
        app.waitUntil(() -> status().startsWith(app.text("share.state.offline", 0, app.text("share.role.short.operator"))));
        app.selectTurn(8); // the turn just committed, in view
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write(" (window)");
        app.commit();
        app.waitUntil(() -> app.turns().get(8).text().endsWith(" (window)"));
        bo.edit(t -> new Edit.ReplaceTurn(8, t.turns().get(8).withParagraphs(List.of("bo's version"))));
        awaitAtBo(bo.sync::isInStep);
        cable.join();
        app.waitUntil(() -> app.lookup("#conflictMerged").tryQuery().isPresent());
        assertEquals("bo's version", app.lookup("#conflictTheirs").queryAs(TextArea.class).getText());
        TextArea merged = app.lookup("#conflictMerged").queryAs(TextArea.class);
        assertTrue(merged.getText().endsWith(" (window)"), merged.getText());
        // While the user reads, bo changes the turn again: that change waits too, it is not taken in unseen.
        bo.edit(t -> new Edit.ReplaceTurn(8, t.turns().get(8).withParagraphs(List.of("bo's second version"))));
        awaitAtBo(bo.sync::isInStep);
        app.clickOn(merged);
        app.type(KeyCode.ESCAPE);
        assertTrue(app.lookup("#conflictMerged").tryQuery().isPresent(), "Esc does not put the clash off");
        assertTrue(app.turns().get(8).text().endsWith(" (window)"), "the window keeps its text while the clash is open");
        app.shortcut(KeyCode.A);
        app.write("merged by hand");
        app.clickLabelled(app.text("share.conflict.keepMerged"));
        // Merged against the version shown, the text meets bo's second one, and the user is asked again.
        app.waitUntil(() -> app.lookup("#conflictTheirs").tryQuery()
                .map(box -> ((TextArea) box).getText().equals("bo's second version")).orElse(false));
        assertEquals("merged by hand", app.lookup("#conflictMine").queryAs(TextArea.class).getText());
        assertEquals("merged by hand", app.turns().get(8).text());
        app.clickLabelled(app.text("share.conflict.takeTheirs"));
        app.waitUntil(() -> app.turns().get(8).text().equals("bo's second version"));
        awaitAtBo(() -> bo.transcript().turns().get(8).text().equals("bo's second version"));
        app.waitUntil(() -> status().equals(inStep()));
        assertEquals(app.turns(), bo.transcript().turns());

        // A window no longer shared approves again.
        app.clickLabelled(app.text("menu.file"));
        app.clickLabelled(app.text("action.stopSharing"));
        app.waitUntil(() -> !menuItem("menu-approve").isDisable());
        app.selectTurn(1);
        app.shortcutShift(KeyCode.A);
        app.waitUntil(() -> app.turns().get(1).approved());
    }

    @Test
    void anotherSeatsEditBringingAListedWordIntoAnApprovedTurnIsTakenBackHereAndTheOtherSeatIsTold() throws Exception {
        bo = new TestSeat(server, "bo", server.port(), shareTheWindow());
        bo.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withApproved(true)));
        app.waitUntil(() -> app.turns().get(1).approved());
        // bo's seat names no list: its edit keeps the approval, and the window, whose list holds 赌博, takes it back.
        bo.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withParagraphs(List.of("严厉打击赌博"))));
        app.waitUntil(() -> app.turns().get(1).text().equals("严厉打击赌博") && !app.turns().get(1).approved());
        awaitAtBo(() -> !bo.transcript().turns().get(1).approved() && bo.transcript().turns().get(1).text().equals("严厉打击赌博"));
        app.waitUntil(() -> app.lookup("#heldTurns").queryAs(Label.class).isVisible());
        app.waitUntil(() -> statusBar().equals(app.text("words.approvalTaken", 2, "赌博")));
        // Approved again at bo's seat, with the word in it: that approval stands.
        bo.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withApproved(true)));
        app.waitUntil(() -> app.turns().get(1).approved());
        app.waitUntil(() -> !app.lookup("#heldTurns").queryAs(Label.class).isVisible());
        awaitAtBo(bo.sync::isInStep);
        assertTrue(bo.transcript().turns().get(1).approved());
    }

    private static void awaitAtBo(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the proof-reader's seat did not get there in 30 s", e);
        }
    }
}
