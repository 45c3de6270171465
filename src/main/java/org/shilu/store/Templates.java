package org.shilu.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Header;
import org.shilu.model.Transcript;

/**
 * Reusable programme templates: the roster and header of a weekly programme, kept as project files
 * without turns in the templates folder.
 */
public final class Templates {
    private static final String SUFFIX = ".shilu";
    private final Path folder;

    public Templates(Path folder) {
        this.folder = folder;
    }

    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                names.add(name.substring(0, name.length() - SUFFIX.length()));
            }
        }
        names.sort(null);
        return names;
    }

    /** Keeps the header (without the day), the roster, the glossary and the interview desk (its questions still to ask) of a programme under a name. */
    public void save(String name, Transcript programme, PortalProfile profile) throws IOException {
        Header header = programme.header().withBroadcastDate(null);
        Transcript template = new Transcript(header, programme.roster(), List.of(), org.shilu.model.Review.NONE,
                programme.glossary(), programme.desk().forTemplate());
        Files.createDirectories(folder);
        Programme.write(file(name), new Project(template, profile));
    }

    public Project load(String name) throws IOException, BadInputException {
        Path file = file(name);
        return new ProjectJson().read(Files.readAllBytes(file), file.toString());
    }

    private Path file(String name) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.startsWith(".") || clean.matches(".*[\\\\/:*?\"<>|\\p{Cntrl}].*")) {
            throw new IllegalArgumentException("a template name must not be empty or hold / \\ : * ? \" < > |");
        }
        return folder.resolve(clean + SUFFIX);
    }
}
