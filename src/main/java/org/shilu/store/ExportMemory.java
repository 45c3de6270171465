package org.shilu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.shilu.format.TranscriptFormat;

/**
 * What the last export chose, kept in the config folder: the folder written to and the format.
 * A file that cannot be read is forgotten; it only saves the user a click.
 */
public final class ExportMemory {
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    /** The last export's folder (null before the first) and format. */
    public record Last(Path folder, TranscriptFormat format) {
    }

    record LastJson(String folder, String format) {
    }

    public ExportMemory(Path configFolder) {
        this.file = configFolder.resolve("export.json");
    }

    public Last last() {
        try {
            LastJson json = mapper.readValue(Files.readAllBytes(file), LastJson.class);
            return new Last(json.folder() == null ? null : Path.of(json.folder()),
                    TranscriptFormat.byName(String.valueOf(json.format())).orElse(TranscriptFormat.HTML_PAGE));
        } catch (IOException | RuntimeException e) {
            return new Last(null, TranscriptFormat.HTML_PAGE);
        }
    }

    public void remember(Path written, TranscriptFormat format) throws IOException {
        Files.createDirectories(file.getParent());
        Path folder = written.toAbsolutePath().getParent();
        AtomicFile.write(file, mapper.writeValueAsBytes(new LastJson(folder.toString(), format.cliName())));
    }
}
