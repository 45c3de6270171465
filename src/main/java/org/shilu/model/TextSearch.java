package org.shilu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Find and replace over the turns' text: plain or regular expression, with or without case, whole
 * words or not, within the turns a scope admits. Replace-all is one pass and one undoable step.
 */
public final class TextSearch {
    private TextSearch() {
    }

    /** What to look for and how. */
    public record Query(String text, boolean matchCase, boolean wholeWord, boolean regex) {
    }

    /** A match: the turn, the paragraph, and where in it. */
    public record Match(int turn, int paragraph, int start, int end) {
    }

    /** Replace-all's result: the edit (null when nothing matched) and how many replacements. */
    public record Replacement(Edit edit, int count) {
    }

    /** The query as a pattern; an invalid expression is refused with what is wrong and where. */
    public static Pattern compile(Query query) {
        if (query.text().isEmpty()) {
            throw new Refusal("refusal.nothingToFind", "nothing to find");
        }
        String expression = query.regex() ? query.text() : Pattern.quote(query.text());
        if (query.wholeWord()) {
            expression = "(?<![\\p{L}\\p{N}_])(?:" + expression + ")(?![\\p{L}\\p{N}_])";
        }
        try {
            return Pattern.compile(expression, query.matchCase() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new Refusal("refusal.badPattern", e.getDescription() + (e.getIndex() >= 0 ? " (at character "
                    + (e.getIndex() + 1) + ")" : ""), e.getDescription(), e.getIndex() + 1);
        }
    }

    /** Every match in the turns {@code inScope} admits, in order. */
    public static List<Match> find(Transcript transcript, Pattern pattern, IntPredicate inScope) {
        List<Match> matches = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        for (int t = 0; t < turns.size(); t++) {
            if (!inScope.test(t)) {
                continue;
            }
            List<String> paragraphs = turns.get(t).paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                Matcher matcher = pattern.matcher(paragraphs.get(p));
                while (matcher.find()) {
                    if (matcher.end() == matcher.start()) {
                        if (matcher.end() >= paragraphs.get(p).length()) {
                            break;
                        }
                        continue;
                    }
                    matches.add(new Match(t, p, matcher.start(), matcher.end()));
                }
            }
        }
        return matches;
    }

    /**
     * Replaces every match in scope, in one pass over the turns. With a regular expression the
     * replacement may name groups ($1); otherwise it is taken literally. A paragraph a replacement
     * empties is dropped; a turn left with no text keeps its text instead, unchanged.
     */
    public static Replacement replaceAll(Transcript transcript, Pattern pattern, String replacement, boolean regex,
                                         IntPredicate inScope) {
        String with = regex ? replacement : Matcher.quoteReplacement(replacement);
        List<Turn> turns = transcript.turns();
        List<Turn> replaced = null;
        int count = 0;
        for (int t = 0; t < turns.size(); t++) {
            if (!inScope.test(t)) {
                continue;
            }
            Turn turn = turns.get(t);
            List<String> paragraphs = null;
            for (int p = 0; p < turn.paragraphs().size(); p++) {
                String paragraph = turn.paragraphs().get(p);
                Matcher matcher = pattern.matcher(paragraph);
                StringBuilder out = null;
                while (matcher.find()) {
                    if (matcher.end() == matcher.start()) {
                        continue;
                    }
                    if (out == null) {
                        out = new StringBuilder(paragraph.length() + 16);
                    }
                    matcher.appendReplacement(out, with);
                    count++;
                }
                if (out != null) {
                    matcher.appendTail(out);
                    if (paragraphs == null) {
                        paragraphs = new ArrayList<>(turn.paragraphs());
                    }
                    paragraphs.set(p, out.toString());
                }
            }
            if (paragraphs != null) {
                List<String> kept = Turn.paragraphsOf(String.join("\n", paragraphs));
                if (!kept.isEmpty()) {
                    if (replaced == null) {
                        replaced = new ArrayList<>(turns);
                    }
                    replaced.set(t, turn.withParagraphs(kept));
                }
            }
        }
        return new Replacement(replaced == null ? null : new Edit.Named("step.replaceAll", new Edit.SetTurns(replaced)),
                count);
    }
}
