package org.shilu.ui.common;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

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
    /** What this window may not do now, and why (a seat's role in a shared programme); shared with its other windows. */
    private final ObservableMap<AppAction, String> withheld;
    private final ActionKeys main;
    private Consumer<String> tell = why -> { };
    private java.util.function.Predicate<javafx.scene.Node> ownsKeys = node -> false;
    private java.util.function.Predicate<javafx.scene.Node> isTurnList = node -> false;

    public ActionKeys(Messages messages) {
        this.messages = messages;
        this.withheld = FXCollections.observableHashMap();
        this.main = this;
    }

    /** The keys of another window of the same programme: what {@code main} withholds, this one does too. */
    public ActionKeys(Messages messages, ActionKeys main) {
        this.messages = messages;
        this.withheld = main.withheld;
        this.main = main;
    }

    /**
     * From now on these actions are refused, each with the reason given (said through {@code tell}
     * when its key or item is used), and their menu items are greyed; an empty map lifts it.
     */
    public void withhold(Map<AppAction, String> reasons, Consumer<String> tellWhy) {
        main.tell = tellWhy;
        withheld.clear();
        withheld.putAll(reasons);
    }

    /** True while {@code action} is withheld, for a button that does it. */
    public BooleanBinding withheld(AppAction action) {
        return Bindings.createBooleanBinding(() -> withheld.containsKey(action), withheld);
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
        String why = withheld.get(action);
        if (why != null) {
            main.tell.accept(why);
            return true;
        }
        Handler handler = handlers.get(action);
        return handler != null && handler.run();
    }

    public MenuItem menuItem(AppAction action) {
        MenuItem item = new MenuItem(messages.actionText(action));
        item.setId("menu-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        item.setAccelerator(action.key());
        // Greyed while withheld; not bound, for the Edit menu greys Undo and Redo by itself.
        item.setDisable(withheld.containsKey(action));
        javafx.collections.MapChangeListener<AppAction, String> greying = change -> {
            if (change.getKey() == action) {
                item.setDisable(withheld.containsKey(action));
            }
        };
        item.getProperties().put(ActionKeys.class, greying); // held as long as the item, which a rebuilt menu drops
        withheld.addListener(new javafx.collections.WeakMapChangeListener<>(greying));
        item.setOnAction(event -> run(action));
        return item;
    }

    private void dispatch(KeyEvent event) {
        if (event.isConsumed()) {
            return; // the input method's guard held it (filters on one node all see a consumed event)
        }
        javafx.scene.Node focused = event.getTarget() instanceof javafx.scene.Node node ? node : null;
        boolean owned = focused != null && ownsKeys.test(focused);
        for (AppAction action : AppAction.values()) {
            if (owned && !action.isPlayback()) {
                continue; // the in-place editor's keys, but for the recording's
            }
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
