package org.shilu.store;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Set;

import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Which turns are on disk: the programme as it last reached the disk, and, when it has moved on
 * since, the turns of that state by identity (an unchanged turn is the same object). Changes given
 * to the journal's writer are held here, by the number of their line, until it reports them on disk.
 */
final class TurnsOnDisk {
    /** A change whose line was given to the writer for a journal, and when. */
    private record Sent(Journal journal, long number, Transcript after, long givenAt) {
    }

    private final ArrayDeque<Sent> sent = new ArrayDeque<>();
    private Transcript onDisk;
    private long onDiskNumber;
    private Transcript indexed;
    private Set<Turn> turns;

    /** {@code now} is on disk, written whole, after every line numbered up to {@code number} (null: nothing known yet). */
    void set(Transcript now, long number) {
        onDisk = now;
        onDiskNumber = number;
        sent.removeIf(line -> line.number() <= number);
    }

    /** The line numbered {@code number}, holding the change to {@code after}, was given for {@code journal}. */
    void sent(Journal journal, long number, Transcript after) {
        sent.add(new Sent(journal, number, after, System.nanoTime()));
    }

    /** The writer reports every line up to {@code upTo} of {@code journal} on disk. */
    void reached(Journal journal, long upTo) {
        for (Iterator<Sent> lines = sent.iterator(); lines.hasNext(); ) {
            Sent line = lines.next();
            if (line.journal() == journal && line.number() <= upTo) {
                lines.remove();
                if (line.number() > onDiskNumber) {
                    onDisk = line.after();
                    onDiskNumber = line.number();
                }
            }
        }
    }

    /** Whether a change given to the writer has waited longer than {@code nanos} to reach the disk. */
    boolean waitingLongerThan(long nanos) {
        Sent oldest = sent.peekFirst();
        return oldest != null && System.nanoTime() - oldest.givenAt() > nanos;
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
