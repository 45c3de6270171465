package org.shilu.format;

import java.util.List;

import org.shilu.model.Header;

/**
 * The lines a portal page prints above the turns, as the sample shows them: the heading closed by a
 * space and a no-break space, the programme title, the section label, a spacer of eight no-break
 * spaces, and the 正序/倒序 order switch.
 */
final class PageChrome {
    static final char NBSP = '\u00A0';
    static final String HEADING_END = " " + NBSP;
    static final String SPACER = String.valueOf(NBSP).repeat(8);
    static final String FORWARD = "正序";
    static final String REVERSE = "倒序";
    static final String ORDER_SWITCH = FORWARD + String.valueOf(NBSP).repeat(4) + " " + REVERSE;
    static final int LINES = 5;

    private PageChrome() {
    }

    static List<String> lines(Header header) {
        return List.of(header.heading() + HEADING_END, header.programme(), header.sectionLabel(), SPACER, ORDER_SWITCH);
    }

    /** Whether a line is the order switch, however its spaces were written. */
    static boolean isOrderSwitch(String line) {
        String s = line.strip();
        if (!s.startsWith(FORWARD) || !s.endsWith(REVERSE) || s.length() < FORWARD.length() + REVERSE.length()) {
            return false;
        }
        return isBlank(s.substring(FORWARD.length(), s.length() - REVERSE.length()));
    }

    /** Blank counting the no-break space, which {@link String#isBlank} does not. */
    static boolean isBlank(String line) {
        return isBlank(line, 0);
    }

    static boolean isBlank(String line, int from) {
        return isBlank(line, from, line.length());
    }

    static boolean isBlank(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != NBSP && c != '\u3000') {
                return false;
            }
        }
        return true;
    }

    static String stripPage(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.substring(start, start + 1))) {
            start++;
        }
        while (end > start && isBlank(line.substring(end - 1, end))) {
            end--;
        }
        return line.substring(start, end);
    }
}
