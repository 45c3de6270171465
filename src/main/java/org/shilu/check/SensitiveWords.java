package org.shilu.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.shilu.format.BadInputException;
import org.shilu.format.Utf8Lines;

/**
 * Words and phrases that must not reach the public page unchecked (敏感词), from one or more lists,
 * found in a text in one pass whatever their number: the pairs of characters that open a word
 * ({@link WordOpenings}) pick the places where one may start, and hankcs' double-array trie
 * ({@link WordTrie}) says which start there.
 * Matching is exact once full-width letters, digits and signs are folded to half width, so
 * ＡＢＣ１２ in a turn matches abc… only if the case agrees: ABC12. Immutable and safe to share
 * between threads.
 */
public final class SensitiveWords {
    public static final SensitiveWords NONE = new SensitiveWords(List.of());
    private static final int MAX_WORD = 50;

    /** A listed word and its category (empty when the list gives none). */
    public record Word(String word, String category) {
    }

    /** Where a listed word stands in a text: {@code [start, end)} in the text as given. */
    public record Match(int start, int end, Word word) {
        public String text() {
            return word.word();
        }
    }

    private final List<Word> words;
    private final WordTrie trie;
    private final WordOpenings openings;

    private SensitiveWords(List<Word> words) {
        TreeMap<String, Word> byFolded = new TreeMap<>();
        for (Word word : words) {
            byFolded.putIfAbsent(fold(word.word()), word);
        }
        this.words = List.copyOf(byFolded.values());
        this.trie = byFolded.isEmpty() ? null : new WordTrie(byFolded);
        this.openings = byFolded.isEmpty() ? null : new WordOpenings(byFolded.keySet());
    }

    /** The words of these lists together; a word in two lists counts once, with the first list's category. */
    public static SensitiveWords of(List<Word> words) {
        return words.isEmpty() ? NONE : new SensitiveWords(words);
    }

    /**
     * The words of a list file: one per line, its category after a tab; blank lines and lines
     * starting with # are skipped. A line that cannot be a word is refused with its line number.
     */
    public static List<Word> readList(byte[] bytes, String source) throws BadInputException {
        List<String> lines = Utf8Lines.read(bytes, source);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String word = (tab < 0 ? line : line.substring(0, tab)).strip();
            String category = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (word.isEmpty()) {
                throw BadInputException.atLine(source, i + 1, "the line has a category but no word")
                        .because("words.noWord");
            }
            if (word.length() > MAX_WORD) {
                throw BadInputException.atLine(source, i + 1, "a word is longer than " + MAX_WORD + ": " + word.substring(0, 20) + "…")
                        .because("words.tooLong", MAX_WORD);
            }
            words.add(new Word(word, category));
        }
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public int size() {
        return words.size();
    }

    /** Every listed word in {@code text}, in order of where it starts; overlapping ones all come. */
    public List<Match> find(String text) {
        if (words.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        List<Match> found = null;
        for (int at = openings.nextAfter(text, 0); at >= 0; at = openings.nextAfter(text, at + 1)) {
            found = trie.wordsFrom(text, at, found);
        }
        return found == null ? List.of() : found;
    }

    /** The listed words in {@code text}, less those inside an allowed phrase there (a guest's name holding a listed word). */
    public List<Match> find(String text, List<String> allowed) {
        List<Match> found = find(text);
        if (found.isEmpty() || allowed.isEmpty()) {
            return found;
        }
        String folded = fold(text);
        List<int[]> silenced = new ArrayList<>();
        for (String phrase : allowed) {
            String f = fold(phrase);
            for (int at = f.isEmpty() ? -1 : folded.indexOf(f); at >= 0; at = folded.indexOf(f, at + 1)) {
                silenced.add(new int[] {at, at + f.length()});
            }
        }
        return found.stream().filter(m -> silenced.stream().noneMatch(s -> s[0] <= m.start() && m.end() <= s[1])).toList();
    }

    /** Whether {@code text} holds a listed word that no allowed phrase covers. */
    public boolean holds(String text, List<String> allowed) {
        return !find(text, allowed).isEmpty();
    }

    /** Full-width ASCII (Ａ, １, ！) and the ideographic space as their half-width selves; the length stays. */
    public static String fold(String text) {
        int i = 0;
        while (i < text.length() && !isWide(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            chars[i] = narrow(chars[i]);
        }
        return new String(chars);
    }

    private static boolean isWide(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000';
    }

    static char narrow(char c) {
        return c == '\u3000' ? ' ' : c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
    }
}
