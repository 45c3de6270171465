package org.shilu.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalReadResult;
import org.shilu.format.TranscriptFormat;

/** Reads transcripts from disk in any format Shilu knows, refusing files too large to be transcripts. */
public final class TranscriptFiles {
    /** Far above a three-hour programme (about 1 MB), low enough to keep memory bounded. */
    public static final long MAX_BYTES = TranscriptFormat.MAX_BYTES;

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

    /** Reads a file, detecting its format when {@code format} is null. */
    public static Loaded read(Path path, TranscriptFormat format) throws IOException, BadInputException {
        String source = path.toString();
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new BadInputException(source, -1, MAX_BYTES, "the file is " + size / (1024 * 1024)
                    + " MB; Shilu reads transcripts of up to " + MAX_BYTES / (1024 * 1024) + " MB")
                    .because("input.tooLarge", size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        byte[] bytes = Files.readAllBytes(path);
        TranscriptFormat actual = format != null ? format : TranscriptFormat.detect(bytes);
        return new Loaded(actual.read(bytes, source), actual, Checksums.sha256(bytes));
    }
}
