package org.shilu.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.shilu.model.Glossary;

/**
 * A glossary as a file: UTF-8 CSV with the columns term, abbreviation, note (a first row naming
 * them is skipped; fields in double quotes may hold commas), or plain lines, one term each. Rows
 * that are wrong are reported by line, several at once, and nothing is taken from such a file.
 */
public final class GlossaryFile {
    private static final int MAX_REPORTED = 10;

    private GlossaryFile() {
    }

    /** The glossary in {@code bytes}: CSV when {@code csv}, else plain lines. */
    public static Glossary read(byte[] bytes, String source, boolean csv) throws BadInputException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Glossary.Term> terms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int firstBad = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || csv && i == 0 && isHeading(line)) {
                continue;
            }
            try {
                List<String> fields = csv ? fields(line) : List.of(line);
                if (fields.size() > 3) {
                    throw new IllegalArgumentException("more than three fields (term, abbreviation, note)");
                }
                Glossary.Term term = new Glossary.Term(fields.get(0), fields.size() > 1 ? fields.get(1) : "",
                        fields.size() > 2 ? fields.get(2) : "");
                List<Glossary.Term> with = new ArrayList<>(terms);
                with.add(term);
                new Glossary(with); // two terms under one abbreviation are refused here, at this line
                terms.add(term);
            } catch (IllegalArgumentException e) {
                firstBad = firstBad < 0 ? i + 1 : firstBad;
                if (problems.size() < MAX_REPORTED) {
                    problems.add("line " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BadInputException.atLine(source, firstBad, "not a glossary the way it is: " + String.join("; ", problems));
        }
        return new Glossary(terms);
    }

    /** The glossary as CSV, with a first row naming the columns and a byte-order mark (spreadsheets read it as UTF-8). */
    public static byte[] writeCsv(Glossary glossary) {
        StringBuilder out = new StringBuilder("\uFEFFterm,abbreviation,note\r\n");
        for (Glossary.Term t : glossary.terms()) {
            out.append(quoted(t.term())).append(',').append(quoted(t.abbreviation())).append(',')
                    .append(quoted(t.note())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The terms alone, one a line. */
    public static byte[] writeLines(Glossary glossary) {
        StringBuilder out = new StringBuilder();
        for (Glossary.Term t : glossary.terms()) {
            out.append(t.term()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isHeading(String line) {
        String plain = line.replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return plain.startsWith("term,") || plain.equals("term") || plain.startsWith("术语,") || plain.startsWith("词条,");
    }

    /** One CSV row's fields; a quote left open is refused (a term is one line). */
    static List<String> fields(String line) {
        List<String> fields = CsvCells.of(line);
        if (fields == null) {
            throw new IllegalArgumentException("a quoted field is not closed on its line");
        }
        return fields;
    }

    private static String quoted(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
