package org.shilu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the punctuation of turns in one width (GB/T 15834): ASCII {@code , . : ; ! ? ( )} next to
 * Chinese becomes {@code ，。：；！？（）}, or the full-width marks become ASCII for a portal that
 * wants half-width. Numbers (3.5, 9:03, 1,000), an ellipsis, URLs, e-mail addresses and Latin runs
 * are left alone; straight quotes become “” as an option. It works on the turns' text only, never
 * on labels or times, and only when asked.
 */
public final class PunctuationWidth {
    /** Which way: to full-width (Chinese text), or to half-width. */
    public enum Direction { FULL, HALF }

    private static final String ASCII = ",.:;!?()";
    private static final String FULL = "，。：；！？（）";
    /** For each ASCII character, its place in {@link #ASCII}, or -1. */
    private static final int[] ASCII_AT = new int[128];

    static {
        java.util.Arrays.fill(ASCII_AT, -1);
        for (int i = 0; i < ASCII.length(); i++) {
            ASCII_AT[ASCII.charAt(i)] = i;
        }
    }
    private static final Pattern LEFT_ALONE = Pattern.compile(
            "(?:https?|ftp)://[^\\s\\u3000-\\u303F\\uFF00-\\uFFEF]+|www\\.[A-Za-z0-9./_%?=&#~+-]+"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private PunctuationWidth() {
    }

    /** A paragraph in the other width, and how many marks changed. */
    public record Result(String text, int changes) {
    }

    /** One turn the command would change: where it is, and its text before and after. */
    public record Change(int index, Turn before, Turn after, int marks) {
    }

    public static Result normalise(String text, Direction direction, boolean quotes) {
        boolean[] kept = leftAlone(text);
        StringBuilder out = new StringBuilder(text.length());
        int changes = 0;
        boolean quoteOpen = false;
        Boolean chinese = null; // asked only at a straight quote
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char to = c;
            if (kept == null || !kept[i]) {
                if (direction == Direction.FULL) {
                    int at = c < 128 ? ASCII_AT[c] : -1;
                    if (at >= 0 && besideChinese(out, text, i) && !partOfNumber(text, i) && !partOfEllipsis(text, i)) {
                        to = FULL.charAt(at);
                    } else if (c == '"' && quotes && (chinese != null ? chinese
                            : (chinese = text.codePoints().anyMatch(PunctuationWidth::isHan)))) {
                        to = quoteOpen ? '”' : '“';
                        quoteOpen = !quoteOpen;
                    }
                } else {
                    int at = FULL.indexOf(c);
                    if (at >= 0) {
                        to = ASCII.charAt(at);
                    } else if (quotes && (c == '“' || c == '”')) {
                        to = '"';
                    }
                }
            }
            if (to != c) {
                changes++;
            }
            out.append(to);
        }
        return new Result(changes == 0 ? text : out.toString(), changes);
    }

    /** Every turn the command would change, in order. */
    public static List<Change> changes(Transcript transcript, Direction direction, boolean quotes) {
        List<Change> changes = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            List<String> paragraphs = new ArrayList<>(turn.paragraphs().size());
            int marks = 0;
            for (String paragraph : turn.paragraphs()) {
                Result result = normalise(paragraph, direction, quotes);
                paragraphs.add(result.text());
                marks += result.changes();
            }
            if (marks > 0) {
                changes.add(new Change(i, turn, turn.withParagraphs(paragraphs), marks));
            }
        }
        return changes;
    }

    /** The changes as one step to apply (and undo). */
    public static Edit edit(Transcript transcript, List<Change> changes) {
        List<Turn> turns = new ArrayList<>(transcript.turns());
        for (Change change : changes) {
            turns.set(change.index(), change.after());
        }
        return new Edit.Named("step.punctuation", new Edit.SetTurns(turns));
    }

    /** Where URLs and e-mail addresses are (null: none, as in almost every paragraph, found without the pattern). */
    private static boolean[] leftAlone(String text) {
        if (text.indexOf('@') < 0 && text.indexOf("://") < 0 && text.indexOf("www.") < 0) {
            return null;
        }
        boolean[] kept = new boolean[text.length()];
        Matcher matcher = LEFT_ALONE.matcher(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                kept[i] = true;
            }
        }
        return kept;
    }

    /**
     * Whether the mark touches Chinese: a Han character or a full-width mark on either side (before
     * it, as already converted: "啊!!" is "啊！！").
     */
    private static boolean besideChinese(StringBuilder done, String text, int at) {
        int before = done.length();
        while (before > 0 && (done.charAt(before - 1) == '"' || done.charAt(before - 1) == '\'')) {
            before--; // 他说"好". : the mark closes the Chinese inside the quotes
        }
        return (before > 0 && isChinese(done.codePointBefore(before)))
                || (at + 1 < text.length() && isChinese(text.codePointAt(at + 1)));
    }

    private static boolean partOfNumber(String text, int at) {
        char c = text.charAt(at);
        return (c == '.' || c == ':' || c == ',') && at > 0 && at + 1 < text.length()
                && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    private static boolean partOfEllipsis(String text, int at) {
        return text.charAt(at) == '.' && ((at > 0 && text.charAt(at - 1) == '.')
                || (at + 1 < text.length() && text.charAt(at + 1) == '.'));
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isChinese(int codePoint) {
        return isHan(codePoint) || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF) || codePoint == '“' || codePoint == '”';
    }
}
