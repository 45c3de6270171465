package org.shilu.ui.common;

import java.util.List;

import javafx.collections.ObservableList;

/**
 * Brings a shown list up to date by replacing only the run of items that changed, so that a new
 * turn at the end of 5,000 is one insertion and the list keeps its scroll position and selection.
 */
public final class ListPatch {
    private ListPatch() {
    }

    public static <T> void apply(ObservableList<T> shown, List<T> next) {
        int size = shown.size();
        int start = 0;
        int limit = Math.min(size, next.size());
        while (start < limit && shown.get(start) == next.get(start)) {
            start++;
        }
        int shownEnd = size;
        int nextEnd = next.size();
        while (shownEnd > start && nextEnd > start && shown.get(shownEnd - 1) == next.get(nextEnd - 1)) {
            shownEnd--;
            nextEnd--;
        }
        if (start == shownEnd && start == nextEnd) {
            return;
        }
        if (shownEnd == start) {
            shown.addAll(start, next.subList(start, nextEnd));
        } else if (nextEnd == start) {
            shown.remove(start, shownEnd);
        } else if (shownEnd - start == nextEnd - start && shownEnd - start == 1) {
            shown.set(start, next.get(start));
        } else {
            shown.remove(start, shownEnd);
            shown.addAll(start, next.subList(start, nextEnd));
        }
    }
}
