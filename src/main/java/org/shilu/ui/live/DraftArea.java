package org.shilu.ui.live;

import java.util.function.Predicate;

import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;

/**
 * The box the next turn is typed in. It lets the window look at a paste before it lands.
 */
public final class DraftArea extends TextArea {
    private Predicate<String> pasteInterceptor = text -> false;

    public DraftArea() {
        setWrapText(true);
        getStyleClass().add("draft-area");
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
