package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class SampleRoundTripTest {

    static byte[] sampleBytes() throws IOException {
        return SampleFixture.bytes();
    }

    static PortalReadResult readSample() throws Exception {
        return new PortalTextReader().read(sampleBytes(), "sample");
    }

    @Test
    void readingTheSampleAndWritingItBackGivesTheSameBytes() throws Exception {
        PortalReadResult read = readSample();
        byte[] written = new PortalTextWriter().writeBytes(read.project().transcript(), read.project().profile());
        assertArrayEquals(sampleBytes(), written);
    }

    @Test
    void theSampleImpliesTheDefaultProfile() throws Exception {
        assertEquals(PortalProfile.DEFAULT, readSample().project().profile());
    }

    @Test
    void theSampleHasEightTurnsOfAHostAndAGuestAndNoWarnings() throws Exception {
        PortalReadResult read = readSample();
        Transcript transcript = read.project().transcript();
        assertEquals(List.of(), read.warnings());
        assertEquals(8, transcript.turns().size());
        assertEquals(List.of(new Speaker("s1", "主持人", Role.HOST, "", ""),
                new Speaker("s2", "陆华副局长", Role.GUEST, "陆华", "副局长")), transcript.roster());
        for (int i = 0; i < 8; i++) {
            assertEquals(i % 2 == 0 ? "s1" : "s2", transcript.turns().get(i).speakerId(), "turn " + i);
        }
    }

    @Test
    void theSampleHeaderIsReadWithoutItsPageSpaces() throws Exception {
        Transcript transcript = readSample().project().transcript();
        assertEquals("连云港市自然资源和规划局 在线访谈", transcript.header().heading());
        assertEquals("市自然资源和规划局行风热线2022年3月", transcript.header().programme());
        assertEquals("文字实录", transcript.header().sectionLabel());
        assertEquals(LocalDate.of(2022, 3, 23), transcript.header().broadcastDate());
        assertEquals(List.of(), transcript.header().introduction());
    }

    @Test
    void guestAnswersCarryTheirTimesAndHostQuestionsNone() throws Exception {
        List<Turn> turns = readSample().project().transcript().turns();
        assertNull(turns.get(0).publishedAt());
        assertEquals(LocalDateTime.of(2022, 3, 23, 9, 3, 54), turns.get(1).publishedAt());
        assertEquals(LocalDateTime.of(2022, 3, 23, 9, 36, 12), turns.get(7).publishedAt());
        assertTrue(turns.get(1).paragraphs().get(0).endsWith("栏目。"), turns.get(1).paragraphs().get(0));
    }

    @Test
    void theLongThirdAnswerHasSevenParagraphs() throws Exception {
        Turn longAnswer = readSample().project().transcript().turns().get(5);
        assertEquals(7, longAnswer.paragraphs().size());
        assertTrue(longAnswer.paragraphs().get(6).startsWith("同时,各县区局"));
    }
}
