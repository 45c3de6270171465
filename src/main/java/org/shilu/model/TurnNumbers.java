package org.shilu.model;

/** The ids a transcript gives its turns: {@code t} and a number that is never given twice. */
final class TurnNumbers {
    private TurnNumbers() {
    }

    static String id(long number) {
        return "t" + number;
    }

    /** The number of an id {@code tN}, or 0 for any other id. */
    static long of(String id) {
        if (id == null || id.length() < 2 || id.length() > 19 || id.charAt(0) != 't') {
            return 0;
        }
        long number = 0;
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
