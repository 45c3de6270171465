package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.store.Settings;

/** Settings kept from one start to the next, and a broken settings file met at start. */
class SettingsUiTest {
    @TempDir
    Path home;
    private RunningApp app;
    private final Locale system = Locale.getDefault();

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Locale.setDefault(system);
    }

    private Settings saved() {
        return Settings.load(home.resolve("config")).settings();
    }

    @Test
    void theStudioClockOffsetAndTheWindowPlaceSurviveARestart() throws Exception {
        app = new RunningApp().start(home);
        app.shortcut(KeyCode.T);
        app.waitUntil(() -> app.lookup("#clockOffset").tryQuery().isPresent());
        TextField offset = app.lookup("#clockOffset").queryAs(TextField.class);
        app.interact(offset::clear);
        app.clickOn(offset).write("-45");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> saved().clockOffsetSeconds() == -45);
        Stage stage = (Stage) app.draft().getScene().getWindow();
        app.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(650);
        });
        app.interact(stage::close);
        app.waitUntil(() -> saved().window() != null && saved().window().width() == 900);
        app.stop();

        app = new RunningApp().start(home);
        Stage again = (Stage) app.draft().getScene().getWindow();
        assertEquals(900, again.getWidth(), 1);
        assertEquals(650, again.getHeight(), 1);
        // The test's clock stands at 9:00:00; the studio clock, 45 s behind it, shows 8:59:15.
        app.waitUntil(() -> app.lookup("#studioClock").queryAs(javafx.scene.control.Label.class).getText().contains("59:15"));
    }

    @Test
    void theLanguageChosenInSettingsIsTheWindowsAtTheNextStart() throws Exception {
        app = new RunningApp().start(home);
        app.shortcut(KeyCode.COMMA);
        app.waitUntil(() -> app.lookup("#settingsLanguage").tryQuery().isPresent());
        String other = Locale.getDefault().getLanguage().equals("zh") ? "en" : "zh-CN";
        app.clickOn("#settingsLanguage").clickOn(other.equals("en") ? "English" : "中文");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> other.equals(saved().language()));
        app.stop();

        app = new RunningApp().start(home);
        String expected = java.util.ResourceBundle.getBundle("org.shilu.ui.messages", Locale.forLanguageTag(other))
                .getString("menu.file").replaceAll("\\(?_(.)\\)?", other.equals("en") ? "$1" : "");
        assertTrue(app.lookup(".menu-bar .label").queryAll().stream().anyMatch(node ->
                ((javafx.scene.control.Labeled) node).getText().replace("_", "").startsWith(expected.substring(0, 2))),
                "the menus speak " + other);
    }

    @Test
    void anUnreadableSettingsFileIsSetAsideWithANotice() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(Settings.file(home.resolve("config")), "{ not json");
        app = new RunningApp().start(home);
        org.controlsfx.control.NotificationPane bar = app.lookup("#notifications")
                .queryAs(org.controlsfx.control.NotificationPane.class);
        app.waitUntil(bar::isShowing);
        assertTrue(bar.getText().replace("\n", "").contains(".unreadable"), bar.getText());
        // What is drawn, not a flag: the bar is on screen with the notice in it.
        app.waitUntil(() -> app.lookup(".notification-bar").tryQuery()
                .map(node -> node.isVisible() && node.getLayoutBounds().getHeight() > 10
                        && node.localToScene(node.getLayoutBounds()).getMinY() >= 0).orElse(false));
        app.waitUntil(() -> app.lookup(".notification-bar .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText().replace("\n", "").contains(".unreadable") && label.isVisible()
                        && label.getWidth() > 10));
        // Once the bar has slid in (it grows over a few hundred milliseconds), all of the notice reads.
        DialogsFitTest.waitUntilWhole(app, ".notification-bar", "the notice reads in full");
    }
}
