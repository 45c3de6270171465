package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shilu.format.PortalProfile.LabelStyle;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** The label and time forms that portals publish besides the sample's. */
class PortalTextReaderFormsTest {
    private final PortalTextReader reader = new PortalTextReader();

    private PortalReadResult read(String text) throws BadInputException {
        return reader.read(text, "test.txt");
    }

    private static String labelOf(Transcript transcript, int turn) {
        return transcript.speakerOf(transcript.turns().get(turn)).label();
    }

    private void assertRoundTrip(String text) throws BadInputException {
        PortalReadResult read = read(text);
        assertEquals(text, new PortalTextWriter().write(read.project().transcript(), read.project().profile()));
    }

    @Test
    void fullWidthColonAfterSquareBrackets() throws Exception {
        String text = "[主持人]：各位网友好。\n[张明局长]：大家好。";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        assertEquals(List.of("主持人", "张明局长"), t.roster().stream().map(Speaker::label).toList());
        assertEquals("大家好。", t.turns().get(1).text());
        assertEquals("：", read.project().profile().separator());
        assertRoundTrip(text);
    }

    @Test
    void lenticularBracketsWithAndWithoutColon() throws Exception {
        String text = "【主持人】各位网友，今天我们请到了总理。\n【温家宝】网友们好。\n【温家宝】：我再说一句。";
        Transcript t = read(text).project().transcript();
        assertEquals(3, t.turns().size());
        assertEquals("温家宝", labelOf(t, 1));
        assertEquals("我再说一句。", t.turns().get(2).text());
        assertEquals(LabelStyle.LENTICULAR, read(text).project().profile().labelStyle());
        assertEquals(Role.GUEST, t.roster().get(1).role());
    }

    @ParameterizedTest
    @ValueSource(strings = {"：", ":"})
    void labelsWithoutBrackets(String colon) throws Exception {
        String text = "主持人" + colon + "欢迎收听。\n网友" + colon + "请问几点开始?\n主持人" + colon + "九点。";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        assertEquals(3, t.turns().size());
        assertEquals(Role.NETIZEN, t.roster().get(1).role());
        assertEquals(LabelStyle.BARE, read.project().profile().labelStyle());
        assertRoundTrip(text);
    }

    @Test
    void aBareColonInsideTheTextIsNotALabel() throws Exception {
        String text = "主持人:请介绍一下。\n李红主任:好的。具体如下:\n一是加强领导。\n时间是:上午九点。";
        Transcript t = read(text).project().transcript();
        assertEquals(2, t.turns().size());
        assertEquals(List.of("好的。具体如下:", "一是加强领导。", "时间是:上午九点。"), t.turns().get(1).paragraphs());
        assertEquals(new Speaker("s2", "李红主任", Role.GUEST, "李红", "主任"), t.roster().get(1));
    }

    @Test
    void labelAloneOnItsLineWithTextBelow() throws Exception {
        String text = "主持人：\n各位听众上午好。\n今天的话题是供暖。\n王刚处长：\n谢谢主持人。";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        assertEquals(2, t.turns().size());
        assertEquals(List.of("各位听众上午好。", "今天的话题是供暖。"), t.turns().get(0).paragraphs());
        assertTrue(read.project().profile().labelOnOwnLine());
        assertRoundTrip(text);
    }

    @Test
    void labelAloneWithoutAnyMark() throws Exception {
        String text = "主持人\n各位听众上午好。\n嘉宾\n大家好。";
        Transcript t = read(text).project().transcript();
        assertEquals(2, t.turns().size());
        assertEquals("嘉宾", labelOf(t, 1));
        assertEquals("大家好。", t.turns().get(1).text());
    }

    @Test
    void labelWithTheNameInParentheses() throws Exception {
        String text = "主持人(王某):欢迎。\n嘉宾（李某）:谢谢。";
        Transcript t = read(text).project().transcript();
        assertEquals(new Speaker("s1", "主持人(王某)", Role.HOST, "王某", ""), t.roster().get(0));
        assertEquals(new Speaker("s2", "嘉宾（李某）", Role.GUEST, "李某", ""), t.roster().get(1));
        assertRoundTrip(text);
    }

    @Test
    void aTimeOnItsOwnLineAfterTheTurn() throws Exception {
        String text = "主持人:2月27日的节目开始了。\n[02-27 08:59]\n网友:请问社保怎么办?\n[02-27 09:01]";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        PortalProfile profile = read.project().profile();
        assertEquals(TimePlacement.OWN_LINE, profile.timePlacement());
        assertEquals("MM-dd HH:mm", profile.timePattern());
        assertEquals(List.of("请问社保怎么办?"), t.turns().get(1).paragraphs());
        assertEquals(9, t.turns().get(1).publishedAt().getHour());
        assertEquals(2, t.turns().get(0).publishedAt().getMonthValue());
        assertRoundTrip(text);
    }

    @Test
    void aShortTimeInlineTakesTheDayFromTheHeader() throws Exception {
        String text = "2023年5月8日 在线访谈\n主持人:欢迎。 [09:25]\n嘉宾:谢谢。 [09:26]";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        assertEquals(LocalDateTime.of(2023, 5, 8, 9, 25), t.turns().get(0).publishedAt());
        assertEquals("HH:mm", read.project().profile().timePattern());
        assertEquals(List.of("欢迎。"), t.turns().get(0).paragraphs());
        assertTrue(read.project().profile().timedRoles().contains(Role.HOST), "a timed host keeps its time when written");
        assertRoundTrip(text);
    }

    @Test
    void aShortTimeWithNoKnownDayIsKeptAndReported() throws Exception {
        PortalReadResult read = read("主持人:欢迎。 [09:25]");
        assertEquals(LocalDate.EPOCH.atTime(9, 25), read.project().transcript().turns().get(0).publishedAt());
        assertEquals(1, read.warnings().size());
        assertEquals(1, read.warnings().get(0).line());
    }

    @Test
    void noTimesAtAll() throws Exception {
        String text = "[主持人]:你好。\n[嘉宾]:你好。";
        Transcript t = read(text).project().transcript();
        assertTrue(t.turns().stream().allMatch(turn -> turn.publishedAt() == null && turn.spokenAt() == null));
        assertRoundTrip(text);
    }

    @Test
    void freeTextBeforeTheFirstTurnIsKeptAsTheIntroductionWithWarnings() throws Exception {
        String text = "市长在线访谈\n\n以下是访谈文字实录:\n[主持人]:你好。\n[嘉宾]:你好。";
        PortalReadResult read = read(text);
        Transcript t = read.project().transcript();
        assertEquals(List.of("市长在线访谈", "以下是访谈文字实录:"), t.header().introduction());
        assertEquals(List.of(1, 3), read.warnings().stream().map(ReadWarning::line).toList());
        assertEquals(2, t.turns().size());
    }

    @Test
    void aTimeThatDoesNotCloseTheTurnStaysText() throws Exception {
        String text = "[嘉宾]:会议定于 [2022-3-23 9:03:54]\n之后继续。 [2022-3-23 9:05:00]";
        Turn turn = read(text).project().transcript().turns().get(0);
        assertEquals(List.of("会议定于 [2022-3-23 9:03:54]", "之后继续。"), turn.paragraphs());
        assertEquals(LocalDateTime.of(2022, 3, 23, 9, 5), turn.publishedAt());
    }

    @Test
    void anImpossibleTimeIsKeptAsTextWithAWarning() throws Exception {
        PortalReadResult read = read("[主持人]:开始。\n[嘉宾]:谢谢。 [2022-2-30 9:00:00]");
        Turn turn = read.project().transcript().turns().get(1);
        assertEquals("谢谢。 [2022-2-30 9:00:00]", turn.text());
        assertNull(turn.publishedAt());
        assertEquals(2, read.warnings().get(0).line());
    }

    @Test
    void crlfAndCrLineEndsAreReadAndKept() throws Exception {
        for (String nl : List.of("\r\n", "\r")) {
            String text = "[主持人]:你好。" + nl + "[嘉宾]:第一段。" + nl + "第二段。" + nl;
            PortalReadResult read = read(text);
            assertEquals(List.of("第一段。", "第二段。"), read.project().transcript().turns().get(1).paragraphs());
            assertEquals(nl, read.project().profile().lineSeparator());
            assertRoundTrip(text);
        }
    }

    @Test
    void blankLinesBetweenTurnsAreALayoutNotText() throws Exception {
        String text = "[主持人]:你好。\n\n[嘉宾]:你好。\n";
        PortalReadResult read = read(text);
        assertTrue(read.project().profile().blankLineBetweenTurns());
        assertRoundTrip(text);
    }

    @Test
    void aLabelWithNoTextIsKeptAsTextAndReported() throws Exception {
        PortalReadResult read = read("[主持人]:你好。\n[嘉宾]:");
        Transcript t = read.project().transcript();
        assertEquals(List.of("你好。", "[嘉宾]:"), t.turns().get(0).paragraphs());
        assertEquals(1, t.roster().size());
        assertEquals(2, read.warnings().get(0).line());
    }

    @Test
    void aSentenceEndingInAColonIsNoLabelEvenWithASpeakerWordInside() throws Exception {
        PortalReadResult read = read("以下为网友提问:\n[网友]:请问?");
        assertEquals(List.of("以下为网友提问:"), read.project().transcript().header().introduction());
    }

    @Test
    void textWithNoTurnsAtAllIsKeptWhole() throws Exception {
        PortalReadResult read = read("这是一段说明。\n没有发言。");
        assertEquals(List.of("这是一段说明。", "没有发言。"), read.project().transcript().header().introduction());
        assertEquals(2, read.warnings().size());
    }

    @Test
    void rolesAreGuessedFromLabels() throws Exception {
        Transcript t = read("[主持人]:a\n[网友]:b\n[听众来电]:c\n[旁白]:d\n[刘强副市长]:e").project().transcript();
        assertEquals(List.of(Role.HOST, Role.NETIZEN, Role.CALLER, Role.NARRATOR, Role.GUEST),
                t.roster().stream().map(Speaker::role).toList());
    }
}
