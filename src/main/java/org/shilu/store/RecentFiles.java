package org.shilu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The files opened or saved last, newest first, kept in the config folder as a JSON list. A list
 * that cannot be read is started afresh: it is a convenience, never worth a failure.
 */
public final class RecentFiles {
    public static final int LIMIT = 10;
    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper();

    public RecentFiles(Path configFolder) {
        this.file = configFolder.resolve("recent-files.json");
    }

    public List<Path> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            String[] paths = mapper.readValue(Files.readString(file, StandardCharsets.UTF_8), String[].class);
            List<Path> recent = new ArrayList<>();
            for (String path : paths) {
                if (path != null && recent.size() < LIMIT) {
                    recent.add(Path.of(path));
                }
            }
            return recent;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Puts {@code path} first; returns the new list. */
    public List<Path> add(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(list());
        recent.remove(absolute);
        recent.add(0, absolute);
        List<Path> kept = recent.subList(0, Math.min(LIMIT, recent.size()));
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, mapper.writeValueAsBytes(kept.stream().map(Path::toString).toList()));
        return List.copyOf(kept);
    }
}
