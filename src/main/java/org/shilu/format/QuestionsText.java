package org.shilu.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.shilu.model.Question;

/**
 * Netizens' questions as staff bring them: pasted lines ({@code 江南雨：question}, {@code 网友“江南雨”:question},
 * or the question alone) and UTF-8 CSV files of name, question and time.
 */
public final class QuestionsText {
    /** 网友“name”: or [网友“name”]: at the start of a line, with either colon. */
    private static final Pattern NETIZEN = Pattern.compile("^\\[?网友[“\"「]([^”\"」]{0,40})[”\"」]\\]?\\s*[:：]\\s*(.+)$");
    /** name: at the start, a name being short and without spaces or sentence punctuation. */
    private static final Pattern NAMED = Pattern.compile("^([^\\s:：，,。？?！!“”\"]{1,20})\\s*[:：]\\s*(.+)$");
    private static final List<String> HEADER_NAMES = List.of("name", "网友", "昵称", "姓名", "网名");

    private QuestionsText() {
    }

    /** The rows of a CSV file that could be read, and what was wrong with each of the others. */
    public record Imported(List<Question> questions, List<String> badRows) {
        public Imported {
            questions = List.copyOf(questions);
            badRows = List.copyOf(badRows);
        }
    }

    /** The questions in pasted text, one per non-blank line, received {@code at}. */
    public static List<Question> pasted(String text, LocalDateTime at) {
        List<Question> questions = new ArrayList<>();
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher netizen = NETIZEN.matcher(line);
            Matcher named = NAMED.matcher(line);
            if (netizen.matches()) {
                questions.add(Question.received(netizen.group(1), netizen.group(2), at));
            } else if (named.matches()) {
                questions.add(Question.received(named.group(1), named.group(2), at));
            } else {
                questions.add(Question.received("", line, at));
            }
        }
        return questions;
    }

    /**
     * The rows of a UTF-8 CSV file: name, question, and optionally when it came ({@code 2022-03-23 10:05},
     * or {@code 10:05} on {@code day}); a first row of column names is skipped. Bad rows are reported
     * by line; bytes that are not UTF-8 refuse the file.
     */
    public static Imported csv(byte[] bytes, String source, LocalDate day) throws BadInputException {
        List<String> lines = Utf8Lines.read(bytes, source);
        List<Question> questions = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            StringBuilder record = new StringBuilder(lines.get(i));
            List<String> cells = CsvCells.of(record);
            while (cells == null && i + 1 < lines.size()) {
                record.append('\n').append(lines.get(++i));
                cells = CsvCells.of(record);
            }
            if (cells == null) {
                bad.add(source + ", line " + lineNumber + ": a quoted cell is never closed");
                break;
            }
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (lineNumber == 1 && HEADER_NAMES.contains(cells.get(0).strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            try {
                questions.add(row(cells, day));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                bad.add(source + ", line " + lineNumber + ": " + e.getMessage());
            }
        }
        return new Imported(questions, bad);
    }

    private static Question row(List<String> cells, LocalDate day) {
        if (cells.size() < 2 || cells.size() > 3) {
            throw new IllegalArgumentException("has " + cells.size() + " columns, not name, question and time");
        }
        String question = cells.get(1).replace('\n', ' ').strip();
        if (question.isEmpty()) {
            throw new IllegalArgumentException("has no question");
        }
        String time = cells.size() == 3 ? cells.get(2).strip() : "";
        LocalDateTime at = null;
        if (!time.isEmpty()) {
            String normal = time.replace('/', '-').replace('T', ' ');
            at = normal.length() <= 8 ? LocalDateTime.of(day, LocalTime.parse(normal.length() == 4 ? "0" + normal : normal))
                    : LocalDateTime.parse(normal.length() == 16 ? normal.replace(' ', 'T') + ":00" : normal.replace(' ', 'T'));
        }
        return Question.received(cells.get(0), question, at);
    }
}
