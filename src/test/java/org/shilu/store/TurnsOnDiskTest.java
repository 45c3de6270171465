package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** What counts as on disk while lines are with the journal's writer, and what counts as waiting for it. */
class TurnsOnDiskTest {
    @TempDir
    Path folder;

    @Test
    void aTurnIsOnDiskOnceItsLineIsReportedAndOnlyTheOldestWaitingLineCountsAsBehind() throws Exception {
        Transcript opened = Transcript.newProgramme().withTurns(List.of(Turn.of("s1", "第一条")));
        Transcript second = opened.withTurns(List.of(opened.turns().get(0), Turn.of("s2", "第二条")));
        Transcript third = second.withTurns(List.of(second.turns().get(0), second.turns().get(1), Turn.of("s1", "第三条")));
        try (Journal journal = Journal.claim(folder.resolve("a.journal"));
             Journal copy = Journal.claim(folder.resolve("copy.journal"))) {
            TurnsOnDisk onDisk = new TurnsOnDisk();
            onDisk.set(opened, 0);
            onDisk.sent(journal, 1, second);
            onDisk.sent(copy, 2, second);
            onDisk.sent(journal, 3, third);
            assertEquals(2, onDisk.missing(third, opened));
            assertTrue(onDisk.waitingLongerThan(-1), "lines are with the writer");

            onDisk.reached(copy, 2); // the copy holds the second turn: that is on disk
            assertEquals(1, onDisk.missing(third, opened));
            assertTrue(onDisk.holds(third.turns().get(1), third, opened));
            assertFalse(onDisk.holds(third.turns().get(2), third, opened));

            onDisk.reached(journal, 3);
            assertEquals(0, onDisk.missing(third, opened));
            assertFalse(onDisk.waitingLongerThan(-1), "nothing is waiting");

            onDisk.reached(journal, 1); // a late report of an older line moves nothing back
            assertEquals(0, onDisk.missing(third, opened));
        }
    }

    @Test
    void aRewriteCountsEverythingBeforeItAsOnDisk() throws Exception {
        Transcript opened = Transcript.newProgramme().withTurns(List.of(Turn.of("s1", "第一条")));
        Transcript later = opened.withTurns(List.of(opened.turns().get(0), Turn.of("s2", "第二条")));
        try (Journal journal = Journal.claim(folder.resolve("a.journal"))) {
            TurnsOnDisk onDisk = new TurnsOnDisk();
            onDisk.set(opened, 0);
            onDisk.sent(journal, 1, later);
            onDisk.set(later, 2);
            assertEquals(0, onDisk.missing(later, opened));
            assertFalse(onDisk.waitingLongerThan(-1));
        }
    }
}
