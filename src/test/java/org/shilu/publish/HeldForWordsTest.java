package org.shilu.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.check.FlaggedTurns;
import org.shilu.check.SensitiveWords;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** A turn holding a sensitive word waits for approval before it goes out, with the approval gate off. */
class HeldForWordsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2022, 3, 23, 10, 0);

    private static String page(Edition edition) {
        return edition.files().stream().filter(f -> f.name().equals(Editions.TEXT))
                .map(f -> new String(f.content(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    @Test
    void aFlaggedTurnIsHeldUntilApprovedWhileTheOthersGoOut() {
        SensitiveWords words = SensitiveWords.of(List.of(new SensitiveWords.Word("赌博", "违法")));
        FlaggedTurns flagged = new FlaggedTurns();
        Editions editions = new Editions("p", PublishOptions.DEFAULTS, Turn::approved,
                (transcript, turn) -> flagged.flags(turn, transcript, words));
        Transcript programme = Transcript.newProgramme().withTurns(List.of(
                new Turn("s1", List.of("欢迎收看"), NOW, NOW), new Turn("s2", List.of("打击网络赌博"), NOW, NOW)));
        Edition first = editions.write(new Project(programme, PortalProfile.DEFAULT), 1, NOW);
        assertEquals(1, first.shown());
        assertEquals(1, first.held());
        assertTrue(page(first).contains("欢迎收看"));
        assertFalse(page(first).contains("赌博"));

        Transcript approved = programme.withTurns(List.of(programme.turns().get(0), programme.turns().get(1).withApproved(true)));
        Edition second = editions.write(new Project(approved, PortalProfile.DEFAULT), 2, NOW);
        assertEquals(2, second.shown());
        assertTrue(page(second).contains("打击网络赌博"));
    }
}
