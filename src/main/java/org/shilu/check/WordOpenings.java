package org.shilu.check;

import java.util.Collection;

/**
 * Where in a text a listed word may start: a bit for each pair of characters that opens a word
 * (hashed into 4 M bits, 512 KB), and one for each one-character word. A text is read once,
 * two characters at a time, with a shift, a multiply and a bit test, and only the few places whose
 * pair is set are handed on to the trie. False places cost a short walk; a place is never missed:
 * both widths of a foldable character (Ａ and A) set the bits, so the text needs no folding first.
 */
final class WordOpenings {
    private static final int PAIR_BITS = 22;
    private final long[] pairs = new long[1 << (PAIR_BITS - 6)];
    private final long[] singles;

    WordOpenings(Collection<String> foldedWords) {
        boolean anySingle = false;
        for (String word : foldedWords) {
            anySingle |= word.length() == 1;
        }
        singles = anySingle ? new long[1 << (16 - 6)] : null;
        for (String word : foldedWords) {
            for (char first : widths(word.charAt(0))) {
                if (word.length() == 1) {
                    set(singles, first);
                    continue;
                }
                for (char second : widths(word.charAt(1))) {
                    set(pairs, pair(first, second));
                }
            }
        }
    }

    /** The first place from {@code from} on where a listed word may start, or -1. */
    int nextAfter(String text, int from) {
        int last = text.length() - 1;
        if (singles == null) { // the usual list: each character read once (10 % faster than the loop below)
            long[] bits = pairs;
            if (from >= last) {
                return -1;
            }
            char first = text.charAt(from);
            for (int at = from; at < last; at++) {
                char second = text.charAt(at + 1);
                int index = pair(first, second);
                if ((bits[index >>> 6] & (1L << index)) != 0) {
                    return at;
                }
                first = second;
            }
            return -1;
        }
        for (int at = from; at <= last; at++) {
            char first = text.charAt(at);
            if (isSet(singles, first) || at < last && isSet(pairs, pair(first, text.charAt(at + 1)))) {
                return at;
            }
        }
        return -1;
    }

    private static int pair(char first, char second) {
        return (((first << 16) | second) * 0x9E3779B1) >>> (32 - PAIR_BITS);
    }

    private static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    private static boolean isSet(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /** A folded character and, if it has one, its full-width self. */
    private static char[] widths(char folded) {
        if (folded == ' ') {
            return new char[] {' ', '\u3000'};
        }
        return folded >= '!' && folded <= '~' ? new char[] {folded, (char) (folded + 0xFEE0)} : new char[] {folded};
    }
}
