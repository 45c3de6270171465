package org.shilu.format;

import java.util.ArrayList;
import java.util.List;

import org.shilu.model.Speaker;

/**
 * A turn being collected, with its time still as printed. Kept small: a page of half a million
 * turns holds all of them until the broadcast date is known.
 */
final class PendingTurn {
    final int line;
    final String label;
    Speaker speaker;
    private String onlyParagraph;
    private List<String> paragraphs;
    TimeStamp stamp;
    /** The time, once the turn is complete and its stamp names its own year: the stamp is then let go. */
    java.time.LocalDateTime at;
    /** Where the printed time stands: its line (0-based) and where on it, so its text need not be kept. */
    int stampLine;
    int stampFrom;
    boolean stampInline;

    PendingTurn(int line, String label) {
        this.line = line;
        this.label = label;
    }

    void add(String paragraph) {
        if (onlyParagraph == null && paragraphs == null) {
            onlyParagraph = paragraph;
            return;
        }
        if (paragraphs == null) {
            paragraphs = new ArrayList<>(4);
            paragraphs.add(onlyParagraph);
            onlyParagraph = null;
        }
        paragraphs.add(paragraph);
    }

    boolean hasStamp() {
        return stamp != null || at != null;
    }

    boolean isEmpty() {
        return onlyParagraph == null && paragraphs == null;
    }

    String last() {
        return paragraphs != null ? paragraphs.get(paragraphs.size() - 1) : onlyParagraph;
    }

    void setLast(String paragraph) {
        if (paragraphs != null) {
            paragraphs.set(paragraphs.size() - 1, paragraph);
        } else {
            onlyParagraph = paragraph;
        }
    }

    List<String> paragraphs() {
        return paragraphs != null ? paragraphs : List.of(onlyParagraph);
    }
}
