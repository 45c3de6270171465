package org.shilu.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shilu.live.LiveSession.NextSpeaker;
import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class LiveSessionTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);
    private final TestClock clock = new TestClock(NINE);
    private final Document document = new Document(new Transcript(Transcript.newProgramme().header(),
            List.of(Speaker.of("s1", "主持人", Role.HOST), Speaker.of("s2", "陆华副局长", Role.GUEST),
                    Speaker.of("s3", "听众", Role.CALLER)), List.of()));
    private final LiveSession session = new LiveSession(document, new StudioClock(clock, Duration.ZERO));

    private void type(String text) {
        session.updateDraft(session.draft() + text);
    }

    private List<Turn> turns() {
        return document.transcript().turns();
    }

    @Test
    void commitStampsSpokenAtFromTheFirstCharacterAndPublishedAtFromTheCommit() {
        clock.advanceSeconds(5);
        type("各");
        clock.advanceSeconds(20);
        type("位听众");
        clock.advanceSeconds(3);
        assertTrue(session.commit(NextSpeaker.NATURAL).isPresent());
        Turn turn = turns().get(0);
        assertEquals(NINE.plusSeconds(5), turn.spokenAt());
        assertEquals(NINE.plusSeconds(28), turn.publishedAt());
        assertEquals(List.of("各位听众"), turn.paragraphs());
        assertEquals("", session.draft());
    }

    @Test
    void theStudioClockOffsetMovesBothTimes() {
        StudioClock studio = new StudioClock(clock, Duration.ofSeconds(12));
        LiveSession ahead = new LiveSession(document, studio);
        ahead.updateDraft("你好");
        ahead.commit(NextSpeaker.SAME);
        assertEquals(NINE.plusSeconds(12), turns().get(0).spokenAt());
        assertEquals(NINE.plusSeconds(12), turns().get(0).publishedAt());
    }

    @Test
    void settingTheStudioTimeGoesTheNearWayRoundMidnight() {
        StudioClock studio = new StudioClock(new TestClock(LocalDateTime.of(2022, 3, 23, 23, 59, 50)), Duration.ZERO);
        studio.setStudioTime(LocalTime.of(0, 0, 5));
        assertEquals(Duration.ofSeconds(15), studio.offset());
        studio.setStudioTime(LocalTime.of(23, 59, 38));
        assertEquals(Duration.ofSeconds(-12), studio.offset());
    }

    @Test
    void clearingTheDraftRestartsItsTime() {
        type("错了");
        clock.advanceSeconds(10);
        session.updateDraft("");
        clock.advanceSeconds(10);
        type("对了");
        session.commit(NextSpeaker.SAME);
        assertEquals(NINE.plusSeconds(20), turns().get(0).spokenAt());
    }

    @Test
    void aBlankDraftNeverCommits() {
        type("  \n\t\n ");
        assertTrue(session.commit(NextSpeaker.NATURAL).isEmpty());
        assertTrue(session.speakerKey(2).isEmpty());
        assertEquals(0, turns().size());
    }

    @Test
    void theHostIsFollowedByTheGuestWhoSpokeLastAndEveryoneElseByTheHost() {
        assertEquals("s1", session.currentSpeaker().orElseThrow().id());
        type("问题一");
        session.commit(NextSpeaker.NATURAL);
        assertEquals("s2", session.currentSpeaker().orElseThrow().id(), "no guest spoke yet: the first guest");
        session.speakerKey(3);
        type("听众提问");
        session.commit(NextSpeaker.NATURAL);
        assertEquals("s1", session.currentSpeaker().orElseThrow().id());
        type("请局长回答");
        session.commit(NextSpeaker.NATURAL);
        assertEquals("s3", session.currentSpeaker().orElseThrow().id(), "the caller spoke last");
    }

    @Test
    void commitKeepingTheSpeaker() {
        type("一");
        session.commit(NextSpeaker.SAME);
        assertEquals("s1", session.currentSpeaker().orElseThrow().id());
    }

    @Test
    void aSpeakerKeyCommitsThenSwitches() {
        type("主持人的话");
        session.speakerKey(2);
        assertEquals("s1", turns().get(0).speakerId());
        assertEquals("s2", session.currentSpeaker().orElseThrow().id());
        assertTrue(session.speakerKey(9).isEmpty(), "no ninth speaker");
        assertEquals("s2", session.currentSpeaker().orElseThrow().id());
    }

    @Test
    void paragraphsAreTheDraftsLines() {
        type("第一段\n\n  第二段  \n");
        session.commit(NextSpeaker.SAME);
        assertEquals(List.of("第一段", "第二段"), turns().get(0).paragraphs());
    }

    @Test
    void aCorrectionPutsTheTurnBackInPlaceWithItsTimesAndReturnsTheSetAsideDraft() {
        type("问题");
        clock.advanceSeconds(30);
        session.commit(NextSpeaker.NATURAL);
        Turn original = turns().get(0);
        clock.advanceSeconds(5);
        type("嘉宾正在说");
        LocalDateTime typingStarted = session.draftStartedAt();
        assertTrue(session.correctLast());
        assertEquals("问题", session.draft());
        assertEquals("s1", session.currentSpeaker().orElseThrow().id());
        session.updateDraft("问题改过");
        clock.advanceSeconds(60);
        session.commit(NextSpeaker.NATURAL);
        assertEquals(1, turns().size());
        assertEquals(original.withParagraphs(List.of("问题改过")), turns().get(0));
        assertEquals("嘉宾正在说", session.draft());
        assertEquals(typingStarted, session.draftStartedAt());
        assertEquals("s2", session.currentSpeaker().orElseThrow().id());
    }

    @Test
    void cancellingACorrectionChangesNothing() {
        type("问题");
        session.commit(NextSpeaker.NATURAL);
        Transcript before = document.transcript();
        session.correctLast();
        assertFalse(session.correctionEdited());
        session.updateDraft("改");
        assertTrue(session.correctionEdited());
        session.cancelCorrection();
        assertEquals(before, document.transcript());
        assertEquals("", session.draft());
        assertFalse(session.isCorrecting());
    }

    @Test
    void nothingToCorrectInAnEmptyProgramme() {
        assertFalse(session.correctLast());
        assertFalse(session.isCorrecting());
    }

    @Test
    void aPasteOfLabelledTurnsIsCommittedInOrderAddingUnknownSpeakers() {
        PastedTurns pasted = PastedTurns.split("以下为网友提问:\n[网友]:请问怎么办理?\n[陆华副局长]:可以网上办理。 [2022-3-23 9:10:35]");
        assertNotNull(pasted);
        assertEquals(List.of("以下为网友提问:"), pasted.leftover());
        session.commitPasted(pasted);
        Transcript t = document.transcript();
        assertEquals(2, t.turns().size());
        assertEquals(new Speaker("s4", "网友", Role.NETIZEN, "", ""), t.roster().get(3));
        assertEquals("s4", t.turns().get(0).speakerId());
        assertEquals("s2", t.turns().get(1).speakerId());
        assertEquals(NINE, t.turns().get(0).publishedAt());
        assertEquals(LocalDateTime.of(2022, 3, 23, 9, 10, 35), t.turns().get(1).publishedAt());
    }

    @Test
    void onePastedTurnOrPlainTextIsNoSplit() {
        assertNull(PastedTurns.split("[网友]:请问怎么办理?"));
        assertNull(PastedTurns.split("一段普通的文字。\n第二行。"));
    }

    @Test
    void removingTheCurrentSpeakerFallsBackToTheFirst() {
        session.selectSpeaker("s3");
        document.apply(new Edit.RemoveSpeaker("s3"));
        assertEquals("s1", session.currentSpeaker().orElseThrow().id());
    }

    @Test
    void aDoubtMarkedInTheDraftFollowsTheTypingAndGoesWithTheTurnIntoCorrectionAndUndo() {
        session.selectSpeaker("s2");
        type("请陆华局长");
        session.markDoubt(3, 3); // the caret after 陆华
        assertEquals(List.of(new org.shilu.model.Doubt(1, "陆华")), session.draftDoubts());
        type("介绍。"); // typing on
        session.updateDraft("好，" + session.draft());
        assertEquals(List.of(new org.shilu.model.Doubt(3, "陆华")), session.draftDoubts(), "typed before it: it moves");
        session.commit(NextSpeaker.SAME);
        assertEquals(List.of(new org.shilu.model.Doubt(3, "陆华")), turns().get(0).doubts());
        assertEquals(List.of(), session.draftDoubts(), "the next draft starts clean");

        type("下一条");
        session.markDoubt(0, 2);
        assertTrue(session.correctLast());
        assertEquals(List.of(new org.shilu.model.Doubt(3, "陆华")), session.draftDoubts(), "the corrected turn's marks");
        session.markDoubt(5, 7); // 局长
        session.commit(NextSpeaker.SAME);
        assertEquals(List.of(new org.shilu.model.Doubt(3, "陆华"), new org.shilu.model.Doubt(5, "局长")), turns().get(0).doubts());
        assertEquals(List.of(new org.shilu.model.Doubt(0, "下一")), session.draftDoubts(), "the set-aside draft's mark is back");

        session.updateDraft(session.draft().replace("下一", "上一"));
        assertEquals(List.of(), session.draftDoubts(), "editing the marked text takes the mark away");

        // A commit undone comes back into the draft with its marks, before what is typed there now.
        session.takeBack(turns().get(0));
        assertEquals("好，请陆华局长介绍。\n上一条", session.draft());
        assertEquals(List.of(new org.shilu.model.Doubt(3, "陆华"), new org.shilu.model.Doubt(5, "局长")), session.draftDoubts());
    }
}
