package org.shilu.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers an editor checks before publishing: per speaker the turns, the characters (each CJK
 * character counts as one; punctuation is counted apart; spaces not at all) and the talk time
 * (summed from each turn's spoken-at to its published-at), and for the programme its duration and
 * its pace in characters per minute, and the netizens' questions received, asked and skipped.
 */
public record Statistics(List<PerSpeaker> speakers, int turns, long characters, long punctuation,
                         Duration duration, double charactersPerMinute, int questions, int questionsAsked,
                         int questionsSkipped) {

    public record PerSpeaker(Speaker speaker, int turns, long characters, long punctuation, Duration talkTime) {
    }

    public static Statistics of(Transcript transcript) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Speaker speaker : transcript.roster()) {
            counts.put(speaker.id(), new long[4]);
        }
        LocalDateTime start = null;
        LocalDateTime end = null;
        long characters = 0;
        long punctuation = 0;
        for (Turn turn : transcript.turns()) {
            long[] c = counts.get(turn.speakerId());
            c[0]++;
            for (String paragraph : turn.paragraphs()) {
                long[] chars = count(paragraph);
                c[1] += chars[0];
                c[2] += chars[1];
                characters += chars[0];
                punctuation += chars[1];
            }
            if (turn.spokenAt() != null && turn.publishedAt() != null && !turn.publishedAt().isBefore(turn.spokenAt())) {
                c[3] += Duration.between(turn.spokenAt(), turn.publishedAt()).toSeconds();
            }
            LocalDateTime first = turn.spokenOrPublishedAt();
            LocalDateTime last = turn.publishedAt() != null ? turn.publishedAt() : turn.spokenAt();
            if (first != null && (start == null || first.isBefore(start))) {
                start = first;
            }
            if (last != null && (end == null || last.isAfter(end))) {
                end = last;
            }
        }
        List<PerSpeaker> speakers = new ArrayList<>();
        for (Speaker speaker : transcript.roster()) {
            long[] c = counts.get(speaker.id());
            speakers.add(new PerSpeaker(speaker, (int) c[0], c[1], c[2], Duration.ofSeconds(c[3])));
        }
        Duration duration = start == null ? Duration.ZERO : Duration.between(start, end);
        double minutes = duration.toSeconds() / 60.0;
        return new Statistics(speakers, transcript.turns().size(), characters, punctuation, duration,
                minutes > 0 ? characters / minutes : 0, transcript.desk().questions().size(),
                transcript.desk().count(Question.Status.ASKED), transcript.desk().count(Question.Status.SKIPPED));
    }

    /** {characters, punctuation} in a text: punctuation by its Unicode category, white space not counted. */
    static long[] count(String text) {
        long[] counts = new long[2];
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (isPunctuation(c)) {
                counts[1]++;
            } else {
                counts[0]++;
            }
        });
        return counts;
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL && c < 128;
    }
}
