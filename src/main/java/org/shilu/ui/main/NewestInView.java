package org.shilu.ui.main;

import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

import org.shilu.model.Turn;

/**
 * Keeps the newest turn in view at the bottom of the turn list. ListView.scrollTo puts a cell at
 * the top and, at the very end of a long list of wrapped cells, can stop one turn short; scrolling
 * the flow to its end shows the last turn whole, without measuring every turn before it.
 */
final class NewestInView {
    private final ListView<Turn> turnList;
    /** The turn to keep whole at the bottom for the next few layout passes (-1: none), and how many are left. */
    private int following = -1;
    private int followPasses;
    private Runnable followCheck;

    NewestInView(ListView<Turn> turnList) {
        this.turnList = turnList;
    }

    /** Whether the list shows its last turn of {@code count}, as one reading along at the end does. */
    boolean showsTheEnd(int count) {
        return turnList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getLastVisibleCell() != null
                && flow.getLastVisibleCell().getIndex() >= count - 1;
    }

    /** Brings turn {@code index} into view at the bottom; turns added {@code atTheEnd} (a commit, a paste) are checked until laid out whole. */
    void follow(int index, boolean atTheEnd) {
        if (turnList.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            turnList.layout();
            flow.setPosition(1.0);
            if (!atTheEnd) {
                return;
            }
            // New cells are measured only as they are laid out, so the flow's estimate of its own
            // length can fall short (turns added in one go, or after turns taller than the list, as
            // the sample's second is): once laid out, the newest is put at the bottom again, whole.
            followUntilWhole(flow, index);
        } else {
            turnList.scrollTo(index);
        }
    }

    /**
     * Checks after the next layout passes that the turn of {@code index} ends at the bottom of the
     * flow, whole, and scrolls by what is missing: turns added in one go (a paste) are measured only
     * as they are laid out, so the flow's estimate of its own length can fall short at first.
     */
    private void followUntilWhole(VirtualFlow<?> flow, int index) {
        following = index;
        // Enough passes for what the same change moves after it (a new speaker's key widens the
        // speaker bar and the list grows shorter); a scroll by the user or a turn picked ends it at once.
        followPasses = 20;
        if (followCheck == null && turnList.getScene() != null) {
            turnList.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, event -> following = -1);
            // A turn picked (by the user, a search, an edit) is what to show now.
            turnList.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) -> following = -1);
            followCheck = () -> {
                if (following < 0 || following >= turnList.getItems().size() || followPasses-- <= 0
                        || turnList.getEditingIndex() >= 0) {
                    following = -1;
                    return;
                }
                javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(following);
                if (cell == null) {
                    // Not laid out at all: the flow's end, by its estimate of the cells' sizes, can stop
                    // turns short of it (a full-width list after the sample's tall turns stopped at the
                    // sixth of nine), so the flow is asked for that very cell.
                    flow.scrollTo(following);
                    return;
                }
                double below = cell.localToScene(cell.getBoundsInLocal()).getMaxY()
                        - flow.localToScene(flow.getBoundsInLocal()).getMaxY();
                if (below > 0.5 && flow.scrollPixels(below) < 0.5) {
                    // The flow believes it is already at its end: its measure of the cells is stale.
                    turnList.refresh();
                    flow.setPosition(1.0);
                }
            };
            turnList.getScene().addPostLayoutPulseListener(followCheck);
        }
    }
}
