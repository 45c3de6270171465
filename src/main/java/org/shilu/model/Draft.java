package org.shilu.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What is typed in the window and not yet committed: the turn being typed (whose it is, its text,
 * and when its first character came) or, during a correction (Ctrl+Up), the last turn's text being
 * corrected, which turn it is, and the draft it set aside; and a turn being edited in place in the
 * list, if one is. Kept by the journal so that a crash costs at most a second of typing and a
 * correction comes back as a correction.
 */
public record Draft(String speakerId, String text, LocalDateTime startedAt, Correcting correcting, InPlace inPlace,
                    java.util.List<Doubt> doubts) {
    public static final Draft NONE = new Draft(null, "", null);

    /** A turn being edited in place in the list: its index and the text in the editor now. */
    public record InPlace(int index, String text) {
        public InPlace {
            if (index < 0) {
                throw new IllegalArgumentException("an edited turn's index is never negative: " + index);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A correction in progress: the index of the turn pulled back, and the draft it displaced. */
    public record Correcting(int index, Draft displaced) {
        public Correcting {
            if (index < 0) {
                throw new IllegalArgumentException("a corrected turn's index is never negative: " + index);
            }
            Objects.requireNonNull(displaced, "displaced");
            if (displaced.correcting() != null || displaced.inPlace() != null) {
                throw new IllegalArgumentException("a correction never displaces another correction");
            }
        }
    }

    /** The doubts marked in the text (those that do not fit it are left out). */
    public Draft {
        Objects.requireNonNull(text, "text");
        String typed = text;
        doubts = doubts == null ? java.util.List.of() : doubts.stream().filter(d -> d.fits(typed)).toList();
    }

    public Draft(String speakerId, String text, LocalDateTime startedAt, Correcting correcting, InPlace inPlace) {
        this(speakerId, text, startedAt, correcting, inPlace, java.util.List.of());
    }

    public Draft(String speakerId, String text, LocalDateTime startedAt) {
        this(speakerId, text, startedAt, null, null);
    }

    public Draft(String speakerId, String text, LocalDateTime startedAt, Correcting correcting) {
        this(speakerId, text, startedAt, correcting, null);
    }

    /** The same, with this edit in place (null: none). */
    public Draft withInPlace(InPlace edit) {
        return new Draft(speakerId, text, startedAt, correcting, edit, doubts);
    }

    public boolean isCorrection() {
        return correcting != null;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
