package org.shilu.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Messages;

/** Help → Keys: every action that has a key, read from {@link AppAction}. */
public final class KeysWindow {
    private KeysWindow() {
    }

    /** A key as the README and a printed cheat sheet write it: Ctrl+Enter, not Ctrl+↵. */
    public static String keyName(javafx.scene.input.KeyCombination key) {
        return key.getDisplayText().replace("↵", "Enter").replace("↑", "Up").replace("↓", "Down")
                .replace("Escape", "Esc");
    }

    public static void show(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("keysTable");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        int row = 0;
        for (AppAction action : AppAction.values()) {
            if (action.key() == null) {
                continue;
            }
            Label key = new Label(keyName(action.key()));
            key.getStyleClass().add("key");
            grid.addRow(row++, key, new Label(messages.actionName(action)));
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.actionName(AppAction.KEYS));
        Scene scene = new Scene(new ScrollPane(grid), 480, 560);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
