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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException(what + " must be a single line: " + abbreviate(text));
            }
        }
        return text;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
