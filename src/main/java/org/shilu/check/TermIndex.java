package org.shilu.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shilu.model.Glossary;

/**
 * The glossary's terms by the Latin letters a typist starts them with: the abbreviation, the
 * initials of the term's pinyin (陆华: lh) and its whole pinyin (luhua), or a Latin term's own
 * letters. Built once per glossary (off the window's thread: a 20,000-term glossary takes a moment),
 * then each look-up is a binary search over the sorted keys, whatever the glossary's size.
 */
public final class TermIndex {
    /** The fewest letters that bring suggestions: one letter matches too much to help. */
    public static final int FEWEST_LETTERS = 2;
    public static final TermIndex EMPTY = new TermIndex(new String[0], new Glossary.Term[0]);

    private final String[] keys;
    private final Glossary.Term[] terms;

    private TermIndex(String[] keys, Glossary.Term[] terms) {
        this.keys = keys;
        this.terms = terms;
    }

    /** The index of every term of {@code glossary} (with the roster's, when given so). */
    public static TermIndex of(Glossary glossary) {
        /** kind 0: the term's abbreviation, chosen by the typist, before 1: its pinyin or letters. */
        record Entry(String key, int kind, int order, Glossary.Term term) {
        }
        Pinyin pinyin = new Pinyin();
        List<Entry> entries = new ArrayList<>();
        int order = 0;
        for (Glossary.Term term : glossary.terms()) {
            String abbreviation = term.abbreviation().toLowerCase(Locale.ROOT);
            for (String key : keysOf(term, pinyin)) {
                entries.add(new Entry(key, key.equals(abbreviation) ? 0 : 1, order, term));
            }
            order++;
        }
        entries.sort(Comparator.comparing(Entry::key).thenComparingInt(Entry::kind).thenComparingInt(Entry::order));
        String[] keys = new String[entries.size()];
        Glossary.Term[] terms = new Glossary.Term[entries.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = entries.get(i).key();
            terms[i] = entries.get(i).term();
        }
        return new TermIndex(keys, terms);
    }

    private static Set<String> keysOf(Glossary.Term term, Pinyin pinyin) {
        Set<String> keys = new LinkedHashSet<>();
        if (!term.abbreviation().isEmpty()) {
            keys.add(term.abbreviation().toLowerCase(Locale.ROOT));
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder whole = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        term.term().codePoints().forEach(c -> {
            String syllable = pinyin.of(c);
            if (syllable != null && !syllable.isEmpty()) {
                initials.append(syllable.charAt(0));
                whole.append(syllable);
            } else if (c < 128 && Character.isLetter(c)) {
                latin.append(Character.toLowerCase((char) c));
            }
        });
        if (initials.length() >= FEWEST_LETTERS) {
            keys.add(initials.toString());
        }
        if (!whole.isEmpty()) {
            keys.add(whole.toString());
        }
        if (latin.length() >= FEWEST_LETTERS && whole.isEmpty()) {
            keys.add(latin.toString());
        }
        return keys;
    }

    /**
     * Up to {@code most} terms whose keys start with {@code letters} (any case), those whose key is
     * the letters themselves first (a term's own abbreviation before a pinyin), then in key order;
     * none for fewer than {@link #FEWEST_LETTERS}.
     */
    public List<Glossary.Term> suggest(String letters, int most) {
        if (letters.length() < FEWEST_LETTERS) {
            return List.of();
        }
        String prefix = letters.toLowerCase(Locale.ROOT);
        int at = Arrays.binarySearch(keys, prefix);
        int from = at >= 0 ? at : -at - 1;
        while (from > 0 && keys[from - 1].equals(prefix)) {
            from--;
        }
        Set<Glossary.Term> found = new LinkedHashSet<>();
        for (int i = from; i < keys.length && keys[i].startsWith(prefix) && found.size() < most; i++) {
            found.add(terms[i]);
        }
        return List.copyOf(found);
    }
}
