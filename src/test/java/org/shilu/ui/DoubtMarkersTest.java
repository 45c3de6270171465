package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.model.Doubt;

/** Doubt markers on the real window: marked live in the draft and in an edit in place, listed, jumped to, taken away, and warned of at export. */
class DoubtMarkersTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home, "--sample");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private List<String> marksIn(String cellText) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.lookup(".turn-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && cell.lookup(".turn-text-run") != null)
                .flatMap(cell -> cell.lookupAll(".doubt-run").stream()).map(n -> ((Label) n).getText()).toList()).get();
    }

    private boolean markDrawnOver(Node box) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> box.getParent().lookupAll(".doubt-mark").stream()
                .anyMatch(shape -> shape.getBoundsInParent().getWidth() > 0)).get();
    }

    @Test
    void aWordMarkedLiveIsHighlightedListedJumpedToTakenAwayAndWarnedOf() throws Exception {
        int before = app.turns().size();
        app.write("请陆华局长");
        app.shortcut(KeyCode.D); // the word before the caret: the last two characters
        app.waitUntil(() -> markDrawnOver(app.draft()));
        app.write("介绍。");
        app.commit();
        app.waitUntil(() -> app.turns().size() == before + 1);
        assertEquals(List.of(new Doubt(3, "局长")), app.turns().get(before).doubts());
        app.waitUntil(() -> marksIn("").contains("局长"));

        app.selectTurn(0);
        app.push(KeyCode.F4);
        app.waitUntil(() -> app.turnList().getSelectionModel().getSelectedIndex() == before);

        // In place: select 陆华 with the keys and mark it; the edit is committed with its marks.
        app.push(KeyCode.F2);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.push(new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN));
        app.push(KeyCode.RIGHT);
        app.push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN));
        app.push(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN));
        app.shortcut(KeyCode.D);
        app.waitUntil(() -> markDrawnOver(app.lookup("#turnEditor").query()));
        app.commit();
        app.waitUntil(() -> app.turns().get(before).doubts().size() == 2);
        assertEquals(List.of(new Doubt(1, "陆华"), new Doubt(3, "局长")), app.turns().get(before).doubts());

        app.shortcutShift(KeyCode.D);
        app.waitUntil(() -> app.lookup("#doubtList").tryQuery().isPresent());
        ListView<?> list = app.lookup("#doubtList").queryListView();
        assertEquals(2, list.getItems().size());
        app.push(KeyCode.DELETE);
        app.waitUntil(() -> app.turns().get(before).doubts().equals(List.of(new Doubt(3, "局长"))));
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> app.lookup("#doubtList").tryQuery().isEmpty());
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.turns().get(before).doubts().size() == 2);

        app.shortcut(KeyCode.E);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isPresent());
        List<String> found = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.lookup("#checkFindings").queryListView()
                .getItems().stream().map(Object::toString).filter(f -> f.contains("OPEN_DOUBT")).toList()).get();
        assertEquals(2, found.size(), "export warns of each open doubt: " + found);

        // On to a Word document for the reviewer, the marks highlighted (ticked since the programme has marks).
        app.clickButton("check.export");
        app.waitUntil(() -> app.lookup("#exportTarget").tryQuery().isPresent());
        app.clickOn("#exportFormat").clickOn(app.text("export.format.docx"));
        assertTrue(app.lookup("#exportDoubts").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        Path word = home.resolve("review.docx");
        javafx.scene.control.TextField target = app.lookup("#exportTarget").queryAs(javafx.scene.control.TextField.class);
        app.interact(target::clear);
        app.clickOn(target).write(word.toString());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> java.nio.file.Files.exists(word));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(java.nio.file.Files.newInputStream(word))) {
            assertEquals(List.of("陆华", "局长"), document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(org.apache.poi.xwpf.usermodel.XWPFRun::isHighlighted).map(org.apache.poi.xwpf.usermodel.XWPFRun::text)
                    .toList());
        }
    }

    @Test
    void theKeyAgainTakesTheMarkAwayAndEditingTheMarkedTextDoesToo() throws Exception {
        app.write("路华桥");
        app.shortcut(KeyCode.D);
        app.waitUntil(() -> markDrawnOver(app.draft()));
        app.shortcut(KeyCode.D);
        app.waitUntil(() -> !markDrawnOver(app.draft()));
        app.shortcut(KeyCode.D);
        app.waitUntil(() -> markDrawnOver(app.draft()));
        app.push(KeyCode.BACK_SPACE); // the marked text edited
        app.waitUntil(() -> !markDrawnOver(app.draft()));
        app.commit();
        assertTrue(app.turns().stream().allMatch(t -> t.doubts().isEmpty()));
    }
}
