package org.shilu.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.controlsfx.control.NotificationPane;

/**
 * Shows a message in the window's warning bar so that all of it reads, down to the smallest window:
 * the message is broken into lines that fit beside the bar's action, and broken again when the
 * window's width changes. (ControlsFX's bar sizes itself for one line of its label, so a label left
 * to wrap itself is cut off, and a long line squeezes the action's button to "Save to ...".)
 */
public final class WarningBar {
    /** The bar's padding, its close button and the gap before the action. */
    private static final double CHROME = 90;
    private static final String SHOWN_KEY = WarningBar.class.getName();

    private WarningBar() {
    }

    public static void show(NotificationPane bar, String message) {
        bar.getProperties().put(SHOWN_KEY, message);
        if (!bar.getProperties().containsKey(SHOWN_KEY + ".rewraps")) {
            bar.getProperties().put(SHOWN_KEY + ".rewraps", Boolean.TRUE);
            bar.widthProperty().addListener((o, was, now) -> {
                if (bar.isShowing() && bar.getProperties().get(SHOWN_KEY) instanceof String shown) {
                    bar.setText(wrap(shown, fontOf(bar), room(bar)));
                }
            });
        }
        bar.show(wrap(message, fontOf(bar), room(bar)));
    }

    /** The width the message may take: the bar's, less its chrome and its action's button. */
    private static double room(NotificationPane bar) {
        double actions = 0;
        for (Node node : bar.lookupAll(".button-bar")) {
            if (node instanceof ButtonBar buttons) {
                actions = Math.max(actions, buttons.prefWidth(-1));
            }
        }
        if (actions == 0 && !bar.getActions().isEmpty()) {
            actions = 220; // the action's button is made when the bar shows: room for "Save to another place…"
        }
        double width = bar.getWidth() > 0 ? bar.getWidth() : bar.getScene() != null ? bar.getScene().getWidth() : 1000;
        return Math.max(200, width - actions - CHROME);
    }

    private static Font fontOf(NotificationPane bar) {
        for (Node node : bar.lookupAll(".notification-bar .label")) {
            if (node instanceof Label label) {
                return label.getFont();
            }
        }
        return Font.font(Font.getDefault().getFamily(), Font.getDefault().getSize() * 1.17);
    }

    /**
     * The message with line breaks where a line would be wider than {@code width} in {@code font};
     * removing the added breaks gives the message back.
     */
    static String wrap(String message, Font font, double width) {
        Text probe = new Text();
        probe.setFont(font);
        List<String> lines = new ArrayList<>();
        for (String paragraph : message.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int at = 0;
            while (at < paragraph.length()) {
                int next = paragraph.offsetByCodePoints(at, 1);
                String candidate = line + paragraph.substring(at, next);
                probe.setText(candidate);
                if (probe.getLayoutBounds().getWidth() > width && !line.isEmpty()) {
                    int space = line.lastIndexOf(" ");
                    if (space > 0 && space > line.length() / 2) {
                        // Break after the last space where the text has spaces (English), else anywhere
                        // (Chinese); the space stays, so the lines joined give the message back.
                        lines.add(line.substring(0, space + 1));
                        line.delete(0, space + 1);
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    continue;
                }
                line.append(paragraph, at, next);
                at = next;
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }
}
