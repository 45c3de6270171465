package org.shilu.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    /**
     * The keys, live entry first (an operator on air looks for those), the nine speaker keys as one
     * row; descriptions wrap, so the window never scrolls sideways.
     */
    public static void show(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("keysTable");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(16));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints descriptions = new ColumnConstraints();
        descriptions.setHgrow(Priority.ALWAYS);
        descriptions.setMinWidth(0);
        grid.getColumnConstraints().setAll(keys, descriptions);
        int row = 0;
        for (boolean live : new boolean[] {true, false}) {
            for (AppAction action : AppAction.values()) {
                if (action.key() == null || action.isLive() != live
                        || (action.name().startsWith("SPEAKER_") && action != AppAction.SPEAKER_1)) {
                    continue;
                }
                String keyText = action == AppAction.SPEAKER_1
                        ? keyName(action.key()) + " … " + keyName(AppAction.SPEAKER_9.key())
                        : keyName(action.key());
                Label key = new Label(keyText);
                key.getStyleClass().add("key");
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(action == AppAction.SPEAKER_1
                        ? Messages.withoutMnemonic(messages.text(action.textKey(), "N")) : messages.actionName(action));
                what.setWrapText(true);
                what.setMinWidth(0);
                grid.addRow(row++, key, what);
            }
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.actionName(AppAction.KEYS));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("keysScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Scene scene = new Scene(scroll, 520, 560);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }
}
