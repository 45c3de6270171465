package org.shilu.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * offset, never replaced. Bytes are read in pieces, twice: once to check them and count the text,
 * once into text of exactly that size, so reading never holds more than the text itself.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int PIECE = 1 << 16;

    /** Decoded text and the encoding it was found in. */
    public record DecodedText(CharSequence text, Charset charset, boolean byteOrderMark) {
    }

    /** Bytes that can be read from the start more than once: a file, or bytes in memory. */
    public interface ByteSource {
        InputStream open() throws IOException;
    }

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes, String source) throws BadInputException {
        boolean marked = bytes.length >= 2 && ((bytes[0] & 0xFF) >= 0xFE || (bytes[0] & 0xFF) == 0xEF);
        if (!marked) {
            // Bytes already in memory: the JVM's own UTF-8 decoding is several times faster than a
            // decoder's, and is exact whenever it needed no replacement character.
            String fast = new String(bytes, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0 && fast.indexOf('\0') < 0) {
                return new DecodedText(fast, StandardCharsets.UTF_8, false);
            }
        }
        try {
            return decode(() -> new ByteArrayInputStream(bytes), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // bytes in memory are always there
        }
    }

    public static DecodedText decode(ByteSource bytes, String source) throws IOException, BadInputException {
        byte[] start = new byte[3];
        int got;
        try (InputStream in = bytes.open()) {
            got = in.readNBytes(start, 0, 3);
        }
        if (got == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return new DecodedText(read(bytes, 3, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, true);
        }
        if (got >= 2 && ((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF || (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE)) {
            Charset utf16 = (start[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return new DecodedText(read(bytes, 2, utf16, source), utf16, true);
        }
        BadInputException notUtf8;
        try {
            return new DecodedText(read(bytes, 0, StandardCharsets.UTF_8, source), StandardCharsets.UTF_8, false);
        } catch (BadInputException e) {
            if ("input.nul".equals(e.reasonKey())) {
                throw e;
            }
            notUtf8 = e;
        }
        try {
            return new DecodedText(read(bytes, 0, GB18030, source), GB18030, false);
        } catch (BadInputException e) {
            throw new BadInputException(source, notUtf8.line(), notUtf8.byteOffset(),
                    "neither UTF-8 nor GB18030 text (" + notUtf8.reason() + ")").because("input.notUtf8OrGb18030");
        }
    }

    /** Checks and counts, then decodes into text of exactly the counted size. */
    private static CharSequence read(ByteSource bytes, int skip, Charset charset, String source)
            throws IOException, BadInputException {
        long chars = pass(bytes, skip, charset, source, null);
        if (chars > Integer.MAX_VALUE - 16) {
            throw BadInputException.atByte(source, 0, "too much text for one file").because("input.tooLarge", chars, 0);
        }
        StringBuilder text = new StringBuilder((int) chars);
        pass(bytes, skip, charset, source, text);
        return text;
    }

    /**
     * Decodes the bytes after {@code skip} in pieces, refusing bad bytes and NUL with their offset
     * and line; appends the text to {@code into} when it is given. Returns the number of chars.
     */
    private static long pass(ByteSource bytes, int skip, Charset charset, String source, StringBuilder into)
            throws IOException, BadInputException {
        boolean utf16 = charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(PIECE);
        CharBuffer out = CharBuffer.allocate(PIECE);
        long consumed = skip; // bytes before in's position
        long lines = 1;
        boolean lastWasCr = false;
        long chars = 0;
        try (InputStream stream = bytes.open()) {
            stream.skipNBytes(skip);
            boolean end = false;
            while (true) {
                if (!end) {
                    int read = stream.read(in.array(), in.position(), in.remaining());
                    if (read < 0) {
                        end = true;
                    } else {
                        in.position(in.position() + read);
                    }
                }
                in.flip();
                if (!utf16 && into == null) {
                    int nul = indexOfNul(in);
                    if (nul >= 0) {
                        long offset = consumed + nul - in.position();
                        lines += lineEnds(in, in.position(), nul, lastWasCr);
                        throw new BadInputException(source, lines, offset, "a NUL byte: this is not a text file")
                                .because("input.nul");
                    }
                }
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    lines += lineEnds(in, before, in.position(), lastWasCr);
                    throw new BadInputException(source, lines, consumed + in.position() - before,
                            "bytes that are not valid " + charset.name()).because("input.badBytes", charset.name());
                }
                if (into == null) {
                    lines += lineEnds(in, before, in.position(), lastWasCr);
                    lastWasCr = in.position() > before && in.get(in.position() - 1) == '\r';
                }
                consumed += in.position() - before;
                out.flip();
                if (utf16 && into == null) {
                    for (int i = 0; i < out.remaining(); i++) {
                        if (out.get(out.position() + i) == '\0') {
                            long offset = skip + 2 * (chars + i);
                            throw BadInputException.atByte(source, offset, "a NUL character: this is not a text file")
                                    .because("input.nul");
                        }
                    }
                }
                chars += out.remaining();
                if (into != null) {
                    into.append(out);
                }
                out.clear();
                in.compact();
                if (end && !result.isOverflow() && in.position() == 0) {
                    break;
                }
            }
            CoderResult flushed = decoder.flush(out);
            if (flushed.isError()) {
                throw BadInputException.atByte(source, consumed, "bytes that are not valid " + charset.name())
                        .because("input.badBytes", charset.name());
            }
            out.flip();
            chars += out.remaining();
            if (into != null) {
                into.append(out);
            }
        }
        return chars;
    }

    private static int indexOfNul(ByteBuffer in) {
        byte[] array = in.array();
        for (int i = in.position(); i < in.limit(); i++) {
            if (array[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Line ends (LF, CRLF, lone CR) among bytes {@code from..to} of the buffer's array. */
    private static long lineEnds(ByteBuffer buffer, int from, int to, boolean crBefore) {
        byte[] array = buffer.array();
        long count = 0;
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                boolean afterCr = i > from ? array[i - 1] == '\r' : crBefore;
                if (!afterCr) {
                    count++;
                }
            } else if (array[i] == '\r') {
                count++;
            }
        }
        return count;
    }

    /**
     * Refuses bytes that are not strict UTF-8 (overlong forms, encoded surrogates, code points past
     * U+10FFFF, cut sequences) with the offset of the first bad byte; reads in pieces, keeping no text.
     */
    public static void checkUtf8(byte[] bytes, String source) throws BadInputException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer piece = CharBuffer.allocate(PIECE);
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
            throw new BadInputException(source, -1, in.position(), "bytes that are not valid UTF-8 (a project is always UTF-8)")
                    .because("input.badBytes", "UTF-8");
        }
    }
}
