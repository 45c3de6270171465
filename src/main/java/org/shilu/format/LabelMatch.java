package org.shilu.format;

import org.shilu.format.PortalProfile.LabelStyle;

/**
 * A line that starts like a turn: {@code [主持人]:}, {@code 【温家宝】}, {@code 主持人：} or
 * {@code 主持人(王某):}. Bare labels are only candidates; the reader decides whether to trust them.
 */
record LabelMatch(LabelStyle style, String label, String separator, String rest) {
    private static final int MAX_BRACKETED = 40;
    private static final int MAX_BARE = 20;
    private static final String NOT_IN_LABEL = "[]【】:：";
    private static final String SENTENCE_MARKS = "，。,.！!？?；;、“”\"《》'‘’…—";

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
        if (!isLabel(label) || TimeStamp.parse(label) != null) {
            return null;
        }
        int after = end + 1;
        String separator = "";
        if (after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '：')) {
            separator = String.valueOf(line.charAt(after));
            after++;
        }
        return new LabelMatch(style, label, separator, line.substring(after));
    }

    private static LabelMatch bare(String line) {
        int limit = Math.min(line.length(), MAX_BARE + 1);
        for (int i = 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：') {
                String label = line.substring(0, i);
                String rest = line.substring(i + 1);
                if (!isLabel(label) || !looksLikeName(label) || rest.startsWith("//")) {
                    return null;
                }
                return new LabelMatch(LabelStyle.BARE, label, String.valueOf(c), rest);
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
