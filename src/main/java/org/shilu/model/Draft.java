package org.shilu.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The turn being typed and not yet committed: whose it is, its text, and when its first character
 * came. Kept by the journal so that a crash costs at most a second of it.
 */
public record Draft(String speakerId, String text, LocalDateTime startedAt) {
    public static final Draft NONE = new Draft(null, "", null);

    public Draft {
        Objects.requireNonNull(text, "text");
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
