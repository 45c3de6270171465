package org.shilu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.PortalTextWriter;
import org.shilu.format.SampleFixture;
import org.shilu.publish.Editions;
import org.shilu.publish.SftpServerForTests;
import org.shilu.store.UserFolders;

/** {@code shilu publish}: once to a folder and to a real SFTP server, with its exit codes. */
class CliPublishTest {
    @TempDir
    Path folder;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        err.reset();
        UserFolders home = new UserFolders(folder.resolve("config"), folder.resolve("data"));
        return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> home, environment::get).run(args);
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path sample() throws Exception {
        Path file = folder.resolve("sample.portal.txt");
        Files.write(file, SampleFixture.bytes());
        return file;
    }

    @Test
    void aProgrammeIsPublishedToAFolderAndAnotherProgrammesPageIsReplacedOnlyWithOverwrite() throws Exception {
        Path web = Files.createDirectories(folder.resolve("web"));
        assertEquals(Cli.OK, run(Map.of(), "publish", sample().toString(), "--to", "folder:" + web), this::said);
        assertArrayEquals(new PortalTextWriter().writeBytes(SampleFixture.project()),
                Files.readAllBytes(web.resolve(Editions.TEXT)));
        Path other = folder.resolve("other.portal.txt");
        Files.write(other, SampleFixture.bytes());
        assertEquals(Cli.BAD_INPUT, run(Map.of(), "publish", other.toString(), "--to", web.toString()));
        assertTrue(said().contains("another programme") && said().contains("--overwrite"), this::said);
        assertEquals(Cli.OK, run(Map.of(), "publish", other.toString(), "--to", web.toString(), "--overwrite"), this::said);
        assertEquals(Cli.USAGE, run(Map.of(), "publish", other.toString(), "--to", "http://example.org/live"));
        assertFalse(said().contains("Exception"), this::said);
    }

    @Test
    void anUnknownHostKeyIsShownAndAcceptedOnlyWhenNamed() throws Exception {
        try (SftpServerForTests server = new SftpServerForTests(folder.resolve("server"))) {
            Files.createDirectories(server.root.resolve("live"));
            Map<String, String> secret = Map.of(PublishCommand.SECRET_VARIABLE, SftpServerForTests.PASSWORD);
            String to = server.address("/live");
            assertEquals(Cli.BAD_INPUT, run(secret, "publish", sample().toString(), "--to", to), this::said);
            Matcher fingerprint = Pattern.compile("--accept-host-key (SHA256:\\S+)").matcher(said());
            assertTrue(fingerprint.find(), this::said);
            assertEquals(Cli.OK, run(secret, "publish", sample().toString(), "--to", to, "--accept-host-key",
                    fingerprint.group(1)), this::said);
            assertTrue(Files.exists(server.root.resolve("live").resolve(Editions.FEED)));
            assertEquals(Cli.BAD_INPUT, run(Map.of(PublishCommand.SECRET_VARIABLE, "wrong"), "publish",
                    sample().toString(), "--to", to), this::said);
            assertTrue(said().contains("did not accept the password"), this::said);
        }
    }
}
