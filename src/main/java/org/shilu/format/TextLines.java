package org.shilu.format;

import java.util.Arrays;

/**
 * Text cut into lines at LF, CRLF or CR, by offsets into the one text (no copy of its lines is
 * kept), remembering which separator came first and whether the text ended with one.
 */
final class TextLines {
    private final CharSequence text;
    private int[] starts;
    private int[] ends;
    private int count;
    private String separator;
    private final boolean finalNewline;

    private TextLines(CharSequence text) {
        this.text = text;
        int guess = Math.max(16, Math.min(text.length() / 48, 1 << 20));
        this.starts = new int[guess];
        this.ends = new int[guess];
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                boolean crlf = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
                if (separator == null) {
                    separator = crlf ? "\r\n" : String.valueOf(c);
                }
                add(start, i);
                if (crlf) {
                    i++;
                }
                start = i + 1;
            }
        }
        finalNewline = start == length && length > 0;
        if (start < length) {
            add(start, length);
        }
        if (separator == null) {
            separator = "\n";
        }
    }

    static TextLines split(CharSequence text) {
        return new TextLines(text);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    CharSequence text() {
        return text;
    }

    int size() {
        return count;
    }

    /** Line {@code i} (0-based) without its line end. */
    String line(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    /** At most the first {@code length} characters of line {@code i}: enough to see a label. */
    String start(int i, int length) {
        return text.subSequence(starts[i], Math.min(ends[i], starts[i] + length)).toString();
    }

    /** Where line {@code i} starts in the text; {@code size()} gives the end of the text. */
    int startOf(int i) {
        return i < count ? starts[i] : text.length();
    }

    /** The first line end of the text, LF when it has none. */
    String separator() {
        return separator;
    }

    boolean finalNewline() {
        return finalNewline;
    }
}
