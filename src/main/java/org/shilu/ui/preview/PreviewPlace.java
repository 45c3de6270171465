package org.shilu.ui.preview;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;

import org.shilu.store.Programme;
import org.shilu.ui.common.UiThread;

/**
 * The page preview's place beside the turn list. The preview is made the first time it is shown,
 * not with the window: making WebKit's first page holds the FX thread for about 160 ms, and WebKit
 * takes some 55 MB, which an operator who does not look at the page should not pay at every start.
 * Until it is made, a line in its place says it is on its way; WebKit's library is loaded on a
 * thread of its own first. Whether it is shown is remembered for the next start.
 */
public final class PreviewPlace {
    private final Programme programme;
    private final SplitPane workArea;
    private final UiThread uiThread;
    private final Function<String, List<int[]>> flagged;
    private final Consumer<Boolean> remember;
    private final Label onItsWay;
    private PreviewPane pane;
    /** Whether the preview should be in view once it is made (the key may be pressed again while it is being made). */
    private boolean wanted;
    /** Whether WebKit is being loaded for the preview (once). */
    private boolean making;

    /**
     * @param flagged what the preview marks in each turn's text
     * @param remember told whether the preview is shown, each time the user shows or hides it
     */
    public PreviewPlace(Programme programme, SplitPane workArea, UiThread uiThread, Function<String, List<int[]>> flagged,
                        String onItsWayText, Consumer<Boolean> remember) {
        this.programme = programme;
        this.workArea = workArea;
        this.uiThread = uiThread;
        this.flagged = flagged;
        this.remember = remember;
        this.onItsWay = new Label(onItsWayText);
        onItsWay.setId("preview-on-its-way");
        onItsWay.setMinWidth(0);
    }

    /** Shows or hides the preview; a hidden preview does no work, and catches up when shown. */
    public void toggle() {
        boolean showing = pane == null ? wanted : pane.isShown();
        if (showing) {
            hide();
        } else {
            show();
        }
        remember.accept(!showing);
    }

    /** The page layout changed (the export profile): the page is written again. */
    public void profileChanged() {
        if (pane != null) {
            pane.profileChanged();
        }
    }

    /** What the marks stand for changed (the sensitive-word lists): the page is written again, or when next shown. */
    public void marksChanged() {
        if (pane != null) {
            pane.marksChanged();
        }
    }

    /** Shows the preview, making it the first time (as the window opens, when the user had it shown last time). */
    public void show() {
        wanted = true;
        if (pane != null) {
            if (!pane.isShown()) {
                pane.toggle();
            }
            return;
        }
        if (!workArea.getItems().contains(onItsWay)) {
            workArea.getItems().add(onItsWay);
            workArea.setDividerPositions(0.55);
        }
        if (!making) {
            making = true;
            uiThread.aside("shilu-webkit-warm-up", PreviewPane::warmUp, this::made);
        }
    }

    private void hide() {
        wanted = false;
        if (pane != null && pane.isShown()) {
            pane.toggle();
        }
        workArea.getItems().remove(onItsWay);
    }

    /** WebKit is loaded: the preview takes the line's place, or is made hidden if the user hid it meanwhile. */
    private void made() {
        workArea.getItems().remove(onItsWay);
        pane = new PreviewPane(programme, workArea, flagged);
        if (!wanted) {
            pane.toggle();
        }
    }
}
