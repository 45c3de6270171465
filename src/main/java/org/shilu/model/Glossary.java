package org.shilu.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A programme's glossary: the names and terms its typist studies before the broadcast, each with an
 * optional abbreviation (Latin letters) that the draft's expansion key turns into the term, and an
 * optional note. Part of the transcript, so the project, templates, the journal and undo keep it.
 * The roster's labels, names and titles are terms too ({@link #withRoster}), without being stored.
 */
public record Glossary(List<Term> terms) {
    public static final Glossary EMPTY = new Glossary(List.of());
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{1,16}");
    private static final int MAX_TERM = 100;

    /**
     * One entry.
     *
     * @param term         what is typed into the text, such as 市自然资源和规划局
     * @param abbreviation Latin letters that expand to it, such as zrj; empty when none
     * @param note         what the typist should know, such as 局长 since 2021; empty when none
     */
    public record Term(String term, String abbreviation, String note) {
        public Term {
            term = Text.singleLine("a glossary term", term).strip();
            if (term.isEmpty()) {
                throw new IllegalArgumentException("a glossary term must not be blank");
            }
            if (term.length() > MAX_TERM) {
                throw new IllegalArgumentException("a glossary term is longer than " + MAX_TERM + ": " + Text.abbreviate(term));
            }
            abbreviation = abbreviation == null ? "" : abbreviation.strip();
            if (!abbreviation.isEmpty() && !ABBREVIATION.matcher(abbreviation).matches()) {
                throw new IllegalArgumentException("an abbreviation is 1 to 16 Latin letters: " + Text.abbreviate(abbreviation));
            }
            note = Text.singleLine("a glossary note", note == null ? "" : note).strip();
        }
    }

    public Glossary {
        terms = List.copyOf(terms);
        Map<String, String> byAbbreviation = new LinkedHashMap<>();
        for (Term t : terms) {
            String earlier = t.abbreviation().isEmpty() ? null
                    : byAbbreviation.putIfAbsent(t.abbreviation().toLowerCase(Locale.ROOT), t.term());
            if (earlier != null && !earlier.equals(t.term())) {
                throw new IllegalArgumentException("the abbreviation " + t.abbreviation() + " stands for both " + earlier
                        + " and " + t.term());
            }
        }
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The term an abbreviation stands for, whatever its letters' case. */
    public Optional<String> expand(String abbreviation) {
        String wanted = abbreviation.toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> t.abbreviation().toLowerCase(Locale.ROOT).equals(wanted)).map(Term::term)
                .findFirst();
    }

    /** This glossary and, after it, the roster's labels, names and titles not in it already. */
    public Glossary withRoster(List<Speaker> roster) {
        List<Term> all = new ArrayList<>(terms);
        for (Speaker speaker : roster) {
            for (String word : List.of(speaker.label(), speaker.name(), speaker.title())) {
                if (!word.isBlank() && all.stream().noneMatch(t -> t.term().equals(word))) {
                    all.add(new Term(word, "", ""));
                }
            }
        }
        return new Glossary(all);
    }

    /** The Latin letters just before {@code caret} in {@code text}: what the expansion key expands. */
    public static String lettersBefore(String text, int caret) {
        int start = caret;
        while (start > 0 && start > caret - 16 && isLatinLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, caret);
    }

    /** Whether {@code c} is a letter an abbreviation is made of (a to z, either case). */
    public static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
