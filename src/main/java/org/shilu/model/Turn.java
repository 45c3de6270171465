package org.shilu.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One committed turn: what a speaker said, in paragraphs.
 *
 * @param speakerId   the {@link Speaker#id()} of who spoke
 * @param paragraphs  one or more non-empty single-line paragraphs
 * @param spokenAt    when typing of the turn began, or null when unknown (imported turns)
 * @param publishedAt when the turn was committed, or null when unknown
 * @param approved    whether a proof-reader approved the turn (先审后发): with the approval gate
 *                    on, only approved turns are published
 * @param id          which turn of its programme this is, kept through edits, moves, undo and the
 *                    files ({@code t12}); null until a {@link Transcript} gives it one. Two turns are
 *                    equal when they say the same: the id tells which turn it is, not what it says
 * @param doubts      text the typist flagged as doubtful ({@link Doubt}), in order; never published
 */
public record Turn(String speakerId, List<String> paragraphs, LocalDateTime spokenAt, LocalDateTime publishedAt,
                   boolean approved, String id, List<Doubt> doubts) {

    public Turn {
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(paragraphs, "paragraphs");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a turn needs at least one paragraph");
        }
        for (String paragraph : paragraphs) {
            Text.singleLine("a paragraph", paragraph);
            if (paragraph.isBlank()) {
                throw new IllegalArgumentException("a paragraph must not be blank");
            }
        }
        doubts = doubts == null ? List.of() : List.copyOf(doubts);
        if (!doubts.isEmpty()) {
            String text = String.join("\n", paragraphs);
            for (Doubt doubt : doubts) {
                if (!doubt.fits(text)) {
                    throw new IllegalArgumentException("a doubt marks \"" + Text.abbreviate(doubt.text()) + "\" at "
                            + doubt.start() + ", which the turn's text does not have there");
                }
            }
        }
    }

    public Turn(String speakerId, List<String> paragraphs, LocalDateTime spokenAt, LocalDateTime publishedAt,
                boolean approved, String id) {
        this(speakerId, paragraphs, spokenAt, publishedAt, approved, id, List.of());
    }

    /** A new turn: the transcript it goes into gives it an id. */
    public Turn(String speakerId, List<String> paragraphs, LocalDateTime spokenAt, LocalDateTime publishedAt,
                boolean approved) {
        this(speakerId, paragraphs, spokenAt, publishedAt, approved, null);
    }

    /** A new turn, not yet approved. */
    public Turn(String speakerId, List<String> paragraphs, LocalDateTime spokenAt, LocalDateTime publishedAt) {
        this(speakerId, paragraphs, spokenAt, publishedAt, false);
    }

    public static Turn of(String speakerId, String... paragraphs) {
        return new Turn(speakerId, List.of(paragraphs), null, null);
    }

    /** The paragraphs of a typed text: one per non-blank line, without the spaces around it. */
    public static List<String> paragraphsOf(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** When the turn was spoken, or, not known, when it was committed; null when neither is. */
    public LocalDateTime spokenOrPublishedAt() {
        return spokenAt() != null ? spokenAt() : publishedAt();
    }

    public String text() {
        return String.join("\n", paragraphs);
    }

    /** Characters of text, not counting the breaks between paragraphs. */
    /**
     * The turn's characters as the statistics count them, the one definition Shilu uses: each CJK
     * character or letter or digit counts one; spaces and punctuation do not (punctuation is
     * counted apart in the statistics).
     */
    public int characterCount() {
        long count = 0;
        for (String paragraph : paragraphs) {
            count += Statistics.count(paragraph)[0];
        }
        return (int) count;
    }

    /** The same turn saying this; its doubt markers follow their text, and those whose text changed are gone. */
    public Turn withParagraphs(List<String> newParagraphs) {
        List<Doubt> kept = doubts.isEmpty() ? doubts : Doubt.follow(doubts, text(), String.join("\n", newParagraphs));
        return new Turn(speakerId, newParagraphs, spokenAt, publishedAt, approved, id, kept);
    }

    public Turn withTimes(LocalDateTime newSpokenAt, LocalDateTime newPublishedAt) {
        return new Turn(speakerId, paragraphs, newSpokenAt, newPublishedAt, approved, id, doubts);
    }

    public Turn withApproved(boolean isApproved) {
        return new Turn(speakerId, paragraphs, spokenAt, publishedAt, isApproved, id, doubts);
    }

    public Turn withSpeaker(String newSpeakerId) {
        return new Turn(newSpeakerId, paragraphs, spokenAt, publishedAt, approved, id, doubts);
    }

    public Turn withId(String newId) {
        return new Turn(speakerId, paragraphs, spokenAt, publishedAt, approved, newId, doubts);
    }

    public Turn withDoubts(List<Doubt> newDoubts) {
        return new Turn(speakerId, paragraphs, spokenAt, publishedAt, approved, id, newDoubts);
    }

    /** Equal when they say the same (doubts marked included), whatever their ids. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Turn t && approved == t.approved && speakerId.equals(t.speakerId)
                && paragraphs.equals(t.paragraphs) && Objects.equals(spokenAt, t.spokenAt)
                && Objects.equals(publishedAt, t.publishedAt) && doubts.equals(t.doubts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(speakerId, paragraphs, spokenAt, publishedAt, approved, doubts);
    }
}
