package org.shilu.ui.common;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/**
 * The keys of a list in a dialog that acts on its rows: Enter (or a double-click) on the selected
 * row, Delete (or Backspace) to drop it, and Esc to close the dialog (the list takes Esc otherwise).
 */
public final class ListKeys {
    private ListKeys() {
    }

    public static void install(ListView<?> list, Runnable enter, Runnable delete, Runnable escape) {
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                enter.run();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                delete.run();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                escape.run();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                enter.run();
            }
        });
    }
}
