package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Journal;
import org.shilu.store.Recovery;
import org.testfx.util.NodeQueryUtils;

/** Crashes, a second window, a read-only folder and files removed under the app, met as a user meets them. */
class SafekeepingTest {
    @TempDir
    Path home;
    private RunningApp app;
    private Path readOnly;

    @AfterEach
    void stop() throws Exception {
        if (readOnly != null) {
            makeWritable(readOnly);
        }
        app.stop();
    }

    private Path project(String folderName) throws IOException {
        Path folder = Files.createDirectories(home.resolve(folderName));
        return Files.write(folder.resolve("hotline.shilu"),
                new ProjectJson().write(new Project(Transcript.newProgramme(), PortalProfile.DEFAULT)));
    }

    private List<String> saved(Path project) throws Exception {
        return new ProjectJson().read(Files.readAllBytes(project), "saved").transcript().turns().stream()
                .map(Turn::text).toList();
    }

    private void commit(String text) {
        app.write(text);
        app.commit();
    }

    private String saveState() {
        return app.lookup("#saveState").queryAs(Label.class).getText();
    }

    /** The text of the warning bar over the window, or "" while it is hidden. */
    private String warning() {
        NotificationPane bar = app.lookup("#notifications").queryAs(NotificationPane.class);
        return bar.isShowing() ? bar.getText().replace("\n", "") : "";
    }

    private boolean showing(String key) {
        return app.lookup(app.text(key)).match(NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    @Test
    void whatACrashLeftIsOfferedAtTheNextStartAndComesBackWithEnter() throws Exception {
        app = new RunningApp().start(home);
        commit("各位听众大家好");
        commit("主持人好");
        app.write("还在输入的一句");
        app.shortcut(KeyCode.D); // a doubt marked in the draft is kept with it
        Path journals = home.resolve("data/journals");
        app.waitUntil(() -> {
            try (Stream<Path> files = Files.list(journals)) {
                Path journal = files.filter(p -> p.toString().endsWith(Journal.SUFFIX)).findFirst().orElseThrow();
                return Recovery.read(journal).draft().text().equals("还在输入的一句")
                        && !Recovery.read(journal).draft().doubts().isEmpty();
            }
        });
        app.crash();

        app = new RunningApp().startToADialog(home);
        assertTrue(app.lookup(".dialog-pane .content").queryLabeled().getText().contains("主持人好"),
                "the dialog names the last turn's first words");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 2);
        assertEquals(List.of("各位听众大家好", "主持人好"), app.turns().stream().map(Turn::text).toList());
        assertEquals("还在输入的一句", app.draft().getText());
        assertTrue(((Stage) app.draft().getScene().getWindow()).getTitle().endsWith("*"), "restored work is unsaved");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 3);
        assertEquals(List.of(new org.shilu.model.Doubt(5, "一句")), app.turns().get(2).doubts(), "the draft's doubt came back too");
    }

    /** Waits until the untitled programme's journal holds what {@code holds} looks for. */
    private void journalled(java.util.function.Predicate<Recovery> holds) throws Exception {
        Path journals = home.resolve("data/journals");
        app.waitUntil(() -> {
            try (Stream<Path> files = Files.list(journals)) {
                Path journal = files.filter(p -> p.toString().endsWith(Journal.SUFFIX)).findFirst().orElseThrow();
                return holds.test(Recovery.read(journal));
            }
        });
    }

    @Test
    void aCrashMidCorrectionComesBackAsTheCorrectionWithTheDraftItSetAside() throws Exception {
        app = new RunningApp().start(home);
        commit("主持人的问题");
        app.write("嘉宾正在回答");
        app.shortcut(KeyCode.UP);
        app.push(KeyCode.END);
        app.write("补充");
        journalled(recovery -> recovery.draft().isCorrection() && recovery.draft().text().equals("主持人的问题补充"));
        app.crash();

        app = new RunningApp().startToADialog(home);
        String detail = app.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(detail.contains("主持人的问题补充") && detail.contains("嘉宾正在回答"), detail);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 1);
        assertEquals("主持人的问题补充", app.draft().getText(), "the correction, as it was");
        assertTrue(app.lookup("#correctionBanner").queryAs(Label.class).isVisible(), "still a correction");
        app.commit();
        assertEquals(List.of("主持人的问题补充"), app.turns().stream().map(Turn::text).toList(), "put back in place, not doubled");
        assertEquals("嘉宾正在回答", app.draft().getText(), "and the set-aside draft returns after it");
    }

    @Test
    void aCrashWhileAPastePreviewIsOpenLosesNoDraftAndDoublesNothing() throws Exception {
        app = new RunningApp().start(home);
        commit("主持人开场");
        app.write("嘉宾正在说");
        app.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("[主持人]:粘贴的第一条\n[嘉宾]:粘贴的第二条");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        app.shortcut(KeyCode.V);
        app.waitUntil(() -> app.lookup("#pastePreview").tryQuery().isPresent());
        // The draft keeps reaching the journal while the preview asks.
        journalled(recovery -> recovery.draft().text().equals("嘉宾正在说"));
        app.crash();

        app = new RunningApp().startToADialog(home);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 1);
        assertEquals(List.of("主持人开场"), app.turns().stream().map(Turn::text).toList(),
                "the paste that was never confirmed is not committed, and nothing is doubled");
        assertEquals("嘉宾正在说", app.draft().getText(), "the draft typed before the paste is back");
    }

    @Test
    void aCrashDuringAnEditInPlaceKeepsWhatWasTyped() throws Exception {
        app = new RunningApp().start(home);
        commit("原来的话");
        commit("第二条");
        app.interact(() -> {
            app.turnList().requestFocus();
            app.turnList().getSelectionModel().select(0);
        });
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#turnEditor").tryQuery().isPresent());
        app.write("，又加了几个字");
        journalled(recovery -> recovery.draft().inPlace() != null
                && recovery.draft().inPlace().text().equals("原来的话，又加了几个字"));
        app.crash();

        app = new RunningApp().startToADialog(home);
        String detail = app.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(detail.contains("原来的话，又加了几个字"), detail);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 2 && app.turns().get(0).text().equals("原来的话，又加了几个字"));
        assertEquals("第二条", app.turns().get(1).text());
    }

    /** Starts the window on {@code project} and waits until it shows the file. */
    private void openInTheWindow(Path project) throws Exception {
        app = new RunningApp().start(home, project.toString());
        app.waitUntil(() -> ((Stage) app.draft().getScene().getWindow()).getTitle().contains("hotline.shilu"));
    }

    @Test
    void aProjectWhoseJournalHoldsMoreIsOfferedBackWhenOpened() throws Exception {
        Path project = project("reopen");
        openInTheWindow(project);
        commit("崩溃前提交的发言");
        app.crash();

        app = new RunningApp().startToADialog(home, project.toString());
        assertTrue(app.lookup(".dialog-pane .content").queryLabeled().getText().contains("崩溃前提交的发言"));
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 1);
        assertEquals("崩溃前提交的发言", app.turns().get(0).text());
        assertTrue(((Stage) app.draft().getScene().getWindow()).getTitle().endsWith("*"), "restored work is unsaved");
        assertTrue(saved(project).isEmpty(), "the file itself is as it was saved");
    }

    @Test
    void aFileThatIsNotTextIsRefusedInTheWindowsLanguageNamingTheLine() throws Exception {
        Path binary = Files.write(Files.createDirectories(home.resolve("in")).resolve("broken.txt"),
                "[主持人]:第一行\n[嘉宾]:第二行\u0000坏了".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        app = new RunningApp().startToADialog(home, binary.toString());
        String detail = app.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(detail.contains(app.text("input.nul")) && detail.contains("broken.txt"), detail);
        assertTrue(detail.contains(new java.text.MessageFormat(app.text("input.atLine")).format(
                new Object[] {binary.toString(), 2, app.text("input.nul")})), detail);
    }

    @Test
    void aProgrammeOpenInAnotherWindowIsRefusedWithAMessageAndThisWindowCloses() throws Exception {
        Path project = project("show");
        try (Journal held = Journal.claim(Journal.besideProject(project))) {
            app = new RunningApp().startToADialog(home, project.toString());
            assertTrue(showing("elsewhere.header"));
            javafx.stage.Window main = javafx.stage.Window.getWindows().stream()
                    .filter(window -> window instanceof javafx.stage.Stage stage && stage.getOwner() == null)
                    .findFirst().orElseThrow();
            assertTrue(main.isShowing(), "the window waits for the message to be read");
            app.type(KeyCode.ENTER);
            app.waitUntil(() -> !main.isShowing());
            assertEquals(List.of(), journalsFolder(), "and no empty programme was made behind the message");
        }
    }

    private List<String> journalsFolder() throws IOException {
        Path journals = home.resolve("data").resolve("journals");
        if (!Files.isDirectory(journals)) {
            return List.of();
        }
        try (var files = Files.list(journals)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileNamedAtStartOpensDirectlyAndAQuitLeavesNoLockBehind() throws Exception {
        Path project = project("direct");
        app = new RunningApp().start(home, project.toString());
        javafx.stage.Stage main = (javafx.stage.Stage) app.draft().getScene().getWindow();
        app.waitUntil(() -> main.getTitle().contains("hotline.shilu"));
        assertEquals(List.of(), journalsFolder(), "no untitled programme, journal or lock was made before the file");
        assertTrue(Files.exists(project.resolveSibling(".hotline.shilu.journal.lock")), "the project's journal is locked");
        commit("一条");
        app.shortcut(KeyCode.S);
        app.waitUntil(() -> saved(project).equals(List.of("一条")));
        app.shortcut(KeyCode.Q);
        app.waitUntil(() -> !main.isShowing());
        app.waitUntil(() -> !Files.exists(project.resolveSibling(".hotline.shilu.journal.lock")));
        assertFalse(Files.exists(Journal.besideProject(project)), "a clean quit leaves neither journal nor lock");
    }

    @Test
    void locksThatCrashedWindowsLeftBesideNoJournalAreCleanedAtStart() throws Exception {
        Path journals = Files.createDirectories(home.resolve("data").resolve("journals"));
        Path stale = Files.createFile(journals.resolve(".untitled-20220323-090000-abc" + Journal.SUFFIX + ".lock"));
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        app = new RunningApp().start(home);
        app.waitUntil(() -> !Files.exists(stale));
    }

    @Test
    void inAReadOnlyFolderTypingGoesOnAndTheSaveLandsOnceItIsWritable() throws Exception {
        Path project = project("readonly");
        openInTheWindow(project);
        commit("第一条");
        readOnly = makeReadOnly(project.getParent());
        app.shortcut(KeyCode.S);
        // The failed save is told in the bar, and the operator's next keys reach the draft: no dialog.
        app.waitUntil(() -> warning().startsWith(app.text("save.failed.title"))
                || warning().startsWith(app.text("disk.failing.title")));
        app.write("存不下时继续打字");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 2);
        assertEquals(List.of("第一条", "存不下时继续打字"), app.turns().stream().map(Turn::text).toList());
        assertTrue(!app.dialogShown(), "no dialog took the keys");
        assertTrue(saveState().startsWith("⚠"), saveState());
        app.waitUntil(() -> app.lookup(".notification-bar .button").tryQuery().isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        DialogsFitTest.waitUntilWhole(app, ".notification-bar", "the warning and its action read in full");
        app.clickOn("#draft");
        commit("第二条");
        assertEquals(3, app.turns().size(), "typing, and Ctrl+Enter, go on under the warning");
        // The commit made the window look at the disk's state again: the warning is still up.
        assertTrue(warning().startsWith(app.text("save.failed.title")) || warning().startsWith(app.text("disk.failing.title")),
                "the warning stays while the disk fails: " + warning());
        assertTrue(saveState().startsWith("⚠"), saveState());
        makeWritable(readOnly);
        readOnly = null;
        app.waitUntil(() -> saved(project).size() == 3);
        app.waitUntil(() -> !saveState().startsWith("⚠"));
        // The bar slides the warning out and the all-clear in.
        app.waitUntil(() -> warning().startsWith(app.text("disk.mended.title")));
        assertEquals(List.of("第一条", "存不下时继续打字", "第二条"), saved(project));
    }

    @Test
    void aProjectAndJournalRemovedUnderTheAppAreWrittenAgain() throws Exception {
        Path project = project("removed");
        openInTheWindow(project);
        commit("第一条");
        Path journal = Journal.besideProject(project);
        Files.delete(project);
        Files.delete(journal);
        commit("删除之后");
        app.waitUntil(() -> Files.exists(journal) && Recovery.read(journal).project().transcript().turns().size() == 2);
        app.shortcut(KeyCode.S);
        app.waitUntil(() -> Files.exists(project) && saved(project).size() == 2);
    }

    @Test
    void turnsNotOnDiskAreMarkedInTheListAndCountedUntilTheJournalIsMended() throws Exception {
        Path project = project("unsafe");
        openInTheWindow(project);
        commit("第一条");
        Files.delete(Journal.besideProject(project));
        readOnly = makeReadOnly(project.getParent());
        app.waitUntil(() -> saveState().startsWith("⚠"));
        commit("没写进磁盘的一条");
        app.waitUntil(() -> markedNotOnDisk().equals(List.of("没写进磁盘的一条")));
        assertEquals(app.text("disk.failing", 1), saveState(), "the status bar counts what a crash would lose");
        makeWritable(readOnly);
        readOnly = null;
        app.waitUntil(() -> !saveState().startsWith("⚠"));
        app.waitUntil(() -> markedNotOnDisk().isEmpty());
        assertEquals(2, Recovery.read(Journal.besideProject(project)).project().transcript().turns().size());
    }

    /** The texts of the turns the list shows marked as not on disk. */
    private List<String> markedNotOnDisk() {
        return app.lookup(".turn-not-on-disk").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(mark -> {
                    javafx.scene.Node at = mark;
                    while (at != null && !(at instanceof javafx.scene.control.ListCell<?>)) {
                        at = at.getParent();
                    }
                    return at == null ? null : ((javafx.scene.control.ListCell<?>) at).getItem();
                })
                .filter(item -> item instanceof Turn).map(item -> ((Turn) item).text()).toList();
    }

    /** chmod first; a root user ignores it, so then the immutable attribute. */
    private static Path makeReadOnly(Path folder) throws Exception {
        run("chmod", "555", folder.toString());
        if (writable(folder)) {
            run("chattr", "+i", folder.toString());
        }
        if (writable(folder)) {
            fail("cannot make " + folder + " read-only on this machine (neither chmod nor chattr +i took)");
        }
        return folder;
    }

    private static void makeWritable(Path folder) throws Exception {
        run("chattr", "-i", folder.toString());
        run("chmod", "755", folder.toString());
    }

    private static boolean writable(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve(".probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) throws Exception {
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor();
    }
}
