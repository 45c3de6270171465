package org.shilu.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The turn being typed and not yet committed: whose it is, its text, and when its first character
 * came; or, during a correction (Ctrl+Up), the last turn's text being corrected, which turn it is,
 * and the draft it set aside. Kept by the journal so that a crash costs at most a second of it and
 * a correction comes back as a correction.
 */
public record Draft(String speakerId, String text, LocalDateTime startedAt, Correcting correcting) {
    public static final Draft NONE = new Draft(null, "", null);

    /** A correction in progress: the index of the turn pulled back, and the draft it displaced. */
    public record Correcting(int index, Draft displaced) {
        public Correcting {
            if (index < 0) {
                throw new IllegalArgumentException("a corrected turn's index is never negative: " + index);
            }
            Objects.requireNonNull(displaced, "displaced");
            if (displaced.correcting() != null) {
                throw new IllegalArgumentException("a correction never displaces another correction");
            }
        }
    }

    public Draft {
        Objects.requireNonNull(text, "text");
    }

    public Draft(String speakerId, String text, LocalDateTime startedAt) {
        this(speakerId, text, startedAt, null);
    }

    public boolean isCorrection() {
        return correcting != null;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
