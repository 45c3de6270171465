package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void aTurnNeedsASpeakerAndText() {
        assertThrows(NullPointerException.class, () -> Turn.of(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Turn("s1", List.of(), null, null));
        assertThrows(IllegalArgumentException.class, () -> Turn.of("s1", "  "));
        assertThrows(IllegalArgumentException.class, () -> Turn.of("s1", "two\nlines"));
    }

    @Test
    void aSpeakerLabelCannotBreakThePageLayout() {
        assertThrows(IllegalArgumentException.class, () -> Speaker.of("s1", "", Role.HOST));
        assertThrows(IllegalArgumentException.class, () -> Speaker.of("s1", "主持]人", Role.HOST));
        assertThrows(IllegalArgumentException.class, () -> Speaker.of("s1", "主持人:", Role.HOST));
        assertThrows(IllegalArgumentException.class, () -> Speaker.of("s 1", "主持人", Role.HOST));
        assertEquals("主持人", Speaker.of("s1", " 主持人 ", Role.HOST).label());
    }

    @Test
    void theRosterHasUniqueIdsAndLabelsAndTurnsReferToIt() {
        Speaker host = Speaker.of("h", "主持人", Role.HOST);
        assertThrows(IllegalArgumentException.class,
                () -> new Transcript(Header.EMPTY, List.of(host, Speaker.of("h", "嘉宾", Role.GUEST)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Transcript(Header.EMPTY, List.of(host, Speaker.of("g", "主持人", Role.GUEST)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Transcript(Header.EMPTY, List.of(host), List.of(Turn.of("g", "你好"))));
    }

    @Test
    void aTranscriptCannotBeChangedFromOutside() {
        List<Turn> turns = new ArrayList<>(List.of(Turn.of("s1", "你好")));
        Transcript transcript = new Transcript(Header.EMPTY, Transcript.newProgramme().roster(), turns);
        turns.clear();
        assertEquals(1, transcript.turns().size());
        assertThrows(UnsupportedOperationException.class, () -> transcript.turns().clear());
    }

    @Test
    void paragraphsOfTypedTextSkipBlankLines() {
        assertEquals(List.of("第一段", "第二段"), Turn.paragraphsOf("第一段\n\n第二段\n"));
        assertEquals(6, Turn.of("s1", "第一段", "第二段").characterCount());
        assertEquals(11, Turn.of("s1", "你好， world 2022。").characterCount(), "no spaces, no punctuation");
    }

    @Test
    void unusedSpeakerIdsDoNotCollide() {
        Transcript t = Transcript.newProgramme();
        assertEquals("s3", t.unusedSpeakerId());
    }
}
