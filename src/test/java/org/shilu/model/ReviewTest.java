package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Said;

/** Turn ids, the published version and the correction log, as the document keeps them through edits and undo. */
class ReviewTest {
    private static final Speaker HOST = Speaker.of("h", "主持人", Role.HOST);
    private static final Speaker GUEST = Speaker.of("g", "嘉宾", Role.GUEST);
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0);

    private Document document;
    private UndoStack undo;
    private LocalDateTime now = NINE;

    @BeforeEach
    void threeTurnsPublished() {
        document = new Document(new Transcript(Header.EMPTY, List.of(HOST, GUEST),
                List.of(Turn.of("h", "问一"), Turn.of("g", "答一"), Turn.of("h", "问二"))));
        document.logCorrectionsAs("校对甲", () -> now);
        undo = new UndoStack(document);
        document.apply(new Edit.SetReview(document.transcript().review().markPublished(document.transcript(), NINE)));
    }

    private Transcript transcript() {
        return document.transcript();
    }

    @Test
    void turnsWithoutIdsAreNumberedAndAnIdIsKeptThroughEdits() {
        assertEquals(List.of("t1", "t2", "t3"), ids());
        document.apply(TurnEdits.split(transcript(), 1, 1));
        document.apply(new Edit.InsertTurn(0, Turn.of("g", "开场")));
        assertEquals(List.of("t5", "t1", "t2", "t4", "t3"), ids(), "the split's head keeps the id, its tail is new");
        document.apply(TurnEdits.mergeWithNext(transcript(), 2));
        document.apply(TurnEdits.move(transcript(), 0, 1));
        document.apply(TurnEdits.changeSpeaker(transcript(), List.of(0), "g"));
        assertEquals(List.of("t1", "t5", "t2", "t3"), ids());
    }

    @Test
    void anIdOfAPublishedTurnIsNeverGivenAgainAfterTheTurnIsDeleted() {
        document.apply(TurnEdits.delete(transcript(), List.of(2)));
        document.apply(new Edit.InsertTurn(2, Turn.of("h", "新问题")));
        assertEquals(List.of("t1", "t2", "t4"), ids());
    }

    @Test
    void markingAsPublishedKeepsWhatEachTurnSaidAndCountsVersions() {
        Review.Published published = transcript().review().published();
        assertEquals(1, published.version());
        assertEquals(NINE, published.at());
        assertEquals(new Said("嘉宾", "答一"), published.turns().get("t2"));
        assertEquals(Set.of("t1", "t2", "t3"), published.turns().keySet());
        Review again = transcript().review().markPublished(transcript(), NINE.plusHours(1));
        assertEquals(2, again.published().version());
    }

    @Test
    void aChangeToAPublishedTurnIsLoggedWithBeforeAfterWhenAndSeat() {
        now = NINE.plusMinutes(30);
        document.apply(new Edit.ReplaceTurn(1, transcript().turns().get(1).withParagraphs(List.of("答一，更正"))));
        assertEquals(List.of(new Correction(1, "t2", new Said("嘉宾", "答一"), new Said("嘉宾", "答一，更正"), now, "校对甲", "")),
                transcript().review().corrections());
        assertEquals("step.correct", undo.undoName().orElseThrow(), "the step keeps the edit's name");
    }

    @Test
    void undoTakesTheLogEntryBackWithTheChangeAndRedoBringsBoth() {
        Transcript published = transcript();
        document.apply(new Edit.ReplaceTurn(0, transcript().turns().get(0).withParagraphs(List.of("问一改"))));
        Transcript corrected = transcript();
        undo.undo();
        assertEquals(published, transcript());
        assertEquals(List.of(), transcript().review().corrections(), "the undo logs no correction of its own");
        undo.redo();
        assertEquals(corrected, transcript());
        assertEquals(1, transcript().review().corrections().size());
    }

    @Test
    void aDeletedPublishedTurnIsLoggedWithNothingAfter() {
        document.apply(TurnEdits.delete(transcript(), List.of(0, 1)));
        List<Correction> log = transcript().review().corrections();
        assertEquals(List.of("t1", "t2"), log.stream().map(Correction::turnId).toList());
        assertNull(log.get(0).after());
    }

    @Test
    void movesAndTurnsAddedAfterPublishingLogNothing() {
        document.apply(TurnEdits.move(transcript(), 0, 1));
        document.apply(new Edit.InsertTurn(3, Turn.of("g", "答二")));
        document.apply(new Edit.ReplaceTurn(3, transcript().turns().get(3).withParagraphs(List.of("答二改"))));
        document.apply(TurnEdits.toggleApproval(transcript(), List.of(0)));
        assertEquals(List.of(), transcript().review().corrections());
    }

    @Test
    void renamingASpeakerLogsEveryPublishedTurnOfTheirs() {
        document.apply(new Edit.ReplaceSpeaker(HOST.withLabel("主持人李明")));
        List<Correction> log = transcript().review().corrections();
        assertEquals(List.of("t1", "t3"), log.stream().map(Correction::turnId).toList());
        assertEquals(new Said("主持人李明", "问一"), log.get(0).after());
    }

    @Test
    void aReasonIsGivenAsAStepOfItsOwnAndTheLogOfTheVersionIsKeptApart() {
        document.apply(new Edit.ReplaceTurn(0, transcript().turns().get(0).withParagraphs(List.of("问一改"))));
        Correction logged = transcript().review().corrections().get(0);
        document.apply(new Edit.SetReview(transcript().review().withReason(logged, "错字")));
        assertEquals("错字", transcript().review().corrections().get(0).reason());
        document.apply(new Edit.SetReview(transcript().review().markPublished(transcript(), NINE.plusHours(1))));
        assertEquals(List.of(), transcript().review().ofPublishedVersion(), "version 2 has no corrections yet");
        assertEquals(1, transcript().review().corrections().size(), "version 1's are kept");
        undo.undo();
        undo.undo();
        assertEquals("", transcript().review().corrections().get(0).reason());
    }

    @Test
    void turnsAreEqualWhenTheySayTheSameWhateverTheirIds() {
        Turn turn = transcript().turns().get(0);
        assertEquals(turn, turn.withId("t99"));
        assertNotEquals(turn, turn.withParagraphs(List.of("别的")));
        assertTrue(transcript().review().published().turns().containsKey(turn.id()));
    }

    private List<String> ids() {
        return transcript().turns().stream().map(Turn::id).toList();
    }
}
