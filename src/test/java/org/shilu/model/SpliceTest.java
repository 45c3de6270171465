package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpliceTest {
    private final Transcript start = Transcript.newProgramme().withTurns(List.of(
            Turn.of("s1", "一"), Turn.of("s2", "二"), Turn.of("s1", "三"), Turn.of("s2", "四")));

    @Test
    void aReplacedTurnInTheMiddleIsOneTurnForOne() {
        Transcript after = new Edit.ReplaceTurn(1, Turn.of("s2", "贰")).applyTo(start);
        Splice splice = Splice.between(start, after);
        assertEquals(1, splice.at());
        assertEquals(1, splice.removed());
        assertEquals(List.of(Turn.of("s2", "贰")), splice.inserted());
        assertNull(splice.header());
        assertNull(splice.roster());
        assertEquals(after, splice.applyTo(start));
    }

    @Test
    void anAppendedTurnRemovesNothingAtTheEnd() {
        Transcript after = new Edit.InsertTurn(4, Turn.of("s1", "五")).applyTo(start);
        Splice splice = Splice.between(start, after);
        assertEquals(4, splice.at());
        assertEquals(0, splice.removed());
        assertEquals(after, splice.applyTo(start));
    }

    @Test
    void aMoveAndARenameCarryTheTurnsAndTheRoster() {
        Transcript moved = new Edit.MoveTurn(0, 3).applyTo(start);
        Transcript renamed = new Edit.ReplaceSpeaker(moved.roster().get(0).withLabel("主持人王芳")).applyTo(moved);
        Splice splice = Splice.between(start, renamed);
        assertEquals(renamed, splice.applyTo(start));
        assertEquals(renamed.roster(), splice.roster());
    }

    @Test
    void aSpliceThatDoesNotFitIsRefused() {
        Splice splice = Splice.between(start, new Edit.RemoveTurns(2, 2).applyTo(start));
        assertThrows(IllegalArgumentException.class, () -> splice.applyTo(Transcript.newProgramme()));
    }
}
