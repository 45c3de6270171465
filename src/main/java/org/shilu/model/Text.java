package org.shilu.model;

/** Checks shared by the records: the single-line fields a page prints. */
final class Text {
    private Text() {
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A field printed on one line of the page must not contain a line break. */
    static String singleLine(String what, String value) {
        String text = orEmpty(value);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " must be a single line: " + abbreviate(text));
        }
        return text;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
