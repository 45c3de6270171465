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
import org.shilu.format.TranscriptFormat;

/**
 * The user's settings, in {@code settings.json} in the config folder: the language (null follows
 * the system), the studio clock's offset, the layout new programmes start with, the window's place
 * and size, the files opened or saved last (newest first), the last export's folder and format, publishing, and
 * the sensitive-word lists, and whether the page preview is shown.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Settings(String language, long clockOffsetSeconds, String exportProfile, WindowPlace window,
                       List<String> recentFiles, String exportFolder, String exportFormat,
                       PublishingSettings publishing, List<String> sensitiveLists, Integer playLeadSeconds,
                       boolean previewShown) {
    public static final Settings DEFAULTS = new Settings(null, 0, null, null, List.of(), null, null, null, null, null, false);
    /** How long before a turn's time its playing starts, unless the settings say otherwise. */
    public static final int DEFAULT_PLAY_LEAD_SECONDS = 3;
    public static final int RECENT_LIMIT = 10;

    public Settings {
        recentFiles = recentFiles == null ? List.of() : recentFiles.stream().filter(java.util.Objects::nonNull)
                .limit(RECENT_LIMIT).toList();
        publishing = publishing == null ? PublishingSettings.NONE : publishing;
        sensitiveLists = sensitiveLists == null ? List.of() : sensitiveLists.stream().filter(java.util.Objects::nonNull)
                .map(String::strip).filter(path -> !path.isEmpty()).distinct().toList();
        playLeadSeconds = playLeadSeconds == null || playLeadSeconds < 0 || playLeadSeconds > 60 ? DEFAULT_PLAY_LEAD_SECONDS
                : playLeadSeconds;
    }
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Where the main window was, and whether it filled the screen. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }

    /** Settings as read, and a notice when the file had to be set aside. */
    public record Loaded(Settings settings, String notice) {
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, clockOffsetSeconds, exportProfile, window, recentFiles, exportFolder, exportFormat, publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    public Settings withClockOffsetSeconds(long seconds) {
        return new Settings(language, seconds, exportProfile, window, recentFiles, exportFolder, exportFormat, publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    public Settings withExportProfile(PortalProfile profile) {
        return new Settings(language, clockOffsetSeconds, new ProjectJson().writeProfile(profile), window, recentFiles,
                exportFolder, exportFormat, publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    public Settings withWindow(WindowPlace place) {
        return new Settings(language, clockOffsetSeconds, exportProfile, place, recentFiles, exportFolder, exportFormat, publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    /** {@code file} first among the recent files, once, the list kept to {@value #RECENT_LIMIT}. */
    public Settings withRecentFile(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> recent = new java.util.ArrayList<>(recentFiles);
        recent.remove(path);
        recent.add(0, path);
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recent, exportFolder, exportFormat, publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    /** The last export: the folder written to and the format. */
    public Settings withExport(Path written, TranscriptFormat format) {
        Path folder = written.toAbsolutePath().getParent();
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recentFiles,
                folder == null ? null : folder.toString(), format.cliName(), publishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    public Settings withPublishing(PublishingSettings newPublishing) {
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recentFiles, exportFolder, exportFormat,
                newPublishing, sensitiveLists, playLeadSeconds, previewShown);
    }

    /** The sensitive-word lists checked, combined: plain UTF-8 files, a word on each line. */
    public Settings withSensitiveLists(List<String> paths) {
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recentFiles, exportFolder, exportFormat,
                publishing, paths, playLeadSeconds, previewShown);
    }

    /** How many seconds before a turn's time playing it starts. */
    public Settings withPlayLeadSeconds(int seconds) {
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recentFiles, exportFolder, exportFormat,
                publishing, sensitiveLists, seconds, previewShown);
    }

    /** Whether the page preview is shown beside the turn list (it is hidden until the user shows it). */
    public Settings withPreviewShown(boolean shown) {
        return new Settings(language, clockOffsetSeconds, exportProfile, window, recentFiles, exportFolder, exportFormat,
                publishing, sensitiveLists, playLeadSeconds, shown);
    }

    /** The recent files as paths, newest first. */
    public List<Path> recentPaths() {
        return recentFiles.stream().map(Path::of).toList();
    }

    /** The last export's folder, or null before the first export. */
    public Path lastExportFolder() {
        return exportFolder == null ? null : Path.of(exportFolder);
    }

    /** The last export's format; the HTML page before the first export. */
    public TranscriptFormat lastExportFormat() {
        return exportFormat == null ? TranscriptFormat.HTML_PAGE
                : TranscriptFormat.byName(exportFormat).orElse(TranscriptFormat.HTML_PAGE);
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
