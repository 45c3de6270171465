package org.shilu.format;

import java.util.ArrayList;
import java.util.List;

/** Text cut into lines at LF, CRLF or CR, remembering which separator came first and whether the text ended with one. */
record TextLines(List<String> lines, String separator, boolean finalNewline) {

    static TextLines split(String text) {
        if (text.indexOf('\r') < 0) {
            return splitAtLineFeeds(text);
        }
        List<String> lines = new ArrayList<>(Math.max(16, text.length() / 64));
        String separator = null;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                boolean crlf = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
                if (separator == null) {
                    separator = crlf ? "\r\n" : String.valueOf(c);
                }
                if (crlf) {
                    i++;
                }
                start = i + 1;
            }
        }
        boolean finalNewline = start == length && length > 0;
        if (start < length) {
            lines.add(text.substring(start));
        }
        return new TextLines(lines, separator == null ? "\n" : separator, finalNewline);
    }

    /** The common case, with no CR anywhere: a search for LF, which the JVM does fast. */
    private static TextLines splitAtLineFeeds(String text) {
        List<String> lines = new ArrayList<>(Math.max(16, text.length() / 64));
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        boolean finalNewline = start == text.length() && start > 0;
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return new TextLines(lines, "\n", finalNewline);
    }
}
