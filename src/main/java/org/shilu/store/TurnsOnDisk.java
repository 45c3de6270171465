package org.shilu.store;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Which turns are on disk: the programme as it last reached the disk, and, when it has moved on
 * since, the turns of that state by identity (an unchanged turn is the same object).
 */
final class TurnsOnDisk {
    private Transcript onDisk;
    private Transcript indexed;
    private Set<Turn> turns;

    void set(Transcript now) {
        onDisk = now;
    }

    /** Whether {@code turn} of {@code now} is on disk; {@code fromFile} is on disk before any journal write. */
    boolean holds(Turn turn, Transcript now, Transcript fromFile) {
        Transcript known = onDisk != null ? onDisk : fromFile;
        if (known == now) {
            return true;
        }
        if (indexed != known) {
            turns = Collections.newSetFromMap(new IdentityHashMap<>());
            turns.addAll(known.turns());
            indexed = known;
        }
        return turns.contains(turn);
    }

    /** How many turns of {@code now} are not on disk. */
    int missing(Transcript now, Transcript fromFile) {
        Transcript known = onDisk != null ? onDisk : fromFile;
        if (known == now) {
            return 0;
        }
        int count = 0;
        for (Turn turn : now.turns()) {
            if (!holds(turn, now, fromFile)) {
                count++;
            }
        }
        return count;
    }
}
