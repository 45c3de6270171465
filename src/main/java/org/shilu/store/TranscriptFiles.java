package org.shilu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalReadResult;
import org.shilu.format.PortalTextReader;
import org.shilu.format.TextDecoder;
import org.shilu.format.TranscriptFormat;

/** Reads transcripts from disk in any format Shilu knows, refusing files too large to be transcripts. */
public final class TranscriptFiles {
    /** Far above a three-hour programme (about 1 MB), low enough to keep memory bounded. */
    public static final long MAX_BYTES = TranscriptFormat.MAX_BYTES;
    /** Pages larger than this are decoded as a stream. */
    private static final long STREAMED_FROM = 16L * 1024 * 1024;

    private TranscriptFiles() {
    }

    /** A file as read: the project, what the reader warned of, the format it was in, and its SHA-256. */
    public record Loaded(PortalReadResult result, TranscriptFormat format, String sha256) {
    }

    /** The name of the built-in sample, the Lianyungang programme of 2022-03-23. */
    public static final String SAMPLE = "lianyungang-2022-03-23.portal.txt";

    /** Reads the built-in sample transcript. */
    public static Loaded readSample() throws IOException, BadInputException {
        try (InputStream in = TranscriptFiles.class.getResourceAsStream("/org/shilu/samples/" + SAMPLE)) {
            if (in == null) {
                throw new IOException("the built-in sample " + SAMPLE + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            return new Loaded(TranscriptFormat.PORTAL_TEXT.read(bytes, SAMPLE), TranscriptFormat.PORTAL_TEXT,
                    Checksums.sha256(bytes));
        }
    }

    /**
     * Reads a file, detecting its format when {@code format} is null. A large portal text is
     * streamed from the file (read twice, never held as bytes); anything else is read once, whole. A file past
     * {@link #MAX_BYTES} is refused by the bytes read, so a pipe or a device cannot fill memory.
     */
    public static Loaded read(Path path, TranscriptFormat format) throws IOException, BadInputException {
        String source = path.toString();
        boolean regular = Files.isRegularFile(path);
        if (regular) {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooLarge(source, size);
            }
        } else if (Files.isDirectory(path)) {
            throw new IOException("is a folder, not a file");
        }
        // A file of ordinary size is read once, into memory; a large one is streamed (portal text is
        // then decoded twice from the file, never holding its bytes and its text at once).
        boolean streamed = regular && Files.size(path) > STREAMED_FROM;
        byte[] bytes = streamed ? null : regular ? Files.readAllBytes(path) : readAtMost(path, source);
        TranscriptFormat actual = format;
        if (actual == null) {
            if (bytes != null) {
                actual = TranscriptFormat.detect(bytes);
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    actual = TranscriptFormat.detect(in.readNBytes(4096));
                }
            }
        }
        String sha256;
        if (bytes != null) {
            sha256 = Checksums.sha256(bytes);
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                sha256 = Checksums.sha256(in);
            }
        }
        if (actual == TranscriptFormat.PORTAL_TEXT) {
            TextDecoder.DecodedText text = bytes != null ? TextDecoder.decode(bytes, source)
                    : TextDecoder.decode(() -> Files.newInputStream(path), source);
            return new Loaded(new PortalTextReader().read(text, source), actual, sha256);
        }
        return new Loaded(actual.read(bytes != null ? bytes : Files.readAllBytes(path), source), actual, sha256);
    }

    private static byte[] readAtMost(Path path, String source) throws IOException, BadInputException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(source, -1);
            }
            return bytes;
        }
    }

    private static BadInputException tooLarge(String source, long size) {
        long limit = MAX_BYTES / (1024 * 1024);
        String what = size >= 0 ? "the file is " + size / (1024 * 1024) + " MB" : "the input goes on past " + limit + " MB";
        return new BadInputException(source, -1, MAX_BYTES, what + "; Shilu reads transcripts of up to " + limit + " MB")
                .because("input.tooLarge", size >= 0 ? size / (1024 * 1024) : limit, limit);
    }
}
