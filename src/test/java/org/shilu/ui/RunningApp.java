package org.shilu.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.shilu.live.StudioClock;
import org.shilu.live.TestClock;
import org.shilu.model.Turn;
import org.shilu.store.UserFolders;
import org.shilu.ui.live.DraftArea;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The real application on a headless stage, with a clock the test moves, and a robot to use it. */
final class RunningApp extends FxRobot {
    static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);
    final TestClock clock = new TestClock(NINE);
    final ResourceBundle messages = ResourceBundle.getBundle("org.shilu.ui.messages", Locale.getDefault());
    private Application app;
    /** The sound inputs the window may record from: none, unless a test gives its own. */
    org.shilu.media.SoundInputs soundInputs = java.util.List::of;

    RunningApp start(Path home, String... args) throws Exception {
        launch(home, args);
        waitUntil(() -> draft().isFocused());
        return this;
    }

    /** Starts the application and waits for the question it asks first (a recovery, an error). */
    RunningApp startToADialog(Path home, String... args) throws Exception {
        launch(home, args);
        waitUntil(this::dialogShown);
        return this;
    }

    private void launch(Path home, String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ShiluApp(new StudioClock(clock, Duration.ZERO),
                new UserFolders(home.resolve("config"), home.resolve("data")), List.of(args), soundInputs));
    }

    /** Ends the application as a crash would: the window goes, nothing is saved or cleaned up. */
    void crash() throws Exception {
        FxToolkit.cleanupStages();
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    DraftArea draft() {
        return lookup("#draft").queryAs(DraftArea.class);
    }

    ListView<Turn> turnList() {
        return lookup("#turnList").queryListView();
    }

    List<Turn> turns() {
        return List.copyOf(turnList().getItems());
    }

    String currentSpeaker() {
        return lookup("#currentSpeaker").queryAs(Label.class).getText();
    }

    void shortcut(KeyCode key) {
        push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN));
    }

    void shortcutShift(KeyCode key) {
        push(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    }

    /** Clicks turn {@code index} in the list (on its speaker, not its text), once scrolled into view. */
    void selectTurn(int index) throws Exception {
        // A turn of the wheel first, as a user reaching up the list does: it ends the list's
        // following of a turn just added at the end, which would pull the view down again.
        moveTo(turnList()).scroll(1, javafx.geometry.VerticalDirection.UP);
        interact(() -> turnList().scrollTo(index));
        java.util.concurrent.Callable<java.util.Optional<Node>> shown = () -> lookup(".turn-cell").queryAll().stream()
                .filter(node -> ((javafx.scene.control.ListCell<?>) node).getIndex() == index && node.isVisible())
                .findFirst();
        waitUntil(() -> shown.call().isPresent()); // laid out a pulse after the scroll
        Node cell = shown.call().orElseThrow();
        clickOn(cell.lookup(".turn-speaker"));
        waitUntil(() -> turnList().getSelectionModel().getSelectedIndex() == index);
    }

    void commit() {
        shortcut(KeyCode.ENTER);
    }

    /** File → Export (Ctrl+E) as a user goes through it: past the checks' list, when they find something, to the dialog. */
    void openExport() throws Exception {
        shortcut(KeyCode.E);
        waitUntil(() -> lookup("#exportTarget").tryQuery().isPresent() || lookup("#checkFindings").tryQuery().isPresent());
        if (lookup("#checkFindings").tryQuery().isPresent()) {
            clickButton("check.export");
        }
        waitUntil(() -> lookup("#exportTarget").tryQuery().isPresent());
    }

    String text(String key) {
        return messages.getString(key);
    }

    /** The message under {@code key} with its values filled in, as the window shows it. */
    String text(String key, Object... values) {
        return new java.text.MessageFormat(messages.getString(key), messages.getLocale()).format(values);
    }

    /**
     * Clicks the button labelled with the message under {@code key} once it can be seen: a dialog's
     * window may be listed a pulse before its buttons are laid out and visible.
     */
    void clickButton(String key) throws Exception {
        String label = text(key);
        waitUntil(() -> lookup(label).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        clickOn(lookup(label).match(NodeQueryUtils.isVisible()).queryAs(Node.class));
    }

    /**
     * Clicks the control showing this text (a menu, a menu item, a button) once it is up and
     * visible; a mnemonic's underscore is not part of the text it is found by.
     */
    void clickLabelled(String text) throws Exception {
        String plain = text.replace("_", "");
        java.util.concurrent.Callable<Node> find = () -> lookup(node -> node instanceof javafx.scene.control.Labeled labeled
                && labeled.getText() != null && plain.equals(labeled.getText().replace("_", "")) && node.isVisible()
                && node.getScene() != null && node.getScene().getWindow().isShowing()).tryQuery().orElse(null);
        waitUntil(() -> find.call() != null);
        clickOn(find.call());
    }

    /** Whether a dialog window is up and showing. */
    boolean dialogShown() {
        return lookup(".dialog-pane").tryQuery().filter(pane -> pane.getScene() != null
                && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()).isPresent();
    }

    /**
     * Waits, generously, until {@code condition} holds. It is asked on the JavaFX thread: the scene
     * graph (bounds, a list's cells) is not safe to read from the test's thread while it changes.
     */
    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
