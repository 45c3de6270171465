package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ListView;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.model.Turn;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless, as {@code mvn javafx:run} and {@code java -jar} do. */
class MainWindowTest {
    private final RunningApp robot = new RunningApp();

    @TempDir
    Path folder;

    private void start(String... args) throws Exception {
        robot.start(folder.resolve("home"), args);
    }

    @AfterEach
    void stop() throws Exception {
        robot.stop();
    }

    private ListView<Turn> turnList() {
        return robot.turnList();
    }

    @Test
    void theSampleOpensWithItsEightTurnsAndHeader() throws Exception {
        start("--sample");
        robot.waitUntil(() -> turnList().getItems().size() == 8);
        assertEquals("市自然资源和规划局行风热线2022年3月", robot.lookup("#programmeTitle").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("陆华副局长").tryQuery().isPresent(), "the guest's label is shown in the list");
    }

    @Test
    void aSavedPlaceOffEveryScreenIsPulledBackAndTheWindowFitsTheScreen() throws Exception {
        Path config = Files.createDirectories(folder.resolve("home").resolve("config"));
        Files.writeString(config.resolve("settings.json"), "{\"clockOffsetSeconds\": 0, \"window\": "
                + "{\"x\": 5000, \"y\": 3000, \"width\": 1400, \"height\": 1200, \"maximized\": false}}");
        start();
        Stage stage = (Stage) robot.draft().getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 1
                && stage.getY() + stage.getHeight() <= screen.getMaxY() + 1,
                "the window " + stage.getX() + "," + stage.getY() + " " + stage.getWidth() + "×" + stage.getHeight()
                        + " lies within the screen " + screen);
    }

    @Test
    void theLayoutStaysUsableDownTo1024By600() throws Exception {
        start("--sample");
        Stage stage = (Stage) robot.draft().getScene().getWindow();
        double width = Math.min(1024, Screen.getPrimary().getVisualBounds().getWidth());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        for (String id : List.of("#heading", "#broadcastDate", "#programmeTitle", "#sectionLabel", "#turnList", "#draft",
                "#currentSpeaker", "#studioClock", "#elapsed", "#counts", "#saveState")) {
            Node node = robot.lookup(id).query();
            Bounds in = node.localToScene(node.getBoundsInLocal());
            assertTrue(node.isVisible() && in.getWidth() > 10 && in.getMinX() >= -1 && in.getMaxX() <= scene.getWidth() + 1
                    && in.getMinY() >= -1 && in.getMaxY() <= scene.getHeight() + 1,
                    id + " is whole on a " + width + "×600 window: " + in);
        }
        assertTrue(robot.draft().getHeight() >= 40, "the draft shows two lines: " + robot.draft().getHeight());
        assertTrue(robot.turnList().getHeight() >= 100, "the list shows turns: " + robot.turnList().getHeight());
    }

    @Test
    void aFileArgumentOpensThatFile() throws Exception {
        Path file = Files.writeString(folder.resolve("hotline.txt"), "[主持人]:欢迎收听。\n[听众]:我想问一下。", StandardCharsets.UTF_8);
        start(file.toString());
        robot.waitUntil(() -> turnList().getItems().size() == 2);
        assertTrue(robot.lookup("我想问一下。").tryQuery().isPresent());
    }

    /** A page of forty turns tall enough that the list scrolls, opened in the window. */
    private void startWithFortyTurns() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append(i % 2 == 1 ? "[主持人]:" : "[嘉宾]:").append("第").append(i).append("条发言,内容较长,在列表中占据一定的高度。\n");
        }
        Path file = Files.writeString(folder.resolve("forty.txt"), text.toString(), StandardCharsets.UTF_8);
        start(file.toString());
        robot.waitUntil(() -> turnList().getItems().size() == 40);
    }

    @Test
    void aTurnCommittedAfterFortyOthersIsShownWholeAtTheBottom() throws Exception {
        startWithFortyTurns();
        robot.clickOn("#draft").write("最新的一条");
        robot.commit();
        Turn newest = turnList().getItems().get(40);
        robot.waitUntil(() -> shownWhole(newest));
    }

    /** The sample's second turn is taller than the list: a turn committed after it must still come into view. */
    @Test
    void aTurnCommittedAfterTurnsTallerThanTheListIsShownWholeAtTheBottom() throws Exception {
        start("--sample");
        robot.waitUntil(() -> turnList().getItems().size() == 8);
        robot.clickOn("#draft").write("最新的一条");
        robot.commit();
        Turn newest = turnList().getItems().get(8);
        robot.waitUntil(() -> shownWhole(newest));
    }

    /** Whether the turn's cell shows in the list and ends above the list's bottom; asked on the FX thread. */
    private boolean shownWhole(Turn turn) {
        return robot.lookup(".list-cell").queryAll().stream().anyMatch(node -> node.isVisible()
                && ((javafx.scene.control.ListCell<?>) node).getItem() == turn
                && node.localToScene(node.getBoundsInLocal()).getMaxY()
                <= turnList().localToScene(turnList().getBoundsInLocal()).getMaxY() + 1);
    }

    @Test
    void afterAPasteOfTurnsTheListShowsTheLastPastedTurnWhole() throws Exception {
        startWithFortyTurns();
        robot.clickOn("#draft");
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("[主持人]:粘贴的第一条,请问如何办理?\n[网友]:粘贴的第二条,我也想知道,这一条比较长,要占好几行,"
                    + "看看列表能不能把它整条显示出来,而不是露出一半。\n[嘉宾]:粘贴的最后一条,可以在网上办理,这一条也写得长一些,"
                    + "长到在列表里要折成两三行才放得下。");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.shortcut(javafx.scene.input.KeyCode.V);
        robot.waitUntil(() -> robot.lookup("#pastePreview").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.waitUntil(() -> turnList().getItems().size() == 43);
        Turn last = turnList().getItems().get(42);
        try {
            robot.waitUntil(() -> robot.lookup(".list-cell").queryAll().stream()
                    .anyMatch(node -> node.isVisible() && ((javafx.scene.control.ListCell<?>) node).getItem() == last
                            && node.localToScene(node.getBoundsInLocal()).getMaxY()
                            <= turnList().localToScene(turnList().getBoundsInLocal()).getMaxY() + 1));
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail(WaitForAsyncUtils.asyncFx(this::whereTheCellsAre).get());
        }
    }

    private String whereTheCellsAre() {
        String where = robot.lookup(".list-cell").queryAll().stream()
                .filter(node -> node.isVisible() && ((javafx.scene.control.ListCell<?>) node).getItem() != null)
                .map(node -> ((javafx.scene.control.ListCell<?>) node).getIndex() + ":"
                        + (int) node.localToScene(node.getBoundsInLocal()).getMaxY())
                .collect(java.util.stream.Collectors.joining(" "));
        javafx.scene.Node flow = turnList().lookup(".virtual-flow");
        return "the last pasted turn is not shown whole; list bottom "
                + turnList().localToScene(turnList().getBoundsInLocal()).getMaxY() + ", flow " + flow.getClass().getSimpleName()
                + " bottom " + flow.localToScene(flow.getBoundsInLocal()).getMaxY() + ", cells " + where;
    }

    @Test
    void anUnreadableFileGetsADialogNamingTheFileAndLine() throws Exception {
        Path file = Files.write(folder.resolve("broken.txt"), new byte[] {'[', ']', '\n', (byte) 0x81, (byte) 0xFF});
        start(file.toString());
        robot.waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("broken.txt, line 2"), dialog.getContentText());
        assertEquals(0, turnList().getItems().size());
    }
}
