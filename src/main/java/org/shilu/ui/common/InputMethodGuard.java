package org.shilu.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps the window's keys away from an open input-method composition (pinyin being picked).
 * While a composition is open in the focused control, Enter, Esc, Tab and every key with Ctrl, Alt
 * or Meta belong to the input method: no action, default button or control behaviour acts on them,
 * so nothing is committed, cancelled, taken from the glossary's suggestions or moved under the composition. Installed on every window.
 */
public final class InputMethodGuard {
    private static final Object KEY = InputMethodGuard.class;

    private Node composingIn;

    private InputMethodGuard() {
    }

    /** Guards every window the application shows from now on, dialogs and alerts included. */
    public static void guardEveryWindow() {
        Window.getWindows().forEach(InputMethodGuard::guard);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(InputMethodGuard::guard);
            }
        });
    }

    private static void guard(Window window) {
        if (window.getScene() != null) {
            guard(window.getScene());
        }
        window.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                guard(now);
            }
        });
    }

    /**
     * The scene's guard, installed on first use. Install it before any other key filter of the
     * scene: filters run in the order they were added.
     */
    public static InputMethodGuard guard(Scene scene) {
        if (scene.getProperties().get(KEY) instanceof InputMethodGuard guard) {
            return guard;
        }
        InputMethodGuard guard = new InputMethodGuard();
        scene.getProperties().put(KEY, guard);
        scene.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, event ->
                guard.composingIn = event.getComposed().isEmpty() ? null
                        : event.getTarget() instanceof Node node ? node : null);
        scene.focusOwnerProperty().addListener((o, was, now) -> guard.composingIn = null);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, guard::holdForTheInputMethod);
        return guard;
    }

    /** Whether an input method is composing text in {@code node} now. */
    public boolean isComposingIn(Node node) {
        return node != null && node == composingIn;
    }

    private void holdForTheInputMethod(KeyEvent event) {
        if (composingIn == null || !(event.getTarget() instanceof Node target) || !isComposingIn(target)) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER || code == KeyCode.ESCAPE || code == KeyCode.TAB
                || event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
            event.consume();
        }
    }
}
