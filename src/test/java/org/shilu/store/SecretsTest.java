package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remembered publishing secrets: in a file only the user may read, never in the settings. */
class SecretsTest {
    @TempDir
    Path config;

    @Test
    void aRememberedSecretIsInAnOwnerOnlyFileAndNotInTheSettings() throws Exception {
        Secrets secrets = new Secrets(config);
        assertEquals(Optional.empty(), secrets.get("sftp://web@example.org/live"));
        secrets.remember("sftp://web@example.org/live", "pa=ss:word 密码");
        secrets.remember("key@s3://portal/live", "s3cret");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file())));
        assertEquals(Optional.of("pa=ss:word 密码"), new Secrets(config).get("sftp://web@example.org/live"));
        secrets.forget("sftp://web@example.org/live");
        assertEquals(Optional.empty(), secrets.get("sftp://web@example.org/live"));
        assertEquals(Optional.of("s3cret"), secrets.get("key@s3://portal/live"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.file())),
                "still the user's alone after a rewrite");

        Settings settings = Settings.DEFAULTS.withPublishing(PublishingSettings.NONE.withPlaces(java.util.List.of(
                new PublishProfile("portal", "s3://portal/live", "https://oss.example.com", null, "key", null))));
        settings.save(config);
        String written = Files.readString(Settings.file(config));
        assertTrue(written.contains("s3://portal/live") && written.contains("\"key\""), written);
        assertFalse(written.contains("s3cret"), "no secret in the settings");
        assertEquals(settings.publishing(), Settings.load(config).settings().publishing(), "places come back");
    }
}
