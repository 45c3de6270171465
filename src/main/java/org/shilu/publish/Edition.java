package org.shilu.publish;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One published state of a programme: its files (the feed first), its version, how many turns it
 * shows, how many are held back for approval, and how many wait out the broadcast delay (the first
 * of them is due at {@code nextDue}, null when none waits). {@code shownTurns} are the turns out,
 * for the list to mark.
 */
public record Edition(long version, List<PublishedFile> files, int shown, int held, int waiting,
                      LocalDateTime nextDue, java.util.Set<org.shilu.model.Turn> shownTurns) {
    public Edition {
        files = List.copyOf(files);
        shownTurns = java.util.Collections.unmodifiableSet(shownTurns);
    }

    public PublishedFile file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + name + " in this edition"));
    }
}
