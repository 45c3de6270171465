package org.shilu.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shilu.model.Header;
import org.shilu.model.Turn;

/**
 * The portal text a project was read from, as it was written: its encoding and byte-order mark,
 * the text above the first turn, and the exact text of every turn (label, separator, time, line
 * ends and the blank lines after it). The writer gives back this text for every turn and header
 * the user did not change, so reading a page and writing it back changes no byte. It keeps the
 * one decoded text and offsets into it, not a copy of each turn.
 */
public final class PortalSource {
    /** No source: a programme typed in Shilu, or one whose source text is not known. */
    public static final PortalSource NONE = new PortalSource("", StandardCharsets.UTF_8, false, null, 0,
            List.of(), List.of(), new int[0]);

    private final CharSequence text;
    private final Charset charset;
    private final boolean byteOrderMark;
    private final Header header;
    private final int headEnd;
    private final List<Turn> turns;
    private final List<String> labels;
    private final int[] turnStarts;

    PortalSource(CharSequence text, Charset charset, boolean byteOrderMark, Header header, int headEnd,
                 List<Turn> turns, List<String> labels, int[] turnStarts) {
        this.text = Objects.requireNonNull(text);
        this.charset = Objects.requireNonNull(charset);
        this.byteOrderMark = byteOrderMark;
        this.header = header;
        this.headEnd = headEnd;
        this.turns = List.copyOf(turns);
        this.labels = List.copyOf(labels);
        this.turnStarts = turnStarts.clone();
        if (turns.size() != labels.size() || turns.size() != turnStarts.length) {
            throw new IllegalArgumentException("one label and one start per turn");
        }
    }

    /** The encoding the text was in: used again when it is written back, unless the user picks another. */
    public Charset charset() {
        return charset;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The same text, to be written in another encoding. */
    public PortalSource inEncoding(Charset newCharset, boolean newByteOrderMark) {
        return new PortalSource(text, newCharset, newByteOrderMark, header, headEnd, turns, labels, turnStarts);
    }

    public boolean isNone() {
        return header == null;
    }

    /** The text above the first turn if {@code current} is the header it was read as, else null. */
    Span headFor(Header current) {
        return header != null && header.equals(current) ? new Span(text, 0, headEnd) : null;
    }

    /** A stretch of the source text, appended without a copy of its own. */
    record Span(CharSequence text, int start, int end) {
        void appendTo(Appendable out) throws java.io.IOException {
            out.append(text, start, end);
        }

        boolean endsWithLineEnd() {
            return end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r');
        }
    }

    /** Finds, for each turn of a transcript, the source text it was read from if it is unchanged. */
    Matcher matcher() {
        return new Matcher();
    }

    final class Matcher {
        /** Unchanged turns are usually the very objects read, in order: they are found without an index. */
        private int next;
        private final boolean[] given = new boolean[turns.size()];
        private Map<Turn, ArrayDeque<Integer>> unused;

        private Matcher() {
        }

        /**
         * The text {@code turn} was read from, when it is unchanged and its speaker still has the
         * label it was read with; else null. Each source turn is given once.
         */
        Span textOf(Turn turn, String label) {
            int k = -1;
            if (next < turns.size() && turns.get(next) == turn && !given[next]) {
                k = next;
            } else {
                ArrayDeque<Integer> candidates = index().get(turn);
                while (candidates != null && !candidates.isEmpty() && given[candidates.peek()]) {
                    candidates.poll();
                }
                if (candidates != null && !candidates.isEmpty()) {
                    k = candidates.peek();
                }
            }
            if (k < 0 || !labels.get(k).equals(label)) {
                return null;
            }
            given[k] = true;
            next = k + 1;
            int end = k + 1 < turnStarts.length ? turnStarts[k + 1] : text.length();
            return new Span(text, turnStarts[k], end);
        }

        private Map<Turn, ArrayDeque<Integer>> index() {
            if (unused == null) {
                unused = new HashMap<>();
                for (int k = 0; k < turns.size(); k++) {
                    unused.computeIfAbsent(turns.get(k), t -> new ArrayDeque<>(1)).add(k);
                }
            }
            return unused;
        }
    }
}
