package org.shilu.check;

import java.util.List;
import java.util.Objects;

/**
 * Something to look at before export: what kind, the turn it is in (its index and id; -1 and null
 * when it is none's), and the words that say it ({@code details}, by kind: see {@link Kind}).
 */
public record Finding(Kind kind, int turnIndex, String turnId, List<String> details) {
    public enum Kind {
        /** A name of the roster written another way in the text: details are the text's spelling and the roster's. */
        NAME_SPELLED_TWO_WAYS,
        /** A speaker who has one turn only: details are the speaker's label. */
        SPEAKER_USED_ONCE,
        /** A guest's (or caller's) turn without a time: details are the speaker's label. */
        TURN_WITHOUT_TIME,
        /** A turn's time before the one of the turn above it: details are the two times, this turn's first. */
        TIME_GOES_BACK,
        /** Punctuation of the width the portal does not expect: details are how many marks, and the width expected. */
        MIXED_WIDTHS,
        /** Text the typist marked as doubtful, still marked: details are the text and a few characters around it. */
        OPEN_DOUBT,
        /** A sensitive word the programme does not allow: details are the word, its category (or empty), and a few characters around it. */
        SENSITIVE_WORD
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        details = List.copyOf(details);
    }

    /** What stays the same while the user edits elsewhere: the finding once ignored stays ignored. */
    public String key() {
        return kind + "|" + turnId + "|" + String.join("|", details);
    }
}
