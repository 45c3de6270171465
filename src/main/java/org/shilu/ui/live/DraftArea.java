package org.shilu.ui.live;

import java.util.function.Predicate;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;

/**
 * The box the next turn is typed in. It grows with its text, from two lines up to a third of the
 * window, then scrolls (keeping the caret in sight), so a long answer stays readable as it is typed.
 * It lets the window look at a paste before it lands.
 */
public final class DraftArea extends TextArea {
    private static final double MAX_SHARE_OF_WINDOW = 1.0 / 3;
    private static final int MIN_LINES = 2;
    /** The text area's own padding around its text and the room of a vertical scroll bar. */
    private static final double CONTENT_EXTRA_WIDTH = 30;
    private static final double CONTENT_EXTRA_HEIGHT = 16;

    private final Text probe = new Text();
    private Predicate<String> pasteInterceptor = text -> false;

    public DraftArea() {
        setWrapText(true);
        getStyleClass().add("draft-area");
        InvalidationListener fit = o -> fitToText();
        textProperty().addListener(fit);
        widthProperty().addListener(fit);
        fontProperty().addListener(fit);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.heightProperty().addListener(fit);
                fitToText();
            }
        });
    }

    /** The height that shows the whole text, within two lines and a third of the window. */
    private void fitToText() {
        double wrap = getWidth() - snappedLeftInset() - snappedRightInset() - CONTENT_EXTRA_WIDTH;
        if (wrap <= 0) {
            return;
        }
        probe.setFont(getFont());
        probe.setWrappingWidth(wrap);
        probe.setText("X");
        double line = probe.getLayoutBounds().getHeight();
        String text = getText() == null ? "" : getText();
        probe.setText(text.isEmpty() ? "X" : text.endsWith("\n") ? text + "X" : text);
        double chrome = snappedTopInset() + snappedBottomInset() + CONTENT_EXTRA_HEIGHT;
        double wanted = Math.max(probe.getLayoutBounds().getHeight(), MIN_LINES * line) + chrome;
        double least = MIN_LINES * line + chrome;
        double most = getScene() == null ? wanted : Math.max(least, getScene().getHeight() * MAX_SHARE_OF_WINDOW);
        double height = Math.ceil(Math.min(wanted, most));
        if (height != getPrefHeight()) {
            setMinHeight(height);
            setPrefHeight(height);
        }
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
