package org.shilu.ui.live;

import java.util.function.Predicate;

import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.InputMethodEvent;

/**
 * The box the next turn is typed in. It knows when an input method is composing (so that Enter
 * belongs to the IME), and lets the window look at a paste before it lands.
 */
public final class DraftArea extends TextArea {
    private boolean composing;
    private Predicate<String> pasteInterceptor = text -> false;

    public DraftArea() {
        setWrapText(true);
        getStyleClass().add("draft-area");
        addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                event -> composing = !event.getComposed().isEmpty());
    }

    /** Whether an input method is composing text here now. */
    public boolean isComposing() {
        return composing;
    }

    /** {@code interceptor} returns true when it has taken the pasted text itself. */
    public void setPasteInterceptor(Predicate<String> interceptor) {
        pasteInterceptor = interceptor;
    }

    @Override
    public void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && pasteInterceptor.test(text)) {
            return;
        }
        super.paste();
    }
}
