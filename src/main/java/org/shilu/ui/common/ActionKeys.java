package org.shilu.ui.common;

import java.util.EnumMap;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

/**
 * Runs actions by their keys, wherever the focus is in the window, and builds their menu items.
 * While an input method is composing, its keys never reach here ({@link InputMethodGuard}).
 */
public final class ActionKeys {
    /** An action's work; false when it did not apply (the key then goes on to the focused control). */
    @FunctionalInterface
    public interface Handler {
        boolean run();
    }

    private final Map<AppAction, Handler> handlers = new EnumMap<>(AppAction.class);
    private final Messages messages;
    private java.util.function.Predicate<javafx.scene.Node> ownsKeys = node -> false;
    private java.util.function.Predicate<javafx.scene.Node> isTurnList = node -> false;

    public ActionKeys(Messages messages) {
        this.messages = messages;
    }

    /** An action that may not apply now, such as Esc outside a correction. */
    public void onWhenApplies(AppAction action, Handler handler) {
        handlers.put(action, handler);
    }

    public void on(AppAction action, Runnable handler) {
        handlers.put(action, () -> {
            handler.run();
            return true;
        });
    }

    /** A control that takes every key for itself while it has the focus (the in-place turn editor). */
    public void whileFocused(java.util.function.Predicate<javafx.scene.Node> ownsKeys) {
        this.ownsKeys = ownsKeys;
    }

    /** Which control is the turn list, whose focus turns the list's keys on. */
    public void turnList(java.util.function.Predicate<javafx.scene.Node> isTurnList) {
        this.isTurnList = isTurnList;
    }

    public void install(Scene scene) {
        InputMethodGuard.guard(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::dispatch);
    }

    /** Runs an action as its menu item or key would. */
    public boolean run(AppAction action) {
        Handler handler = handlers.get(action);
        return handler != null && handler.run();
    }

    public MenuItem menuItem(AppAction action) {
        MenuItem item = new MenuItem(messages.actionText(action));
        item.setId("menu-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setAccelerator(action.key());
        item.setOnAction(event -> run(action));
        return item;
    }

    private void dispatch(KeyEvent event) {
        if (event.isConsumed()) {
            return; // the input method's guard held it (filters on one node all see a consumed event)
        }
        javafx.scene.Node focused = event.getTarget() instanceof javafx.scene.Node node ? node : null;
        if (focused != null && ownsKeys.test(focused)) {
            return;
        }
        for (AppAction action : AppAction.values()) {
            if (action.key() != null && !action.isNativeToTheDraft() && action.key().match(event)) {
                if (action.isForTheTurnList() && (focused == null || !isTurnList.test(focused))) {
                    continue;
                }
                if (action.isUndo() && focused instanceof javafx.scene.control.TextInputControl text
                        && text.isUndoable() && !text.getText().isEmpty()) {
                    // Typing in this box is what Ctrl+Z undoes first; an empty box (a draft just
                    // committed) leaves Ctrl+Z to the transcript.
                    return;
                }
                if (run(action)) {
                    event.consume();
                }
                return;
            }
        }
    }
}
