package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog and window the operator can open, in both languages, shows each label, button and
 * check box in full: none ends in an ellipsis because it did not fit.
 */
class DialogsFitTest {
    @TempDir
    Path home;
    private RunningApp app;
    private ResourceBundle text;

    private final Locale locale = Locale.getDefault();

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Locale.setDefault(locale); // the window set it from the settings: later tests expect theirs
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyDialogShowsItsTextsInFull(String language) throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve("settings.json"),
                "{\"language\": \"" + language + "\", \"clockOffsetSeconds\": 0}");
        text = ResourceBundle.getBundle("org.shilu.ui.messages", Locale.forLanguageTag(language));
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
        List<String> cut = new ArrayList<>();
        cut.addAll(walk("main window", mainWindow()));
        cut.addAll(open("export", () -> app.shortcut(KeyCode.E))); // the sample has nothing for the checks to say
        // Exported for a portal that wants full-width punctuation, which the sample mixes: the checks have a finding.
        app.shortcut(KeyCode.E);
        app.waitUntil(() -> app.lookup("#exportPunctuationWidth").tryQuery().isPresent());
        app.clickOn("#exportPunctuationWidth").clickOn(text.getString("export.width.FULL"));
        javafx.scene.control.TextField target = app.lookup("#exportTarget").queryAs(javafx.scene.control.TextField.class);
        app.interact(() -> target.setText(home.resolve("exported.txt").toString()));
        app.clickOn(target).type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(home.resolve("exported.txt")));
        cut.addAll(open("checks before export", () -> app.shortcut(KeyCode.E)));
        cut.addAll(open("roster", () -> app.shortcut(KeyCode.R)));
        cut.addAll(open("glossary", () -> app.shortcut(KeyCode.G)));
        cut.addAll(open("studio clock", () -> app.shortcut(KeyCode.T)));
        cut.addAll(open("settings", () -> app.shortcut(KeyCode.COMMA)));
        cut.addAll(open("keys", () -> app.push(KeyCode.F1)));
        cut.addAll(open("statistics", () -> app.shortcut(KeyCode.I)));
        cut.addAll(open("shift times", () -> menu("menu.edit", "action.shiftTimes")));
        cut.addAll(open("merge speakers", () -> menu("menu.edit", "action.mergeSpeakers")));
        cut.addAll(open("review pass", () -> app.shortcutShift(KeyCode.R)));
        cut.addAll(open("share", () -> menu("menu.file", "action.share")));
        cut.addAll(open("join", () -> menu("menu.file", "action.join")));
        cut.addAll(open("times", () -> {
            selectFirstTurn();
            app.push(new KeyCodeCombination(KeyCode.F2, KeyCombination.SHIFT_DOWN));
        }));
        cut.addAll(open("paste preview", () -> {
            app.interact(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putString("[主持人]:第一条\n[嘉宾]:第二条");
                Clipboard.getSystemClipboard().setContent(content);
                app.draft().requestFocus();
            });
            app.shortcut(KeyCode.V);
        }));
        assertEquals(List.of(), cut, language + ": texts cut short");
    }

    private Window mainWindow() {
        return app.draft().getScene().getWindow();
    }

    private void selectFirstTurn() {
        app.interact(() -> app.turnList().scrollTo(0));
        Node cell = app.lookup(".turn-cell").queryAll().stream()
                .filter(node -> ((ListCell<?>) node).getIndex() == 0 && node.isVisible()).findFirst().orElseThrow();
        app.clickOn(cell.lookup(".turn-speaker"));
    }

    /** Clicks a menu, then one of its items, found by their texts as the bundle has them. */
    private void menu(String menuKey, String itemKey) throws Exception {
        app.clickLabelled(text.getString(menuKey));
        app.clickLabelled(text.getString(itemKey));
    }


    /** Opens a window with {@code how}, checks every text in it, and closes it with Esc. */
    private interface Step {
        void run() throws Exception;
    }

    private List<String> open(String what, Step how) throws Exception {
        List<Window> before = List.copyOf(Window.getWindows());
        how.run();
        Callable<Window> opened = () -> Window.getWindows().stream()
                .filter(window -> !before.contains(window) && window.isShowing() && window instanceof Stage)
                .findFirst().orElse(null);
        app.waitUntil(() -> opened.call() != null);
        Window window = opened.call();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = walk(what, window);
        app.interact(() -> ((Stage) window).close());
        app.interact(() -> app.draft().requestFocus());
        assertTrue(!window.isShowing(), what + " closed");
        return cut;
    }

    private List<String> walk(String what, Window window) {
        List<String> cut = new ArrayList<>();
        app.interact(() -> collect(what, window.getScene().getRoot(), cut));
        return cut;
    }

    /**
     * Waits (a bar slides in, a window grows) until every text under {@code selector} reads in full,
     * and fails with what is still cut short when it never does.
     */
    static void waitUntilWhole(RunningApp app, String selector, String message) throws Exception {
        List<String> cut = new ArrayList<>();
        try {
            app.waitUntil(() -> {
                cut.clear();
                app.interact(() -> collect(selector, app.lookup(selector).query(), cut));
                return cut.isEmpty();
            });
        } catch (java.util.concurrent.TimeoutException stillCut) {
            assertEquals(List.of(), cut, message);
        }
    }

    static void collect(String what, Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String full = labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && isCut(shown.getText(), full, labeled.getEllipsisString())) {
                    cut.add(what + ": \"" + shown.getText() + "\" of \"" + full + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(what, child, cut);
            }
        }
    }

    private static boolean isCut(String shown, String full, String ellipsis) {
        String flat = shown.replace("\n", "");
        return !flat.equals(full.replace("\n", "")) && (flat.endsWith(ellipsis) || flat.endsWith("…"))
                && flat.length() <= full.length();
    }
}
