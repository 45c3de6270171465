package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.shilu.format.PortalProfile.LabelStyle;
import org.shilu.format.PortalProfile.PrintedClock;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class PortalTextWriterTest {
    private static final LocalDateTime SPOKEN = LocalDateTime.of(2024, 1, 5, 8, 59, 40);
    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2024, 1, 5, 9, 0, 7);

    private static Transcript typedFromScratch() {
        Header header = new Header("某市人民政府 在线访谈", "民生热线2024年1月", "文字实录", LocalDate.of(2024, 1, 5), List.of());
        List<Speaker> roster = List.of(Speaker.of("h", "主持人", Role.HOST), Speaker.of("g", "王刚处长", Role.GUEST));
        List<Turn> turns = List.of(
                new Turn("h", List.of("欢迎收听。"), SPOKEN.minusMinutes(1), SPOKEN.minusSeconds(30)),
                new Turn("g", List.of("第一段,", "第二段。"), SPOKEN, PUBLISHED));
        return new Transcript(header, roster, turns);
    }

    @Test
    void aTranscriptTypedFromScratchIsLaidOutLikeTheSample() {
        String expected = "某市人民政府 在线访谈 \u00A0\n民生热线2024年1月\n文字实录\n" + "\u00A0".repeat(8) + "\n"
                + "正序\u00A0\u00A0\u00A0\u00A0 倒序\n"
                + "[主持人]:欢迎收听。\n[王刚处长]:第一段,\n第二段。 [2024-1-5 9:00:07]";
        assertEquals(expected, new PortalTextWriter().write(typedFromScratch(), PortalProfile.DEFAULT));
    }

    @Test
    void theProfileChoosesTheClockTheRolesAndTheMarks() {
        PortalProfile profile = new PortalProfile(LabelStyle.LENTICULAR, "：", false, TimePlacement.OWN_LINE, "HH:mm",
                EnumSet.allOf(Role.class), PrintedClock.SPOKEN, false, true, "\r\n", true);
        String expected = "某市人民政府 在线访谈\r\n民生热线2024年1月\r\n文字实录\r\n"
                + "【主持人】：欢迎收听。\r\n[08:58]\r\n\r\n【王刚处长】：第一段,\r\n第二段。\r\n[08:59]\r\n";
        assertEquals(expected, new PortalTextWriter().write(typedFromScratch(), profile));
    }

    @Test
    void labelsOnTheirOwnLineAndNoTimes() {
        PortalProfile profile = new PortalProfile(LabelStyle.BARE, "：", true, TimePlacement.NONE, "HH:mm",
                EnumSet.allOf(Role.class), PrintedClock.PUBLISHED, false, false, "\n", false);
        Transcript bare = typedFromScratch().withHeader(Header.EMPTY.withHeading(""));
        assertEquals("文字实录\n主持人：\n欢迎收听。\n王刚处长：\n第一段,\n第二段。",
                new PortalTextWriter().write(bare, profile));
    }

    @Test
    void aMissingPrintedClockFallsBackToTheOther() {
        Transcript t = typedFromScratch();
        Turn untimed = t.turns().get(1).withTimes(SPOKEN, null);
        Transcript changed = t.withTurns(List.of(t.turns().get(0), untimed));
        String text = new PortalTextWriter().write(changed, PortalProfile.DEFAULT);
        assertEquals("第二段。 [2024-1-5 8:59:40]", text.substring(text.lastIndexOf('\n') + 1));
    }
}
