package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Another seat's changes in this seat's document: never this seat's to undo, and its corrections logged as theirs. */
class RemoteEditTest {
    private final Document document = new Document(new Transcript(Header.EMPTY,
            List.of(Speaker.of("h", "主持人", Role.HOST), Speaker.of("g", "嘉宾", Role.GUEST)),
            List.of(Turn.of("h", "问一"), Turn.of("g", "答一"), Turn.of("h", "问二"))));
    private final UndoStack undo = new UndoStack(document);

    private void editHere(int index, String text) {
        document.apply(new Edit.ReplaceTurn(index, document.transcript().turns().get(index).withParagraphs(List.of(text))));
    }

    @Test
    void anotherSeatsTurnsAddedBelowLeaveThisSeatsUndoAndAreNotUndone() {
        editHere(1, "答一改");
        document.apply(new Edit.Remote("anna", new Edit.InsertTurn(3, Turn.of("g", "答二"))));
        assertEquals("step.correct", undo.undoName().orElseThrow(), "the proof-reader's step is still there");
        undo.undo();
        assertEquals(List.of("问一", "答一", "问二", "答二"), document.transcript().turns().stream().map(Turn::text).toList(),
                "undo took back the proof-reader's change, not the typist's turn");
    }

    @Test
    void anotherSeatsChangeAboveThisSeatsStepsEndsTheHistoryRatherThanUndoTheWrongTurn() {
        editHere(2, "问二改");
        document.apply(new Edit.Remote("anna", new Edit.InsertTurn(0, Turn.of("h", "开场"))));
        assertTrue(undo.undoName().isEmpty(), "a step naming turn 3 would now undo another turn");
    }

    @Test
    void aChangeByAnotherSeatIsNotLoggedHereForThatSeatLoggedItAndSharesTheEntry() {
        document.logCorrectionsAs("bo", () -> LocalDateTime.of(2022, 3, 23, 10, 0));
        document.apply(new Edit.SetReview(document.transcript().review().markPublished(document.transcript(),
                LocalDateTime.of(2022, 3, 23, 9, 0))));
        document.apply(new Edit.Remote("anna", new Edit.ReplaceTurn(0,
                document.transcript().turns().get(0).withParagraphs(List.of("问一改")))));
        assertEquals(List.of(), document.transcript().review().corrections());
        editHere(1, "答一改");
        assertEquals("bo", document.transcript().review().corrections().get(0).seat(), "this seat's own is logged as its");
    }

    @Test
    void anotherSeatsEntryInTheLogEndsTheHistoryOfStepsThatWouldSetTheLogBack() {
        document.apply(new Edit.SetReview(document.transcript().review().markPublished(document.transcript(),
                LocalDateTime.of(2022, 3, 23, 9, 0))));
        editHere(1, "答一改");
        Review.Correction theirs = new Review.Correction(1, "t1", new Review.Said("主持人", "问一"),
                new Review.Said("主持人", "问一改"), LocalDateTime.of(2022, 3, 23, 10, 0), "anna", "");
        document.apply(new Edit.Remote("anna", new Edit.SetReview(
                new ReviewEdit.Logged(theirs).applyTo(document.transcript().review()))));
        assertTrue(undo.undoName().isEmpty(), "undoing the correction would take anna's entry out of the log too");
        assertEquals(2, document.transcript().review().corrections().size());
    }
}
