package org.shilu.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shilu killed with SIGKILL at random moments while it uploads: the page and the feed on the target
 * are always a whole version, to a folder and to a real SFTP server alike.
 */
class PublishingCrashTest {
    private static final int TRIALS_PER_TARGET = 10;

    @TempDir
    Path folder;

    @Test
    void aFolderPageAndFeedAreAlwaysWholeAfterAKill() throws Exception {
        Path web = Files.createDirectories(folder.resolve("web"));
        killRepeatedly("folder:" + web, "-", web, new Random(13));
    }

    @Test
    void anSftpPageAndFeedAreAlwaysWholeAfterAKill() throws Exception {
        try (SftpServerForTests server = new SftpServerForTests(folder.resolve("sftp"))) {
            Path live = Files.createDirectories(server.root.resolve("live"));
            killRepeatedly(server.address("/live"), SftpServerForTests.PASSWORD, live, new Random(17));
        }
    }

    /** Half-written temporary files beside the published ones: what a kill during an upload leaves. */
    private static List<String> leftovers(Path published) throws java.io.IOException {
        try (var files = Files.list(published)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".json") && !n.endsWith(".html")
                    && !n.endsWith(".txt")).toList();
        }
    }

    private void killRepeatedly(String address, String password, Path published, Random random) throws Exception {
        long previousVersion = -1;
        for (int trial = 0; trial < TRIALS_PER_TARGET; trial++) {
            for (String leftover : leftovers(published)) {
                Files.delete(published.resolve(leftover)); // so that those of this trial's kill can be told
            }
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), PublishingChild.class.getName(), address,
                    password, folder.resolve("known_hosts").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            // Killed after a random number of editions: the next one is then on its way up.
            CountDownLatch editionsOut = new CountDownLatch(1 + random.nextInt(6));
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.startsWith("published")) {
                            editionsOut.countDown();
                        }
                    }
                } catch (java.io.IOException gone) {
                    // killed
                }
            });
            reader.start();
            try {
                assertTrue(editionsOut.await(2, TimeUnit.MINUTES), "the child published its editions");
                if (trial % 2 == 1) {
                    // Every other trial the kill comes while a file of the next edition is being written.
                    org.testfx.util.WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, () -> !leftovers(published).isEmpty());
                }
            } finally {
                child.destroyForcibly(); // SIGKILL
                child.waitFor(30, TimeUnit.SECONDS);
            }
            reader.join(10_000);
            Feed feed = Feed.parse(Files.readAllBytes(published.resolve(Editions.FEED)));
            assertNotNull(feed, "trial " + trial + ": the feed is whole");
            assertEquals("programme-crash", feed.programme());
            assertTrue(feed.version() >= previousVersion, "versions never go back");
            previousVersion = feed.version();
            String page = Files.readString(published.resolve(Editions.PAGE));
            assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"), "trial " + trial + ": the page is whole");
            String text = Files.readString(published.resolve(Editions.TEXT));
            assertTrue(text.contains(feed.turns().getFirst().text().substring(0, 10)), "trial " + trial + ": the text is whole");
            List<String> leftovers = leftovers(published);
            System.out.println("trial " + trial + " at " + address + ": whole, version " + feed.version() + ", "
                    + feed.turns().size() + " turns; killed mid-upload: " + !leftovers.isEmpty());
        }
    }
}
