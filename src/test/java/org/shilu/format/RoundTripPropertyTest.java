package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@code write(read(x)) == x}, byte for byte, for thousands of pages generated from every form in
 * the portal format and the awkward layouts seen in real pages: mixed label styles, notes, colon
 * lines, introductions, all time forms, odd line ends, blank lines, encodings and byte-order marks.
 */
class RoundTripPropertyTest {
    private static final int PAGES = 6_000;
    private static final String NBSP = "\u00A0";
    private static final String[] LABELS = {"主持人", "陆华副局长", "嘉宾", "听众来电", "主持人(王某)", "李红主任", "记者",
            "网友", "张明局长", "市民"};
    private static final String[] NETIZENS = {"网友“江南雨”", "网友 老王", "网民小李", "网友\"阿明\""};
    private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r", "\r\r\n"};
    private static final String[] TEXTS = {"各位听众朋友们上午好,这里是《行风热线》栏目。", "主持人好!", "好的。具体如下:",
            "一是加强领导。", "热线电话：85806789", "市民朋友们：请拨打热线。", "[注]本期节目为电话连线。", "<script>alert(1)</script> & \"引号\"",
            "时间是:上午九点。", "Stop. 谢谢! ", "  前有空格", "后有不换行空格" + NBSP, "【注】括号", "[09:25]之后还有字",
            "嘉宾：陆华", "以下是访谈文字实录:", "问：社保怎么转？", "正序" + NBSP.repeat(4) + " 倒序", "2022年3月23日"};
    private static final String[] TIMES = {"2022-3-23 9:03:54", "2022-03-23 09:03:54", "03-23 09:36", "09:25", "2022/3/23 9:40",
            "2022.3.23 10:00:01", "2022-2-30 9:00:00", "25:61", "3-23 9:36"};

    private final Random random = new Random(20220323);
    private final PortalTextReader reader = new PortalTextReader();
    private final PortalTextWriter writer = new PortalTextWriter();

    @Test
    void everyAcceptedPageIsWrittenBackByteForByte() {
        int accepted = 0;
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            String text = page();
            Charset charset = pick(StandardCharsets.UTF_8, StandardCharsets.UTF_8, TextDecoder.GB18030, StandardCharsets.UTF_16BE);
            boolean mark = charset.name().startsWith("UTF-16") || random.nextInt(8) == 0 && charset == StandardCharsets.UTF_8;
            byte[] bytes = ((mark ? "\uFEFF" : "") + text).getBytes(charset);
            PortalReadResult read;
            try {
                read = reader.read(bytes, "page " + i);
            } catch (BadInputException e) {
                continue;
            }
            accepted++;
            byte[] back = writer.writeBytes(read.project());
            if (!Arrays.equals(bytes, back) && changed.size() < 5) {
                changed.add("page " + i + " (" + charset + "):\n" + text + "\n---- came back as ----\n"
                        + new String(back, charset));
            }
        }
        System.out.printf("round trip: %d pages generated, %d accepted, %d written back changed%n", PAGES, accepted,
                changed.size());
        assertEquals(PAGES, accepted, "the generated pages are all valid text");
        assertEquals(List.of(), changed);
    }

    private String page() {
        StringBuilder out = new StringBuilder();
        String nl = pick(LINE_ENDS);
        boolean mixedEnds = random.nextInt(5) == 0;
        if (random.nextBoolean()) {
            head(out, nl, mixedEnds);
        }
        int turns = random.nextInt(12);
        for (int t = 0; t < turns; t++) {
            turn(out, nl, mixedEnds);
            for (int b = random.nextInt(4) == 0 ? random.nextInt(3) : 0; b > 0; b--) {
                out.append(random.nextBoolean() ? "" : pick(" ", NBSP, "\t")).append(end(nl, mixedEnds));
            }
        }
        String text = out.toString();
        if (random.nextInt(3) == 0 && text.length() > 0) {
            text = text.replaceAll("(\r\n|\r|\n)$", ""); // no line end after the last line
        }
        if (random.nextInt(10) == 0 && text.length() > 2) {
            int cut = random.nextInt(text.length());
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut); // a page cut short anywhere
        }
        return text;
    }

    private void head(StringBuilder out, String nl, boolean mixedEnds) {
        if (random.nextInt(3) > 0) {
            String[] chrome = {"连云港市自然资源和规划局 在线访谈 " + NBSP, "市自然资源和规划局行风热线2022年3月", "文字实录", NBSP.repeat(8),
                    "正序" + NBSP.repeat(4) + " 倒序"};
            for (String line : chrome) {
                out.append(random.nextInt(6) == 0 ? line.strip() : line).append(end(nl, mixedEnds));
                if (random.nextInt(6) == 0) {
                    out.append(end(nl, mixedEnds));
                }
            }
        }
        for (int k = random.nextInt(3); k > 0; k--) {
            out.append(random.nextBoolean() ? pick(TEXTS) : pick("嘉宾：", "主持人：", "时间：", "地点：") + "陆华 副局长")
                    .append(end(nl, mixedEnds));
        }
    }

    private void turn(StringBuilder out, String nl, boolean mixedEnds) {
        String label = random.nextInt(8) == 0 ? pick(NETIZENS) : pick(LABELS);
        int form = random.nextInt(9);
        String mark = switch (form) {
            case 0, 1, 2 -> "[" + label + "]" + pick(":", ":", "：");
            case 3 -> "[" + label + "]";
            case 4 -> "【" + label + "】" + pick("", "", "：", ":");
            case 5, 6 -> label + pick("：", ":");
            case 7 -> "[" + label + "]:" + end(nl, mixedEnds); // the label on a line of its own
            default -> label + end(nl, mixedEnds);
        };
        out.append(mark);
        int paragraphs = 1 + random.nextInt(random.nextInt(6) == 0 ? 7 : 2);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                out.append(end(nl, mixedEnds));
            }
            out.append(pick(TEXTS));
            if (random.nextInt(4) == 0) {
                out.append(pick(TEXTS));
            }
        }
        switch (random.nextInt(5)) {
            case 0, 1 -> out.append(pick(" ", " ", "", "  ", NBSP)).append('[').append(pick(TIMES)).append(']');
            case 2 -> out.append(end(nl, mixedEnds)).append('[').append(pick(TIMES)).append(']');
            default -> { }
        }
        out.append(end(nl, mixedEnds));
    }

    private String end(String nl, boolean mixed) {
        return mixed ? pick(LINE_ENDS) : nl;
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
