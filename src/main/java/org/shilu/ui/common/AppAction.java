package org.shilu.ui.common;

import javafx.scene.input.KeyCombination;

/**
 * Every user action, declared once: its text key in the message bundle and its default key.
 * Menus, the key legend and the tests all read from here.
 */
public enum AppAction {
    OPEN("action.open", "Shortcut+O"),
    QUIT("action.quit", "Shortcut+Q");

    private final String textKey;
    private final KeyCombination key;

    AppAction(String textKey, String key) {
        this.textKey = textKey;
        this.key = key == null ? null : KeyCombination.valueOf(key);
    }

    public String textKey() {
        return textKey;
    }

    public KeyCombination key() {
        return key;
    }
}
