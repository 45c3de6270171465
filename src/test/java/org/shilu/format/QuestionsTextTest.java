package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Question;

class QuestionsTextTest {
    private static final LocalDateTime AT = LocalDateTime.of(2022, 3, 23, 9, 30);

    private static List<String> said(List<Question> questions) {
        return questions.stream().map(q -> q.name() + "|" + q.text()).toList();
    }

    @Test
    void pastedLinesSplitIntoNameAndQuestionInTheirUsualForms() {
        List<Question> questions = QuestionsText.pasted("""
                江南雨：公积金贷款额度怎么算？
                网友“老张”:公交站在哪里
                [网友“小李”]：几点开始

                请问局长，今年的规划是什么？
                """, AT);
        assertEquals(List.of("江南雨|公积金贷款额度怎么算？", "老张|公交站在哪里", "小李|几点开始", "|请问局长，今年的规划是什么？"),
                said(questions));
        assertEquals(AT, questions.get(0).receivedAt());
        assertEquals(Question.Status.NEW, questions.get(0).status());
    }

    @Test
    void aCsvOfNameQuestionAndTimeSkipsItsHeaderAndReportsBadRowsByLine() throws Exception {
        byte[] csv = ("\uFEFFname,question,time\n"
                + "江南雨,\"公积金，怎么算？\",10:05\n"
                + "老张,\"问题里有\"\"引号\"\"\n和换行\",2022-03-23 10:07:30\n"
                + "小李,\n"
                + "王五,问题,明天\n"
                + ",匿名的问题\n").getBytes(StandardCharsets.UTF_8);
        QuestionsText.Imported imported = QuestionsText.csv(csv, "q.csv", LocalDate.of(2022, 3, 23));
        assertEquals(List.of("江南雨|公积金，怎么算？", "老张|问题里有\"引号\" 和换行", "|匿名的问题"), said(imported.questions()));
        assertEquals(LocalDateTime.of(2022, 3, 23, 10, 5), imported.questions().get(0).receivedAt());
        assertEquals(LocalDateTime.of(2022, 3, 23, 10, 7, 30), imported.questions().get(1).receivedAt());
        assertEquals(2, imported.badRows().size(), imported.badRows().toString());
        assertEquals(true, imported.badRows().get(0).startsWith("q.csv, line 5:"), imported.badRows().toString());
        assertEquals(true, imported.badRows().get(1).startsWith("q.csv, line 6:"), imported.badRows().toString());
    }

    @Test
    void aCsvThatIsNotUtf8IsRefusedAtItsLine() {
        byte[] csv = "江南雨,问题\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        BadInputException refused = assertThrows(BadInputException.class,
                () -> QuestionsText.csv(csv, "gbk.csv", LocalDate.of(2022, 3, 23)));
        assertEquals(1, refused.line());
    }
}
