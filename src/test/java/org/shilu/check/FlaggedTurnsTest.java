package org.shilu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Desk;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class FlaggedTurnsTest {
    private final SensitiveWords words = SensitiveWords.of(List.of(new SensitiveWords.Word("赌博", "违法")));

    @Test
    void aFlaggedTurnIsHeldUntilApprovedAndAnAllowedPhraseLetsItGo() {
        Transcript programme = Transcript.newProgramme().withTurns(List.of(Turn.of("s1", "打击赌博"), Turn.of("s2", "好的"),
                Turn.of("s1", "赌博王是谁")));
        FlaggedTurns flagged = new FlaggedTurns();
        assertEquals(2, flagged.held(programme, words));
        assertTrue(flagged.flags(programme.turns().get(0), programme, words));
        assertFalse(flagged.flags(programme.turns().get(1), programme, words));

        Transcript approved = programme.withTurns(List.of(programme.turns().get(0).withApproved(true),
                programme.turns().get(1), programme.turns().get(2)));
        assertEquals(1, flagged.held(approved, words));

        Transcript allowed = approved.withDesk(Desk.EMPTY.withAllowed(List.of("赌博王")));
        assertEquals(0, flagged.held(allowed, words));
        assertFalse(flagged.flags(allowed.turns().get(2), allowed, words));
        assertEquals(0, flagged.held(programme, SensitiveWords.NONE));
    }
}
