package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The editor's operations and the undo stack, as plain Java. */
class EditorOperationsTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);
    private final Document document = new Document(Transcript.newProgramme().withTurns(List.of(
            new Turn("s1", List.of("第一段。", "第二段。"), NINE, NINE.plusSeconds(40)),
            new Turn("s2", List.of("嘉宾回答Apple。"), NINE.plusSeconds(45), NINE.plusSeconds(60)),
            new Turn("s2", List.of("补充一句apple。"), NINE.plusSeconds(61), NINE.plusSeconds(70)),
            new Turn("s1", List.of("谢谢。"), NINE.plusSeconds(71), NINE.plusSeconds(75)))));
    private final UndoStack undo = new UndoStack(document);

    private Transcript now() {
        return document.transcript();
    }

    @Test
    void aSplitKeepsTheSpeakerAndPlacesTheMomentBetweenByCharacters() {
        // "第一段。\n第二段。" is 9 characters; the caret before 第二段 is at 5.
        document.apply(TurnEdits.split(now(), 0, 5));
        Turn head = now().turns().get(0);
        Turn tail = now().turns().get(1);
        assertEquals(List.of("第一段。"), head.paragraphs());
        assertEquals(List.of("第二段。"), tail.paragraphs());
        assertEquals("s1", tail.speakerId());
        assertEquals(NINE, head.spokenAt());
        assertEquals(NINE.plusSeconds(22), head.publishedAt(), "40 s × 5/9, rounded");
        assertEquals(NINE.plusSeconds(22), tail.spokenAt());
        assertEquals(NINE.plusSeconds(40), tail.publishedAt());
        assertEquals("step.split", undo.undoName().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> TurnEdits.split(now(), 0, 0));
    }

    @Test
    void aMergeJoinsTheSameSpeakersTurnsAndRefusesAnother() {
        document.apply(TurnEdits.mergeWithNext(now(), 1));
        Turn merged = now().turns().get(1);
        assertEquals(List.of("嘉宾回答Apple。", "补充一句apple。"), merged.paragraphs());
        assertEquals(NINE.plusSeconds(45), merged.spokenAt());
        assertEquals(NINE.plusSeconds(70), merged.publishedAt());
        assertThrows(IllegalArgumentException.class, () -> TurnEdits.mergeWithNext(now(), 0));
    }

    @Test
    void approvalTogglesOnTheSelectedTurnsAsOneUndoableStepAndSurvivesAnEditAndASplit() {
        document.apply(TurnEdits.toggleApproval(now(), List.of(0, 2)));
        assertEquals(List.of(true, false, true, false), now().turns().stream().map(Turn::approved).toList());
        assertEquals("step.approve", undo.undoName().orElseThrow());
        document.apply(TurnEdits.toggleApproval(now(), List.of(0, 1)));
        assertEquals(List.of(true, true, true, false), now().turns().stream().map(Turn::approved).toList(),
                "one unapproved among them: all are approved");
        document.apply(TurnEdits.toggleApproval(now(), List.of(0, 1)));
        assertEquals(List.of(false, false, true, false), now().turns().stream().map(Turn::approved).toList());
        assertEquals("step.unapprove", undo.undoName().orElseThrow());
        undo.undo();
        assertEquals(List.of(true, true, true, false), now().turns().stream().map(Turn::approved).toList());
        document.apply(TurnEdits.toggleApproval(now(), List.of(2)));
        document.apply(TurnEdits.split(now(), 0, 5));
        assertTrue(now().turns().get(0).approved() && now().turns().get(1).approved(), "both halves of an approved turn");
        document.apply(TurnEdits.mergeWithNext(now(), 2));
        assertFalse(now().turns().get(2).approved(), "merged with an unapproved turn: not approved");
    }

    @Test
    void tenMixedChangesUndoToTheStartAndRedoToTheEnd() {
        Transcript start = now();
        document.apply(TurnEdits.split(now(), 0, 5));
        document.apply(TurnEdits.mergeWithNext(now(), 0));
        document.apply(TurnEdits.move(now(), 3, -1));
        document.apply(TurnEdits.delete(now(), List.of(0, 2)));
        document.apply(new Edit.InsertTurn(1, Turn.of("s1", "插入的发言")));
        document.apply(TurnEdits.changeSpeaker(now(), List.of(0), "s1"));
        document.apply(TurnEdits.shiftTimes(now(), List.of(), Duration.ofMinutes(-3)));
        Pattern apple = TextSearch.compile(new TextSearch.Query("apple", false, false, false));
        document.apply(TextSearch.replaceAll(now(), apple, "苹果", false, t -> true).edit());
        document.apply(new Edit.ChangeHeader(new Header("某台", "民生热线", null, null, List.of())));
        document.apply(new Edit.ReplaceSpeaker(now().roster().get(1).withLabel("陆华副局长")));
        Transcript end = now();
        for (int i = 0; i < 10; i++) {
            assertTrue(undo.undo(), "undo " + i);
        }
        assertFalse(undo.undo());
        assertEquals(start, now());
        for (int i = 0; i < 10; i++) {
            assertTrue(undo.redo(), "redo " + i);
        }
        assertEquals(end, now());
        assertEquals("step.roster", undo.undoName().orElseThrow());
    }

    @Test
    void aNewChangeAfterAnUndoDropsTheRedoAndOpeningAnotherTranscriptStartsAfresh() {
        document.apply(TurnEdits.move(now(), 0, 1));
        undo.undo();
        assertEquals("step.moveDown", undo.redoName().orElseThrow());
        document.apply(TurnEdits.delete(now(), List.of(3)));
        assertTrue(undo.redoName().isEmpty());
        document.apply(new Edit.ReplaceTranscript(Transcript.newProgramme()));
        assertTrue(undo.undoName().isEmpty());
    }

    @Test
    void replaceAllIsOnePassOneStepAndHonoursCaseWordsAndScope() {
        Pattern anyCase = TextSearch.compile(new TextSearch.Query("apple", false, false, false));
        assertEquals(2, TextSearch.find(now(), anyCase, t -> true).size());
        Pattern exact = TextSearch.compile(new TextSearch.Query("apple", true, false, false));
        assertEquals(List.of(new TextSearch.Match(2, 0, 4, 9)), TextSearch.find(now(), exact, t -> true));
        Pattern word = TextSearch.compile(new TextSearch.Query("App", false, true, false));
        assertTrue(TextSearch.find(now(), word, t -> true).isEmpty(), "App is not a whole word in Apple");
        Pattern groups = TextSearch.compile(new TextSearch.Query("(第)(.)段", true, false, true));
        TextSearch.Replacement replaced = TextSearch.replaceAll(now(), groups, "$2$1节", true, t -> t == 0);
        assertEquals(2, replaced.count());
        document.apply(replaced.edit());
        assertEquals(List.of("一第节。", "二第节。"), now().turns().get(0).paragraphs());
        assertEquals("step.replaceAll", undo.undoName().orElseThrow());
    }

    @Test
    void anInvalidExpressionIsRefusedWithWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextSearch.compile(new TextSearch.Query("(第", true, false, true)));
        assertTrue(e.getMessage().contains("Unclosed group"), e.getMessage());
    }

    @Test
    void mergingTwoSpeakersGivesTheTurnsToOneAndDropsTheOther() {
        document.apply(TurnEdits.mergeSpeakers(now(), "s2", "s1"));
        assertTrue(now().turns().stream().allMatch(turn -> turn.speakerId().equals("s1")));
        assertEquals(1, now().roster().size());
        undo.undo();
        assertEquals(2, now().roster().size());
    }

    @Test
    void statisticsCountCharactersPunctuationTalkTimeAndPace() {
        Statistics stats = Statistics.of(now());
        Statistics.PerSpeaker host = stats.speakers().get(0);
        assertEquals(2, host.turns());
        assertEquals(8, host.characters(), "第一段 第二段 谢谢");
        assertEquals(3, host.punctuation());
        assertEquals(Duration.ofSeconds(44), host.talkTime());
        assertEquals(Duration.ofSeconds(75), stats.duration());
        assertEquals(stats.characters() / 1.25, stats.charactersPerMinute(), 1e-9);
    }
}
