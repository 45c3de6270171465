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

    /** What one patch changed: from {@code from} on, {@code removed} gave way to {@code added}. */
    public record Change<T>(int from, List<T> removed, List<T> added) {
    }

    /** Patches {@code shown} to equal {@code next}, comparing items by identity, and says what changed. */
    public static <T> Change<T> apply(ObservableList<T> shown, List<T> next) {
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
        List<T> removed = List.copyOf(shown.subList(start, shownEnd));
        List<T> added = next.subList(start, nextEnd);
        if (removed.isEmpty() && added.isEmpty()) {
            return new Change<>(start, removed, added);
        }
        if (removed.isEmpty()) {
            shown.addAll(start, added);
        } else if (added.isEmpty()) {
            shown.remove(start, shownEnd);
        } else if (removed.size() == 1 && added.size() == 1) {
            shown.set(start, added.get(0));
        } else {
            shown.remove(start, shownEnd);
            shown.addAll(start, added);
        }
        return new Change<>(start, removed, added);
    }
}
