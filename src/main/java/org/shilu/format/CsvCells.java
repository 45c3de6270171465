package org.shilu.format;

import java.util.ArrayList;
import java.util.List;

/** The cells of one CSV record, quoted as RFC 4180 says ("" inside quotes is a quote), for the files people make in a spreadsheet. */
final class CsvCells {
    private CsvCells() {
    }

    /** The cells of {@code record}, or null when a quoted cell is still open at its end (it goes on to the next line). */
    static List<String> of(CharSequence record) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
