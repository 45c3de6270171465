package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.shilu.format.SampleFixture;
import org.shilu.model.PunctuationWidth.Direction;

/** The punctuation width normaliser, case by case (GB/T 15834), and on the golden sample. */
class PunctuationWidthTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        // ASCII marks beside Chinese become full-width
        "你好,世界|你好，世界",
        "你好.|你好。",
        "问题:一是|问题：一是",
        "第一;第二|第一；第二",
        "太好了!|太好了！",
        "为什么?|为什么？",
        "(注)|（注）",
        "我们(Apple)公司|我们（Apple）公司",
        "谢谢主持人,谢谢大家.|谢谢主持人，谢谢大家。",
        "他说:好!|他说：好！",
        "是吗?是的.|是吗？是的。",
        "一,二,三|一，二，三",
        "请看,world|请看，world",
        "Apple,苹果|Apple，苹果",
        "。(补充)|。（补充）",
        "好的,|好的，",
        ",开头|，开头",
        "你好,  世界|你好，  世界",
        "对;|对；",
        "啊!!|啊！！",
        "什么?!|什么？！",
        "收到.谢谢|收到。谢谢",
        "(一)总体情况|（一）总体情况",
        "截至目前(3月23日)|截至目前（3月23日）",
        "下面请陆局长(副局长)介绍.|下面请陆局长（副局长）介绍。",
        // numbers, times, an ellipsis are left alone
        "增长3.5个百分点|增长3.5个百分点",
        "上午9:03开始|上午9:03开始",
        "共1,000人|共1,000人",
        "时间是9:03:54|时间是9:03:54",
        "然后...|然后...",
        "等等...就这样|等等...就这样",
        "第3.5条|第3.5条",
        "比分2:1|比分2:1",
        // URLs and e-mail addresses are left alone
        "请登录http://www.lyg.gov.cn/zgxw/index.html查看|请登录http://www.lyg.gov.cn/zgxw/index.html查看",
        "网址www.lyg.gov.cn,欢迎|网址www.lyg.gov.cn，欢迎",
        "邮箱zrzy@lyg.gov.cn,请来信|邮箱zrzy@lyg.gov.cn，请来信",
        "见https://example.org/a?b=1,c=2|见https://example.org/a?b=1,c=2",
        "发到mail.box@example.com.cn即可|发到mail.box@example.com.cn即可",
        // Latin runs are left alone
        "Hello, world.|Hello, world.",
        "He said: yes!|He said: yes!",
        "(Apple Inc.)|(Apple Inc.)",
        "GDP(gross domestic product)|GDP(gross domestic product)",
        "Is it? Yes.|Is it? Yes.",
        "a,b;c:d|a,b;c:d",
        // already full-width: nothing to do
        "你好，世界。|你好，世界。",
        "（注）：见附件！|（注）：见附件！",
        "3.5亿元，同比增长|3.5亿元，同比增长",
        "no marks at all|no marks at all",
        "没有标点|没有标点",
        "''|''",
    })
    void toFullWidth(String text, String expected) {
        assertEquals(expected, PunctuationWidth.normalise(text, Direction.FULL, false).text());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "你好，世界。|你好,世界.",
        "问题：一是；二是|问题:一是;二是",
        "太好了！为什么？|太好了!为什么?",
        "（注）|(注)",
        "你好,世界|你好,世界",
        "Hello, world.|Hello, world.",
        "上午9:03开始|上午9:03开始",
        "网址www.lyg.gov.cn，欢迎|网址www.lyg.gov.cn,欢迎",
        "3.5亿元，同比增长|3.5亿元,同比增长",
        "没有标点|没有标点",
    })
    void toHalfWidth(String text, String expected) {
        assertEquals(expected, PunctuationWidth.normalise(text, Direction.HALF, false).text());
    }

    @Test
    void quotesBecomeCurlyOnlyWhenAskedAndOnlyInChineseText() {
        assertEquals("他说“好”。", PunctuationWidth.normalise("他说\"好\".", Direction.FULL, true).text());
        assertEquals("他说\"好\"。", PunctuationWidth.normalise("他说\"好\".", Direction.FULL, false).text());
        assertEquals("He said \"yes\".", PunctuationWidth.normalise("He said \"yes\".", Direction.FULL, true).text());
        assertEquals("他说\"好\".", PunctuationWidth.normalise("他说“好”。", Direction.HALF, true).text());
        assertEquals("他说“好”.", PunctuationWidth.normalise("他说“好”。", Direction.HALF, false).text());
    }

    @Test
    void theChangesAreCountedMarkByMark() {
        assertEquals(3, PunctuationWidth.normalise("一,二,三.", Direction.FULL, false).changes());
        assertEquals(0, PunctuationWidth.normalise("上午9:03", Direction.FULL, false).changes());
    }

    @Test
    void theGoldenSampleIsLeftAsItIsUntilTheNormaliserIsAppliedAndThenEveryTurnReadsFullWidth() throws Exception {
        org.shilu.format.Project sample = SampleFixture.project();
        Transcript transcript = sample.transcript();
        List<PunctuationWidth.Change> changes = PunctuationWidth.changes(transcript, Direction.FULL, false);
        // The sample's own page uses ASCII commas and colons between Chinese: the command would change them.
        assertTrue(changes.stream().mapToInt(PunctuationWidth.Change::marks).sum() > 50, "changes counted: " + changes.size());
        assertEquals(transcript, SampleFixture.project().transcript(), "nothing changed by looking");
        Document document = new Document(transcript);
        document.apply(PunctuationWidth.edit(transcript, changes));
        Transcript after = document.transcript();
        for (Turn turn : after.turns()) {
            for (String paragraph : turn.paragraphs()) {
                assertEquals(paragraph, PunctuationWidth.normalise(paragraph, Direction.FULL, false).text(),
                        "applied once, there is nothing left to change");
            }
        }
        assertEquals(transcript.turns().size(), after.turns().size());
        assertEquals(List.of(), PunctuationWidth.changes(after, Direction.FULL, false));
        UndoStack undo = new UndoStack(document);
        document.apply(PunctuationWidth.edit(after, PunctuationWidth.changes(after, Direction.HALF, false)));
        assertEquals("step.punctuation", undo.undoName().orElseThrow());
        undo.undo();
        assertEquals(after, document.transcript(), "one step, undone whole");
    }
}
