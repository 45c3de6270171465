package org.shilu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalProfile;
import org.shilu.format.ProjectJson;

/**
 * The user's settings, in {@code settings.json} in the config folder: the language (null follows
 * the system), the studio clock's offset, the layout new programmes start with, and the window's
 * place and size. (Recent files and the last export folder keep files of their own beside it.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(String language, long clockOffsetSeconds, String exportProfile, WindowPlace window) {
    public static final Settings DEFAULTS = new Settings(null, 0, null, null);
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Where the main window was, and whether it filled the screen. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** Settings as read, and a notice when the file had to be set aside. */
    public record Loaded(Settings settings, String notice) {
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, clockOffsetSeconds, exportProfile, window);
    }

    public Settings withClockOffsetSeconds(long seconds) {
        return new Settings(language, seconds, exportProfile, window);
    }

    public Settings withExportProfile(PortalProfile profile) {
        return new Settings(language, clockOffsetSeconds, new ProjectJson().writeProfile(profile), window);
    }

    public Settings withWindow(WindowPlace place) {
        return new Settings(language, clockOffsetSeconds, exportProfile, place);
    }

    /** The layout new programmes start with: the saved default, or the sample's. */
    public PortalProfile defaultProfile() {
        if (exportProfile == null) {
            return PortalProfile.DEFAULT;
        }
        try {
            return new ProjectJson().readProfile(exportProfile, "settings.json");
        } catch (BadInputException e) {
            return PortalProfile.DEFAULT;
        }
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static Path file(Path configFolder) {
        return configFolder.resolve("settings.json");
    }

    /**
     * Reads the settings. A missing file gives the defaults; a file that cannot be read is renamed
     * aside (never deleted), and the defaults come with a notice saying so.
     */
    public static Loaded load(Path configFolder) {
        Path file = file(configFolder);
        if (!Files.exists(file)) {
            return new Loaded(DEFAULTS, null);
        }
        try {
            Settings settings = mapper().readValue(Files.readAllBytes(file), Settings.class);
            if (settings.language() != null && !LANGUAGES.contains(settings.language())) {
                settings = settings.withLanguage(null);
            }
            return new Loaded(settings, null);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("settings.json." + LocalDateTime.now()
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".unreadable");
            try {
                Files.move(file, aside);
            } catch (IOException moveFailed) {
                aside = file;
            }
            return new Loaded(DEFAULTS, aside + ": " + e.getMessage());
        }
    }

    public void save(Path configFolder) throws IOException {
        Files.createDirectories(configFolder);
        AtomicFile.write(file(configFolder), mapper().writeValueAsBytes(this));
    }
}
