package org.shilu.format;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a UTF-8 text file that people write by hand (a word list, a CSV of questions):
 * without a byte order mark or line ends; bytes that are not UTF-8 are refused with their line.
 */
public final class Utf8Lines {
    private Utf8Lines() {
    }

    public static List<String> read(byte[] bytes, String source) throws BadInputException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = from;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            try {
                lines.add(decoder.reset().decode(ByteBuffer.wrap(bytes, start, stop - start)).toString());
            } catch (CharacterCodingException e) {
                throw BadInputException.atLine(source, lines.size() + 1, "bytes that are not valid UTF-8")
                        .because("input.badBytes", "UTF-8");
            }
            start = end + 1;
        }
        return lines;
    }
}
