package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An approved turn's approval taken back by the edit that brought in what the rule objects to
 * (here: the word 赌博 where it was not), in the same step: several turns replaced at once, turns
 * moved but not edited, another seat's change and a programme replaced whole, undo and redo, and an
 * approval judged after another seat's change taken back only where the turn is still as judged.
 */
class ReapprovalTest {
    private static final Reapproval NEW_WORD = (programme, approved, edited) -> edited.text().contains("赌博")
            && !approved.text().contains("赌博");
    private final Document document = new Document(new Transcript(Header.EMPTY, List.of(Speaker.of("h", "主持人", Role.HOST)),
            List.of(Turn.of("h", "问一").withApproved(true), Turn.of("h", "打击赌博").withApproved(true), Turn.of("h", "问二"),
                    Turn.of("h", "问三").withApproved(true))));
    private final UndoStack undo = new UndoStack(document);

    {
        document.askApprovalAgainWhen(NEW_WORD);
    }

    private List<Turn> turns() {
        return document.transcript().turns();
    }

    private List<Boolean> approvals() {
        return turns().stream().map(Turn::approved).toList();
    }

    private Edit replacedAll(String from, String to) {
        return new Edit.SetTurns(turns().stream().map(turn -> turn.withParagraphs(List.of(turn.text().replace(from, to)))).toList());
    }

    @Test
    void aReplaceAllTakesBackOnlyTheApprovalsOfTurnsItBroughtTheWordIntoAsOneStepThatUndoAndRedoKeepWhole() {
        document.apply(new Edit.Named("step.replaceAll", replacedAll("问", "赌博")));
        assertEquals(List.of("赌博一", "打击赌博", "赌博二", "赌博三"), turns().stream().map(Turn::text).toList());
        assertEquals(List.of(false, true, false, false), approvals(),
                "打击赌博 held it when approved; 问二 was never approved");
        assertEquals("step.replaceAll", undo.undoName().orElseThrow());

        undo.undo();
        assertEquals(List.of("问一", "打击赌博", "问二", "问三"), turns().stream().map(Turn::text).toList());
        assertEquals(List.of(true, true, false, true), approvals(), "undo gives the approvals back with the text");
        undo.redo();
        assertEquals(List.of(false, true, false, false), approvals());
    }

    @Test
    void turnsMovedOrEditedWithoutTheWordKeepTheirApproval() {
        document.apply(new Edit.MoveTurn(0, 3));
        document.apply(replacedAll("打击", "严厉打击"));
        assertEquals(List.of(true, false, true, true), approvals());
        assertEquals("严厉打击赌博", turns().get(0).text());
    }

    @Test
    void anotherSeatsEditAndAProgrammeReplacedWholeComeAsTheyAre() {
        document.apply(new Edit.Remote("anna", new Edit.ReplaceTurn(0, turns().get(0).withParagraphs(List.of("赌博")))));
        assertEquals(true, turns().get(0).approved(), "the seat that made the edit judges it");
        Transcript opened = new Transcript(Header.EMPTY, document.transcript().roster(),
                List.of(Turn.of("h", "赌博").withApproved(true)));
        document.apply(new Edit.ReplaceTranscript(opened));
        assertEquals(List.of(true), approvals());
    }

    @Test
    void anApprovalJudgedLaterIsTakenBackOnlyFromATurnStillAsItWasJudged() {
        Transcript before = document.transcript();
        document.apply(new Edit.Remote("anna", replacedAll("问", "赌博")));
        List<Turn> again = NEW_WORD.toApproveAgain(before, document.transcript());
        assertEquals(List.of("赌博一", "赌博三"), again.stream().map(Turn::text).toList());
        document.apply(new Edit.Remote("anna", new Edit.ReplaceTurn(3, turns().get(3).withParagraphs(List.of("问三")))));
        document.apply(Reapproval.takenBack(document.transcript(), again));
        assertEquals(List.of(false, true, false, true), approvals(), "问三, changed back meanwhile, keeps its approval");
        assertNull(Reapproval.takenBack(document.transcript(), again), "nothing left to take back");
    }
}
