package org.shilu.format;

import org.shilu.format.PortalProfile.LabelStyle;

/**
 * A line that starts like a turn: {@code [主持人]:}, {@code 【温家宝】}, {@code 主持人：} or
 * {@code 主持人(王某):}. Bare labels are only candidates; the reader decides whether to trust them.
 */
record LabelMatch(LabelStyle style, String label, String separator, String line, int textStart) {
    private static final int MAX_BRACKETED = 40;
    /** The longest line that can be a label standing alone, with room for spaces around it. */
    static final int MAX_LINE_OF_LABEL = MAX_BRACKETED + 8;
    private static final int MAX_BARE = 20;
    private static final String NOT_IN_LABEL = "[]【】:：";
    private static final String SENTENCE_MARKS = "，。,.！!？?；;、“”\"《》'‘’…—";

    /** A label that stands alone on its line. */
    static LabelMatch alone(String label) {
        return new LabelMatch(LabelStyle.BARE, label, "", label, label.length());
    }

    /**
     * Whether this is surely a speaker's label, not a guess: a label in square brackets with a
     * colon after it, one in 【】, or a netizen's {@code 网友“name”:}.
     */
    boolean isSure() {
        return switch (style) {
            case SQUARE -> !separator.isEmpty();
            case LENTICULAR -> true;
            case BARE -> isNetizen(label);
        };
    }

    /** Whether the label's line has text after the label. */
    boolean hasText() {
        return !PageChrome.isBlank(line, textStart);
    }

    static LabelMatch at(String line) {
        if (line.startsWith("[")) {
            return bracketed(line, LabelStyle.SQUARE, ']');
        }
        if (line.startsWith("【")) {
            return bracketed(line, LabelStyle.LENTICULAR, '】');
        }
        return bare(line);
    }

    private static LabelMatch bracketed(String line, LabelStyle style, char close) {
        int end = line.indexOf(close, 1);
        if (end < 2 || end > MAX_BRACKETED + 1) {
            return null;
        }
        String label = line.substring(1, end);
        if (!isLabel(label)) { // a time such as [09:25] is no label: labels hold no colon
            return null;
        }
        int after = end + 1;
        String separator = "";
        if (after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '：')) {
            separator = String.valueOf(line.charAt(after));
            after++;
        }
        return new LabelMatch(style, label, separator, line, after);
    }

    private static LabelMatch bare(String line) {
        int limit = Math.min(line.length(), MAX_BARE + 1);
        for (int i = 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：') {
                String label = line.substring(0, i);
                if (!isLabel(label) || !(looksLikeName(label) || isNetizen(label)) || line.startsWith("//", i + 1)) {
                    return null;
                }
                return new LabelMatch(LabelStyle.BARE, label, String.valueOf(c), line, i + 1);
            }
        }
        return null;
    }

    /**
     * A line that is only a speaker's name, with no brackets or colon, in a file that marks no labels:
     * short, no sentence marks, and a word that names a speaker (主持人, 网友, …局长).
     */
    static boolean isUnmarkedLabel(String line) {
        return line.length() <= MAX_BARE && isLabel(line) && looksLikeName(line) && SpeakerGuess.soundsLikeSpeaker(line);
    }

    /** {@code 网友“江南雨”}, {@code 网友 老王} or {@code 网民小李}: a netizen and a short name, quoted or not. */
    static boolean isNetizen(String label) {
        if (!label.startsWith("网友") && !label.startsWith("网民")) {
            return false;
        }
        String name = label.substring(2);
        if (name.startsWith(" ")) {
            name = name.substring(1);
        } else if (name.length() >= 2 && (name.startsWith("“") && name.endsWith("”")
                || name.startsWith("\"") && name.endsWith("\""))) {
            name = name.substring(1, name.length() - 1);
        }
        return name.isEmpty() || looksLikeName(name);
    }

    private static boolean isLabel(String label) {
        if (label.isBlank() || !label.equals(label.strip())) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (NOT_IN_LABEL.indexOf(c) >= 0 || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** A bare label is a short name: no spaces or sentence marks, and not only digits. */
    private static boolean looksLikeName(String label) {
        boolean hasLetter = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || SENTENCE_MARKS.indexOf(c) >= 0) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }
}
