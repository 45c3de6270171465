package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.BadInputException;

/** Places exported and imported: the same places back, no secret in the file, bad files named by line. */
class PublishingPlacesFileTest {
    @TempDir
    Path folder;

    @Test
    void placesGoOutAndComeBackWithoutASecretAndABadFileIsNamedByLine() throws Exception {
        List<PublishProfile> places = List.of(PublishProfile.of("folder:/srv/www/live"),
                new PublishProfile("门户", "sftp://web@portal.example.org:2222/live", null, null, null, "ssh-agent"),
                new PublishProfile("CDN", "s3://portal/live", "https://oss.example.com", "cn-hangzhou", "AKID", null));
        Path file = folder.resolve("places.json");
        PublishingPlacesFile.write(file, places);
        assertEquals(places, PublishingPlacesFile.read(file));
        String written = Files.readString(file);
        assertFalse(written.toLowerCase(java.util.Locale.ROOT).contains("secret")
                || written.toLowerCase(java.util.Locale.ROOT).contains("password"), written);

        Files.writeString(file, "[\n  {\"name\": \"x\",\n   \"address\": \"http://example.org/live\"}\n]\n");
        BadInputException wrongAddress = assertThrows(BadInputException.class, () -> PublishingPlacesFile.read(file));
        assertTrue(wrongAddress.getMessage().contains(file.toString()) && wrongAddress.getMessage().contains("http://"),
                wrongAddress.getMessage());
        Files.writeString(file, "[\n  {\"name\": \"x\",\n   \"address\": }\n]\n");
        BadInputException broken = assertThrows(BadInputException.class, () -> PublishingPlacesFile.read(file));
        assertEquals(3, broken.line(), broken.getMessage());
    }
}
