package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.ProjectJson;
import org.shilu.model.Turn;

/** The roster, the studio clock, Help → Keys, saving, templates and closing, used as a person would. */
class LiveWindowDialogsTest {
    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private RunningApp start(String... args) throws Exception {
        app = new RunningApp().start(home, args);
        return app;
    }

    private Stage mainStage() {
        return (Stage) app.draft().getScene().getWindow();
    }

    private boolean dialogShown() {
        return app.dialogShown();
    }

    @Test
    void closingWithTextInTheDraftAsksFirst() throws Exception {
        start();
        app.write("还没说完");
        // As the window manager's close button would; not waited for, since it opens a modal question.
        javafx.application.Platform.runLater(() -> mainStage().fireEvent(new WindowEvent(mainStage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));
        app.waitUntil(this::dialogShown);
        app.clickButton("dialog.keep");
        assertTrue(mainStage().isShowing());
        assertEquals("还没说完", app.draft().getText());
    }

    @Test
    void theRosterIsReachableByKeyboardAndItsSpeakerGetsTheNextKey() throws Exception {
        start();
        app.shortcut(KeyCode.R);
        app.waitUntil(() -> app.lookup("#rosterList").tryQuery().isPresent());
        app.clickOn("#rosterAdd");
        app.write("听众来电");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#speaker-s3").tryQuery().isPresent());
        assertEquals("3  听众来电", app.lookup("#speaker-s3").queryAs(Label.class).getText());
        app.shortcut(KeyCode.DIGIT3);
        assertEquals("听众来电", app.currentSpeaker());
        app.write("我想问个问题");
        app.commit();
        assertEquals("s3", app.turns().get(0).speakerId());
        assertEquals("主持人", app.currentSpeaker(), "a caller is followed by the host");
    }

    @Test
    void renamingASpeakerInTheRosterRenamesEveryTurn() throws Exception {
        start();
        app.write("问");
        app.commit();
        app.write("答");
        app.commit();
        app.shortcut(KeyCode.R);
        app.waitUntil(() -> app.lookup("#rosterList").tryQuery().isPresent());
        app.interact(() -> app.lookup("#rosterList").queryListView().getSelectionModel().select(1));
        app.doubleClickOn("#rosterLabel");
        app.shortcut(KeyCode.A);
        app.write("陆华副局长");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup(".turn-speaker").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals("陆华副局长")));
        assertEquals("2  陆华副局长", app.lookup("#speaker-s2").queryAs(Label.class).getText());
        assertEquals(java.util.Set.of("主持人", "陆华副局长"), app.lookup(".turn-speaker").queryAllAs(Label.class).stream()
                .filter(Label::isVisible).map(Label::getText).filter(text -> !text.isEmpty())
                .collect(java.util.stream.Collectors.toSet()), "the list shows the new label, and no 嘉宾");
    }

    @Test
    void theStudioClockOffsetMovesTheStamps() throws Exception {
        start();
        app.shortcut(KeyCode.T);
        app.waitUntil(() -> app.lookup("#clockOffset").tryQuery().isPresent());
        app.doubleClickOn("#clockOffset");
        app.shortcut(KeyCode.A);
        app.write("12");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> !dialogShown());
        app.write("开始");
        app.commit();
        assertEquals(RunningApp.NINE.plusSeconds(12), app.turns().get(0).publishedAt());
        assertEquals(RunningApp.NINE.plusSeconds(12), app.turns().get(0).spokenAt());
    }

    @Test
    void anImpossibleStudioTimeIsRefusedWithTheReason() throws Exception {
        start();
        app.shortcut(KeyCode.T);
        app.waitUntil(() -> app.lookup("#clockTime").tryQuery().isPresent());
        app.clickOn("#clockTime");
        app.write("25:99");
        app.type(KeyCode.ENTER);
        assertTrue(dialogShown(), "the dialog stays open");
        assertTrue(app.lookup(".problem").queryAs(Label.class).getText().contains("25:99"));
        app.type(KeyCode.ESCAPE);
    }

    @Test
    void helpKeysListsTheKeyboardContract() throws Exception {
        start();
        app.push(KeyCode.F1);
        app.waitUntil(() -> app.lookup("#keysTable").tryQuery().isPresent());
        List<String> shown = app.lookup("#keysTable .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(shown.contains("Enter"), shown.toString());
        assertTrue(shown.contains("Ctrl+Enter"), shown.toString());
        assertTrue(shown.contains("Ctrl+Shift+Enter"), shown.toString());
        assertTrue(shown.contains("Ctrl+Up"), shown.toString());
        assertTrue(shown.contains("Esc"), shown.toString());
        assertEquals("Enter", shown.get(0), "the live keys come first: " + shown);
        assertTrue(shown.indexOf("Ctrl+Up") < shown.indexOf("Ctrl+N"), "before the file keys: " + shown);
        assertTrue(shown.contains("Ctrl+1 … Ctrl+9"), "the speaker keys as one row: " + shown);
        javafx.scene.control.ScrollPane scroll = app.lookup("#keysScroll").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.scene.Node table = app.lookup("#keysTable").query();
        assertTrue(table.getBoundsInLocal().getWidth() <= scroll.getViewportBounds().getWidth() + 1,
                "no sideways scrolling: " + table.getBoundsInLocal().getWidth() + " in " + scroll.getViewportBounds().getWidth());
        for (Label label : app.lookup("#keysTable .label").queryAllAs(Label.class)) {
            assertTrue(label.getLayoutBounds().getWidth() >= label.prefWidth(-1) - 1 || label.isWrapText(),
                    "not cut: " + label.getText());
        }
        app.push(KeyCode.ESCAPE);
    }

    @Test
    void ctrlSSavesAnOpenedProjectToItsFile() throws Exception {
        Path project = home.resolve("hotline.shilu");
        Files.createDirectories(home);
        Files.write(project, new ProjectJson().write(new org.shilu.format.Project(
                org.shilu.model.Transcript.newProgramme(), org.shilu.format.PortalProfile.DEFAULT)));
        start(project.toString());
        app.write("节目开始");
        app.commit();
        assertTrue(mainStage().getTitle().endsWith("*"), mainStage().getTitle());
        app.shortcut(KeyCode.S);
        app.waitUntil(() -> !mainStage().getTitle().endsWith("*"));
        List<Turn> saved = new ProjectJson().read(Files.readAllBytes(project), "saved").transcript().turns();
        assertEquals(List.of("节目开始"), saved.get(0).paragraphs());

        // The save time stands still while the draft keeps the journal's time moving.
        Label state = app.lookup("#saveState").queryAs(Label.class);
        String savedAt = app.text("save.state.savedAt");
        String savedPrefix = savedAt.substring(0, savedAt.indexOf("{0}"));
        app.waitUntil(() -> state.getText().startsWith(savedPrefix));
        String[] before = state.getText().split(" · ");
        // Typing goes on until the journal's time (to the second) has moved past the save's.
        for (int i = 0; i < 10 && state.getText().split(" · ")[1].equals(before[1]); i++) {
            app.write("句");
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
                        () -> !state.getText().split(" · ")[1].equals(before[1]));
            } catch (java.util.concurrent.TimeoutException sameSecond) {
                // the draft was journalled within the second of the save: type on
            }
        }
        assertTrue(!state.getText().split(" · ")[1].equals(before[1]), "the journal's time moved: " + state.getText());
        assertEquals(before[0], state.getText().split(" · ")[0], "the save time is the save's: " + state.getText());
    }

    @Test
    void exportOffersTheProjectsFolder() throws Exception {
        Path project = Files.createDirectories(home.resolve("programmes").resolve("2022-03")).resolve("hotline.shilu");
        Files.write(project, new ProjectJson().write(new org.shilu.format.Project(
                org.shilu.model.Transcript.newProgramme(), org.shilu.format.PortalProfile.DEFAULT)));
        start(project.toString());
        app.waitUntil(() -> mainStage().getTitle().contains("hotline.shilu"));
        app.openExport();
        String target = app.lookup("#exportTarget").queryAs(javafx.scene.control.TextField.class).getText();
        assertEquals(project.getParent(), Path.of(target).getParent(), target);
        app.push(KeyCode.ESCAPE);
    }

    @Test
    void aProgrammeSavedAsATemplateStartsTheNextOne() throws Exception {
        start();
        app.clickOn("#heading").write("某市广播电台 在线访谈");
        app.clickOn("#programmeTitle").write("民生热线");
        app.type(KeyCode.ENTER);
        runMenu("menu-save-template");
        app.waitUntil(this::dialogShown);
        TextField name = app.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        app.interact(() -> name.setText(""));
        app.clickOn(name).write("民生热线");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(home.resolve("config/templates/民生热线.shilu")));

        runMenu("menu-new");
        app.waitUntil(this::dialogShown);
        app.clickButton("dialog.dontSave");
        app.waitUntil(() -> app.lookup("#programmeTitle").queryAs(TextField.class).getText().isEmpty());
        runMenu("menu-new-from-template");
        app.waitUntil(this::dialogShown);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#programmeTitle").queryAs(TextField.class).getText().equals("民生热线"));
        assertEquals("某市广播电台 在线访谈", app.lookup("#heading").queryAs(TextField.class).getText());
        String json = Files.readString(home.resolve("config/templates/民生热线.shilu"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"turns\" : [ ]"), json);
    }

    @Test
    void aProjectOpenedOnceIsUnderOpenRecentAndOpensFromThere() throws Exception {
        Path project = home.resolve("shows/hotline.shilu");
        Files.createDirectories(project.getParent());
        Files.write(project, new ProjectJson().write(new org.shilu.format.Project(org.shilu.model.Transcript.newProgramme()
                .withTurns(List.of(Turn.of("s1", "上周的节目"))), org.shilu.format.PortalProfile.DEFAULT)));
        start(project.toString());
        app.waitUntil(() -> app.turns().size() == 1);
        app.waitUntil(() -> org.shilu.store.Settings.load(home.resolve("config")).settings().recentPaths()
                .contains(project.toAbsolutePath().normalize()));
        runMenu("menu-new");
        app.waitUntil(() -> app.turns().isEmpty());
        app.clickOn(app.text("menu.file").replace("_", "")).clickOn(app.text("menu.recent"))
                .clickOn("hotline.shilu  —  " + project.getParent().toAbsolutePath());
        app.waitUntil(() -> app.turns().size() == 1);
        assertTrue(mainStage().getTitle().contains("hotline.shilu"), mainStage().getTitle());
    }

    /** Chooses a menu item as a click would; not waited for, since it may open a modal dialog. */
    private void runMenu(String id) {
        javafx.application.Platform.runLater(() -> {
            for (Window window : Window.getWindows()) {
                if (window.getScene().getRoot() instanceof javafx.scene.layout.BorderPane root) {
                    javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) root.lookup(".menu-bar");
                    bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                            .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
                    return;
                }
            }
        });
    }
}
