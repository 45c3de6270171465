package org.shilu.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The programme's recording: its file (beside the project, named relative to it) and when, in
 * studio time, its first sound was heard, which lines the turns' spoken-at times up with it.
 */
public record Recording(String file, LocalDateTime startedAt) {
    public Recording {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(startedAt, "startedAt");
        if (file.isBlank() || file.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a recording's file is one line, not blank: " + Text.abbreviate(file));
        }
    }
}
