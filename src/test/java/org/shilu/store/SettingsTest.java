package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.PortalProfile;

class SettingsTest {
    @TempDir
    Path config;

    @Test
    void settingsComeBackAsTheyWereSaved() throws Exception {
        PortalProfile d = PortalProfile.DEFAULT;
        PortalProfile lenticular = new PortalProfile(PortalProfile.LabelStyle.LENTICULAR, "：", d.labelOnOwnLine(),
                d.timePlacement(), d.timePattern(), d.timedRoles(), d.printedClock(), d.pageChrome(),
                d.blankLineBetweenTurns(), d.lineSeparator(), d.finalNewline());
        Settings saved = Settings.DEFAULTS.withLanguage("en").withClockOffsetSeconds(-42).withExportProfile(lenticular)
                .withWindow(new Settings.WindowPlace(10, 20, 900, 700, false));
        saved.save(config);
        Settings.Loaded loaded = Settings.load(config);
        assertNull(loaded.notice());
        assertEquals(saved, loaded.settings());
        assertEquals(lenticular, loaded.settings().defaultProfile());
    }

    @Test
    void recentFilesKeepTheNewestTenOnceEachAndTheLastExportItsFolderAndFormat() throws Exception {
        Settings settings = Settings.DEFAULTS;
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile(config.resolve("show-" + i + ".shilu"));
        }
        settings = settings.withRecentFile(config.resolve("show-5.shilu"));
        settings = settings.withExport(config.resolve("out/page.html"), org.shilu.format.TranscriptFormat.HTML_FRAGMENT);
        settings.save(config);
        Settings back = Settings.load(config).settings();
        assertEquals(10, back.recentPaths().size());
        assertEquals(config.resolve("show-5.shilu").toAbsolutePath(), back.recentPaths().get(0));
        assertEquals(config.resolve("show-11.shilu").toAbsolutePath(), back.recentPaths().get(1));
        assertEquals(1, back.recentPaths().stream().filter(p -> p.endsWith("show-5.shilu")).count());
        assertEquals(config.resolve("out").toAbsolutePath(), back.lastExportFolder());
        assertEquals(org.shilu.format.TranscriptFormat.HTML_FRAGMENT, back.lastExportFormat());
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertEquals(Settings.DEFAULTS, Settings.load(config).settings());
        assertEquals(PortalProfile.DEFAULT, Settings.DEFAULTS.defaultProfile());
    }

    @Test
    void aCorruptFileIsSetAsideWithANoticeNeverACrash() throws Exception {
        Files.writeString(Settings.file(config), "{\"language\": [1, 2", StandardCharsets.UTF_8);
        Settings.Loaded loaded = Settings.load(config);
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertNotNull(loaded.notice());
        try (Stream<Path> files = Files.list(config)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().endsWith(".unreadable")), "kept aside, not deleted");
        }
        assertTrue(Files.notExists(Settings.file(config)));
    }

    @Test
    void anUnknownLanguageFallsBackToTheSystems() throws Exception {
        Files.writeString(Settings.file(config), "{\"language\": \"fr\", \"clockOffsetSeconds\": 5}", StandardCharsets.UTF_8);
        Settings settings = Settings.load(config).settings();
        assertNull(settings.language());
        assertEquals(5, settings.clockOffsetSeconds());
    }
}
