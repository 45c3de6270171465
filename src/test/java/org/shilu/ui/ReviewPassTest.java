package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.model.Review.Correction;

/**
 * The review pass on the real window: approving behind the typist from the list of unchecked
 * turns, marking the page as published, and a correction logged, given a reason, undone and
 * saved as the portal's notice.
 */
class ReviewPassTest {
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

    private String counts() {
        return app.lookup("#reviewCounts").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> unchecked() {
        return app.lookup("#reviewUnchecked").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Correction> log() {
        return app.lookup("#reviewLog").queryAs(TableView.class);
    }

    @Test
    void theProofReaderApprovesBehindTheTypistAndEveryLaterChangeToThePublishedPageIsLogged() throws Exception {
        assertEquals(app.text("review.counts.unpublished", 8), counts());
        app.selectTurn(0);
        app.shortcutShift(KeyCode.A);
        app.waitUntil(() -> app.turns().get(0).approved());
        app.waitUntil(() -> counts().equals(app.text("review.counts.unpublished", 7)));

        app.shortcutShift(KeyCode.R);
        app.waitUntil(() -> app.lookup("#reviewUnchecked").tryQuery().isPresent() && unchecked().getItems().size() == 7);
        app.clickOn(app.lookup("#reviewUnchecked .list-cell").queryAll().iterator().next());
        app.shortcutShift(KeyCode.A);
        app.waitUntil(() -> app.turns().get(1).approved() && unchecked().getItems().size() == 6);
        assertTrue(counts().startsWith(app.text("review.counts.unpublished", 6)), counts());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turnList().getSelectionModel().getSelectedIndex() == 2);

        app.clickOn("#reviewMarkPublished");
        app.waitUntil(() -> counts().equals(app.text("review.counts", 6, 1, 0)));
        app.type(KeyCode.ESCAPE);
        app.waitUntil(() -> app.lookup("#reviewUnchecked").tryQuery().isEmpty());
        app.selectTurn(3);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write("（更正）");
        app.commit();
        app.waitUntil(() -> app.turns().get(3).text().endsWith("（更正）"));
        app.waitUntil(() -> counts().equals(app.text("review.counts", 6, 1, 1)));

        app.shortcutShift(KeyCode.R);
        app.waitUntil(() -> app.lookup("#reviewUnchecked").tryQuery().isPresent());
        app.shortcut(KeyCode.TAB);
        app.waitUntil(() -> log().getItems().size() == 1);
        Correction logged = log().getItems().get(0);
        assertTrue(logged.after().text().endsWith("（更正）") && !logged.before().text().endsWith("（更正）"), logged.toString());
        app.doubleClickOn(reasonCell());
        app.waitUntil(() -> app.lookup("#reviewLog .text-field").tryQuery().isPresent());
        app.write("错字");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> log().getItems().get(0).reason().equals("错字"));
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> log().getItems().get(0).reason().isEmpty());
        app.shortcutShift(KeyCode.Z);
        app.waitUntil(() -> log().getItems().get(0).reason().equals("错字"));

        Path notice = home.resolve("notice.txt");
        app.clickOn("#reviewNoticeTarget");
        app.shortcut(KeyCode.A);
        app.write(notice.toString());
        app.clickOn("#reviewSaveNotice");
        app.waitUntil(() -> Files.exists(notice));
        String text = Files.readString(notice, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("更正说明\n") && text.contains("第 4 段") && text.contains("原因：错字\n"), text);
        assertTrue(text.contains("更正为：" + app.turns().get(3).text().replace("\n", " / ") + "\n"), text);
    }

    private Node reasonCell() {
        return app.lookup("#reviewLog .table-cell").match(node -> node instanceof TableCell<?, ?> cell
                && "reviewReason".equals(cell.getTableColumn().getId()) && cell.getIndex() == 0).query();
    }
}
