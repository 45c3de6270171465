package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The layouts that were rewritten before the reader kept each turn's source form: each comes back
 * byte for byte, reads as the turns a person sees in it, and an edit rewrites only what it touched.
 */
class LosslessRoundTripTest {
    private static final String NBSP = "\u00A0";
    private final PortalTextReader reader = new PortalTextReader();
    private final PortalTextWriter writer = new PortalTextWriter();

    private PortalReadResult read(String text) throws BadInputException {
        return reader.read(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    }

    private String roundTrip(String text) throws BadInputException {
        byte[] bytes = writer.writeBytes(read(text).project());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes, () -> new String(bytes, StandardCharsets.UTF_8));
        return text;
    }

    private static List<String> labels(Transcript t) {
        return t.turns().stream().map(turn -> t.speakerOf(turn).label()).toList();
    }

    @Test
    void anIntroductionWithBareLabelsBeforeTheFirstTurnStaysTheIntroduction() throws Exception {
        String text = "嘉宾：市自然资源和规划局副局长 陆华\n主持人：王芳\n[主持人]:各位听众上午好。\n[陆华副局长]:主持人好! [2022-3-23 9:03:54]";
        Transcript t = read(roundTrip(text)).project().transcript();
        assertEquals(List.of("主持人", "陆华副局长"), labels(t));
        assertEquals(List.of("嘉宾：市自然资源和规划局副局长 陆华", "主持人：王芳"), t.header().introduction());
    }

    @Test
    void aColonLineInsideATurnStaysItsText() throws Exception {
        String text = "[主持人]:请您介绍一下热线。\n[陆华副局长]:好的。\n市民朋友们：请拨打热线。\n热线电话：85806789 [2022-3-23 9:10:35]\n[主持人]:谢谢。";
        PortalReadResult read = read(roundTrip(text));
        Transcript t = read.project().transcript();
        assertEquals(List.of("主持人", "陆华副局长", "主持人"), labels(t));
        Turn answer = t.turns().get(1);
        assertEquals(List.of("好的。", "市民朋友们：请拨打热线。", "热线电话：85806789"), answer.paragraphs());
        assertEquals(9, answer.publishedAt().getHour(), "the guest keeps the time");
        assertTrue(read.warnings().stream().anyMatch(w -> w.line() == 3 && w.message().contains("市民朋友们")),
                read.warnings().toString());
    }

    @Test
    void aBracketNoteStaysTextAndIsReported() throws Exception {
        String text = "[主持人]:欢迎收听。\n[注]本期节目为电话连线。\n[嘉宾]:大家好。";
        PortalReadResult read = read(roundTrip(text));
        Transcript t = read.project().transcript();
        assertEquals(List.of("主持人", "嘉宾"), labels(t));
        assertEquals(List.of("欢迎收听。", "[注]本期节目为电话连线。"), t.turns().get(0).paragraphs());
        assertEquals(2, read.warnings().get(0).line());
    }

    @Test
    void mixedLabelStylesAndAShortTimeComeBackAsWritten() throws Exception {
        String text = "[陆华]:第一句。 [03-23 09:36]\n[陆华]：第二句。\n陆华：第三句。\n【陆华】第四句。 [2022-3-23 9:40:01]";
        Transcript t = read(roundTrip(text)).project().transcript();
        assertEquals(4, t.turns().size());
        assertEquals(1, t.roster().size());
    }

    @Test
    void blankLinesInThePageHeadAndOddLineEndsComeBack() throws Exception {
        String head = "连云港市自然资源和规划局 在线访谈 " + NBSP + "\n\n市自然资源和规划局行风热线2022年3月\n\n文字实录\n"
                + NBSP.repeat(8) + "\n\n正序" + NBSP.repeat(4) + " 倒序\n";
        String text = head + "[主持人]:你好。\r\r\n[嘉宾]:你好。\r\n";
        Transcript t = read(roundTrip(text)).project().transcript();
        assertEquals("连云港市自然资源和规划局 在线访谈", t.header().heading());
        assertEquals("文字实录", t.header().sectionLabel());
        assertEquals(List.of(), t.header().introduction());
    }

    @Test
    void netizenQuestionsAreTurnsOfTheirOwnSpeakers() throws Exception {
        String text = "[主持人]:下面看网友提问。\n网友“江南雨”:请问供暖何时开始?\n网友 老王：社保怎么转?\n[主持人]:请局长回答。";
        Transcript t = read(roundTrip(text)).project().transcript();
        assertEquals(List.of("主持人", "网友“江南雨”", "网友 老王", "主持人"), labels(t));
        Speaker rain = t.roster().get(1);
        assertEquals(Role.NETIZEN, rain.role());
        assertEquals("江南雨", rain.name());
        assertEquals("老王", t.roster().get(2).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-16LE", "UTF-8"})
    void theEncodingAndByteOrderMarkComeBack(String encoding) throws Exception {
        Charset charset = Charset.forName(encoding);
        boolean mark = !encoding.equals("GB18030");
        String text = (mark ? "\uFEFF" : "") + "[主持人]:各位好。\n[陆华副局长]:谢谢! [2022-3-23 9:03:54]";
        byte[] bytes = text.getBytes(charset);
        PortalReadResult read = reader.read(bytes, "page.txt");
        assertEquals(charset, read.project().source().charset());
        assertArrayEquals(bytes, writer.writeBytes(read.project()));
    }

    @Test
    void anEditRewritesOnlyTheTurnItTouched() throws Exception {
        String text = "[主持人]：第一问。\n\n陆华：第一答。 [03-23 09:36]\n\n[主持人]：第二问。\n\n陆华：第二答。 [03-23 09:40]";
        Project read = read(text).project();
        Transcript t = read.transcript();
        List<Turn> turns = new ArrayList<>(t.turns());
        turns.set(2, turns.get(2).withParagraphs(List.of("第二问,改过。")));
        turns.add(new Turn(turns.get(1).speakerId(), List.of("补充一句。"), null, read.transcript().turns().get(3).publishedAt()));
        String written = writer.write(t.withTurns(turns), read.profile(), read.source());
        String edited = read.profile().labelStyle().mark("主持人") + read.profile().separator() + "第二问,改过。";
        assertEquals("[主持人]：第一问。\n\n陆华：第一答。 [03-23 09:36]\n\n" + edited
                + "\n\n陆华：第二答。 [03-23 09:40]\n\n" + "[陆华]：补充一句。 [03-23 09:40]", written);
    }

    @Test
    void aRenamedSpeakerHasItsTurnsLaidOutAnew() throws Exception {
        String text = "[主持人]:问。\n[嘉宾]:答。";
        Project read = read(text).project();
        Transcript t = read.transcript();
        Speaker guest = t.roster().get(1);
        Transcript renamed = t.withRoster(List.of(t.roster().get(0),
                new Speaker(guest.id(), "李明主任", guest.role(), "李明", "主任")));
        assertEquals("[主持人]:问。\n[李明主任]:答。", writer.write(renamed, read.profile(), read.source()));
    }

    @Test
    void normalisingLaysOutEveryTurnByTheProfile() throws Exception {
        String text = "[主持人]：问。\n[嘉宾]：答一。\n嘉宾：答二。";
        Project read = read(text).project();
        assertEquals("[主持人]：问。\n[嘉宾]：答一。\n[嘉宾]：答二。", new String(writer.writeBytes(read.normalised()), StandardCharsets.UTF_8));
    }
}
