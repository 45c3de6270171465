package org.shilu.format;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into text, strictly: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark, or GB18030 (which covers GBK). Bad bytes are refused with their
 * offset, never replaced.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text and the encoding it was found in. */
    public record DecodedText(String text, Charset charset, boolean byteOrderMark) {
    }

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String source) throws BadInputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            refuseNul(bytes, 3, source);
            return new DecodedText(strictly(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            String text = strictly(bytes, 2, utf16, source);
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw BadInputException.atByte(source, 2 + 2L * nul, "a NUL character: this is not a text file").because("input.nul");
            }
            return new DecodedText(text, utf16, true);
        }
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            if (fast.indexOf('\0') >= 0) {
                refuseNul(bytes, 0, source);
            }
            return new DecodedText(fast, StandardCharsets.UTF_8, false);
        }
        refuseNul(bytes, 0, source);
        BadInputException notUtf8;
        try {
            return new DecodedText(strictly(bytes, 0, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, false);
        } catch (BadInputException e) {
            notUtf8 = e;
        }
        try {
            return new DecodedText(strictly(bytes, 0, GB18030, source), GB18030, false);
        } catch (BadInputException e) {
            throw new BadInputException(source, notUtf8.line(), notUtf8.byteOffset(),
                    "neither UTF-8 nor GB18030 text (" + notUtf8.reason() + ")").because("input.notUtf8OrGb18030");
        }
    }

    private static String strictly(byte[] bytes, int from, Charset charset, String source) throws BadInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) ((bytes.length - from) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new BadInputException(source, lineAt(bytes, offset), offset,
                    "bytes that are not valid " + charset.name()).because("input.badBytes", charset.name());
        }
        out.flip();
        return out.toString();
    }

    /**
     * Refuses bytes that are not strict UTF-8 (overlong forms, encoded surrogates, code points past
     * U+10FFFF, cut sequences) with the offset of the first bad byte; reads in pieces, keeping no text.
     */
    public static void checkUtf8(byte[] bytes, String source) throws BadInputException {
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer piece = CharBuffer.allocate(1 << 16);
        CoderResult result;
        do {
            piece.clear();
            result = decoder.decode(in, piece, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            piece.clear();
            result = decoder.flush(piece);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new BadInputException(source, -1, offset, "bytes that are not valid UTF-8 (a project is always UTF-8)")
                    .because("input.badBytes", "UTF-8");
        }
    }

    private static void refuseNul(byte[] bytes, int from, String source) throws BadInputException {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(source, lineAt(bytes, i), i, "a NUL byte: this is not a text file").because("input.nul");
            }
        }
    }

    /** The 1-based line that a byte offset falls on, counting LF, CRLF and lone CR. */
    static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
