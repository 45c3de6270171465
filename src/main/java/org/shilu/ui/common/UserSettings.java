package org.shilu.ui.common;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.StringConverter;

import org.shilu.store.Settings;

/**
 * The settings as the window uses them: each change is written to {@code settings.json} off the FX
 * thread; the window's place is kept when it closes and restored when it opens on a screen that
 * still shows it; File → Settings… chooses the language.
 */
public final class UserSettings {
    private final Path configFolder;
    private final UiThread uiThread;
    private volatile Settings current;

    public UserSettings(Path configFolder, Settings loaded, UiThread uiThread) {
        this.configFolder = configFolder;
        this.current = loaded;
        this.uiThread = uiThread;
    }

    public Settings current() {
        return current;
    }

    public void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Settings snapshot = current;
        uiThread.inBackground(() -> {
            snapshot.save(configFolder);
            return snapshot;
        }, saved -> { }, failure -> { });
    }

    /**
     * Puts the window where it was, pulled back onto a screen if that place is now off every screen,
     * and never larger than the screen's visual bounds (a 1024×768 laptop, say); keeps its place
     * when it closes.
     */
    public void placeAndRemember(Stage stage) {
        Settings.WindowPlace place = current.window();
        Rectangle2D wanted = place != null && place.width() > 200 && place.height() > 150
                ? new Rectangle2D(place.x(), place.y(), place.width(), place.height())
                : null;
        Rectangle2D screen = (wanted == null || Screen.getScreensForRectangle(wanted).isEmpty()
                ? Screen.getPrimary() : Screen.getScreensForRectangle(wanted).get(0)).getVisualBounds();
        Rectangle2D fitted = fitInto(wanted != null ? wanted
                : centredIn(screen, stage.getScene().getWidth(), stage.getScene().getHeight()), screen);
        stage.setX(fitted.getMinX());
        stage.setY(fitted.getMinY());
        stage.setWidth(fitted.getWidth());
        stage.setHeight(fitted.getHeight());
        stage.setMaximized(place != null && place.maximized());
        stage.setOnHiding(event -> update(settings -> settings.withWindow(new Settings.WindowPlace(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()))));
    }

    private static Rectangle2D centredIn(Rectangle2D screen, double width, double height) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    /** The window shrunk to the screen where it is larger, and moved so that all of it shows. */
    static Rectangle2D fitInto(Rectangle2D window, Rectangle2D screen) {
        double width = Math.min(window.getWidth(), screen.getWidth());
        double height = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - width));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - height));
        return new Rectangle2D(x, y, width, height);
    }

    /** File → Settings…: the language, which applies from the next start. */
    private static javafx.stage.Window dialogWindow(javafx.scene.Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** Settings…: the language, and the sensitive-word lists (read again by the window once the dialog closes). */
    public void showDialog(Stage owner, Messages messages) {
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("settingsLanguage");
        language.getItems().add("");
        language.getItems().addAll(Settings.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String tag) {
                return tag == null || tag.isEmpty() ? messages.text("settings.language.system")
                        : messages.text("settings.language." + tag);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        language.setValue(current.language() == null ? "" : current.language());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.actionName(AppAction.SETTINGS));
        dialog.setHeaderText(messages.text("settings.header"));
        javafx.scene.control.TextArea lists = new javafx.scene.control.TextArea(String.join("\n", current.sensitiveLists()));
        lists.setId("settingsSensitiveLists");
        lists.setPrefRowCount(4);
        javafx.scene.control.Button addList = new javafx.scene.control.Button(messages.text("settings.sensitiveLists.add"));
        addList.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            java.io.File chosen = chooser.showOpenDialog(dialogWindow(lists));
            if (chosen != null) {
                lists.appendText((lists.getText().isBlank() || lists.getText().endsWith("\n") ? "" : "\n") + chosen.getAbsolutePath());
            }
        });
        javafx.scene.control.Spinner<Integer> lead = new javafx.scene.control.Spinner<>(0, 60, current.playLeadSeconds());
        lead.setId("settingsPlayLead");
        lead.setEditable(true);
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.text("settings.language")), language,
                new Label(messages.text("settings.nextStart")), new Label(messages.text("settings.sensitiveLists")), lists, addList,
                new Label(messages.text("settings.playLead")), lead));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok ->
                update(settings -> settings.withLanguage(language.getValue().isEmpty() ? null : language.getValue())
                        .withSensitiveLists(lists.getText().lines().toList()).withPlayLeadSeconds(lead.getValue())));
    }
}
