package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TurnEdits;

class CorrectionNoticeTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0);
    private LocalDateTime now = NINE;

    private Document publishedProgramme() {
        Document document = new Document(new Transcript(Header.EMPTY.withProgramme("行风热线"),
                List.of(Speaker.of("h", "主持人", Role.HOST), Speaker.of("g", "嘉宾", Role.GUEST)),
                List.of(Turn.of("h", "问一"), Turn.of("g", "答一", "答一续"), Turn.of("h", "问二"), Turn.of("g", "答<二>"))));
        document.logCorrectionsAs("校对甲", () -> now);
        document.apply(new Edit.SetReview(document.transcript().review().markPublished(document.transcript(), NINE)));
        return document;
    }

    private static void replaceText(Document document, int index, String... paragraphs) {
        document.apply(new Edit.ReplaceTurn(index, document.transcript().turns().get(index).withParagraphs(List.of(paragraphs))));
    }

    @Test
    void eachChangedTurnIsOneEntryFromWhatReadersSawToWhatItSaysNowWithItsReasons() {
        Document document = publishedProgramme();
        now = NINE.plusMinutes(20);
        replaceText(document, 1, "答一改", "答一续");
        var first = document.transcript().review().corrections().get(0);
        document.apply(new Edit.SetReview(document.transcript().review().withReason(first, "错字")));
        now = NINE.plusMinutes(25);
        replaceText(document, 1, "答一再改", "答一续");
        replaceText(document, 2, "问二改");
        replaceText(document, 2, "问二");
        document.apply(TurnEdits.move(document.transcript(), 0, 1));
        document.apply(TurnEdits.delete(document.transcript(), List.of(3)));
        assertEquals("""
                更正说明
                《行风热线》文字实录第 1 版（2022-03-23 09:00 发布）更正如下：

                1. 第 2 段，嘉宾（2022-03-23 09:25 更正，校对甲）
                原文：答一 / 答一续
                更正为：答一再改 / 答一续
                原因：错字

                2. 第 4 段，嘉宾（2022-03-23 09:25 更正，校对甲）
                原文：答<二>
                已删除
                """, CorrectionNotice.text(document.transcript().header(), document.transcript().review()),
                "turn 3, changed back, is not corrected; the move is no correction");
        String html = CorrectionNotice.html(document.transcript().header(), document.transcript().review());
        assertTrue(html.contains("<p>原文：<del>答&lt;二&gt;</del></p>"), html);
        assertTrue(html.contains("<ins>答一再改 / 答一续</ins>"), html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void aNewVersionStartsANoticeOfItsOwnAndAnUnpublishedProgrammeHasNone() {
        Document document = publishedProgramme();
        replaceText(document, 0, "问一改");
        document.apply(new Edit.SetReview(document.transcript().review().markPublished(document.transcript(), NINE.plusHours(1))));
        String text = CorrectionNotice.text(document.transcript().header(), document.transcript().review());
        assertTrue(text.contains("第 2 版（2022-03-23 10:00 发布）"), text);
        assertTrue(text.endsWith("本版发布后没有更正。\n"), text);
        assertEquals("", CorrectionNotice.text(Header.EMPTY, org.shilu.model.Review.NONE));
        assertEquals("", CorrectionNotice.html(Header.EMPTY, org.shilu.model.Review.NONE));
    }
}
