package org.shilu.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Text the typist did not catch for sure, flagged for the proof-reader: where it starts in a turn's
 * text (its paragraphs joined by line breaks) and what it says. A marker follows its text through
 * edits elsewhere and is gone once its own text is edited. Markers are the editors' only: no portal
 * text, page or fragment ever carries them.
 *
 * @param start where the marked text starts in the text, counted in chars
 * @param text  the marked text: not empty, within one paragraph
 */
public record Doubt(int start, String text) {
    public static final Comparator<Doubt> ORDER = Comparator.comparingInt(Doubt::start);

    public Doubt {
        Objects.requireNonNull(text, "text");
        if (start < 0 || text.isEmpty() || text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a doubt marks text within one paragraph: " + start + " " + Text.abbreviate(text));
        }
    }

    public int end() {
        return start + text.length();
    }

    /** Whether the marked text is in {@code in} where this marker says. */
    public boolean fits(String in) {
        return end() <= in.length() && in.startsWith(text, start);
    }

    /**
     * The markers of {@code before} as they stand in {@code after}: a marker outside the part that
     * changed moves with its text; one whose text was changed, or that no longer fits, is gone.
     */
    public static List<Doubt> follow(List<Doubt> doubts, String before, String after) {
        if (doubts.isEmpty() || before.equals(after)) {
            return doubts.stream().filter(d -> d.fits(after)).toList();
        }
        int prefix = 0;
        int most = Math.min(before.length(), after.length());
        while (prefix < most && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < most - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int changedEnd = before.length() - suffix; // before's changed part is [prefix, changedEnd)
        int shift = after.length() - before.length();
        List<Doubt> kept = new ArrayList<>();
        for (Doubt doubt : doubts) {
            Doubt moved = doubt.end() <= prefix ? doubt
                    : doubt.start() >= changedEnd ? new Doubt(doubt.start() + shift, doubt.text()) : null;
            if (moved != null && moved.fits(after)) {
                kept.add(moved);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The markers after the doubt key at {@code from}–{@code to} of {@code text} (a selection; empty:
     * the word before the caret at {@code to}): a marker there is taken away, else the text there is
     * marked. Unchanged when there is nothing to mark.
     */
    public static List<Doubt> toggle(List<Doubt> doubts, String text, int from, int to) {
        int start = Math.min(from, to);
        int end = Math.max(from, to);
        if (start == end) {
            start = wordBefore(text, end);
        }
        int s = start;
        int e = end;
        List<Doubt> overlapping = doubts.stream().filter(d -> d.start() < e && s < d.end()
                || s == e && d.start() <= s && s <= d.end()).toList();
        if (!overlapping.isEmpty()) {
            List<Doubt> rest = new ArrayList<>(doubts);
            rest.removeAll(overlapping);
            return List.copyOf(rest);
        }
        String marked = text.substring(start, end).strip();
        if (marked.isEmpty() || marked.indexOf('\n') >= 0) {
            return doubts;
        }
        int at = text.indexOf(marked, start);
        List<Doubt> all = new ArrayList<>(doubts);
        all.add(new Doubt(at, marked));
        all.sort(ORDER);
        return List.copyOf(all);
    }

    /**
     * Where the word before {@code caret} starts: a run of Latin letters or digits, or else the
     * Chinese characters before it, at most {@link #CHINESE_WORD} of them, back to a space or punctuation.
     */
    static int wordBefore(String text, int caret) {
        int start = caret;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = start;
        if (start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
            while (start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
                start--;
            }
            return start == end ? caret : start;
        }
        while (start > 0 && end - start < CHINESE_WORD && Character.isLetter(text.charAt(start - 1))
                && !isLatinOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Chinese has no spaces between words: the doubt key without a selection marks the last two characters. */
    static final int CHINESE_WORD = 2;

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * The next turn after {@code from} (or the previous one before it) with a doubt marked, going
     * round past the end; -1 when no turn has one. {@code from} -1 starts before the first turn.
     */
    public static int turnWithDoubt(List<Turn> turns, int from, boolean forward) {
        int size = turns.size();
        for (int step = 1; step <= size; step++) {
            int at = forward ? Math.floorMod(from + step, size) : Math.floorMod((from < 0 ? size : from) - step, size);
            if (!turns.get(at).doubts().isEmpty()) {
                return at;
            }
        }
        return -1;
    }

    /** A few characters either side of the marker in {@code text}, for a list of doubts. */
    public String context(String in, int around) {
        int from = Math.max(0, start - around);
        int to = Math.min(in.length(), end() + around);
        return (from > 0 ? "…" : "") + in.substring(from, to).replace('\n', ' ') + (to < in.length() ? "…" : "");
    }
}
