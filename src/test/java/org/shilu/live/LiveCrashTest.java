package org.shilu.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.PortalProfile;
import org.shilu.format.TranscriptFormat;
import org.shilu.model.Draft;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Journal;
import org.shilu.store.OpenElsewhereException;
import org.shilu.store.Programme;
import org.shilu.store.Recovery;
import org.shilu.store.Safekeeper;
import org.shilu.store.TranscriptFiles;

/**
 * Kills the live-entry engine with SIGKILL at random moments, in a child JVM, and checks that every
 * turn it reported as committed comes back from the journal, and that the project file always opens.
 */
class LiveCrashTest {
    private static final int TRIALS = 20;
    @TempDir
    Path folder;

    /** A running child, the turns it has reported so far, and a latch opened when it reports enough. */
    private record Child(Process process, List<String> committed, Thread reader, CountDownLatch reached) {
    }

    /** Starts the child; {@code killAfter} reported turns open its latch. */
    private static Child start(Path folder, long seed, int killAfter, String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), LiveEngineChild.class.getName(),
                folder.toString(), String.valueOf(seed)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> committed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch reached = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("committed ")) {
                        committed.add(line.substring("committed ".length()));
                    }
                    if (ready.getCount() == 0 && committed.size() >= killAfter) {
                        reached.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // The child was killed mid-line: what was read is what it reported.
            }
        });
        reader.start();
        assertTrue(ready.await(60, TimeUnit.SECONDS), "the child started");
        return new Child(process, committed, reader, reached);
    }

    @Test
    void everyReportedTurnSurvivesASigkillAtARandomMoment() throws Exception {
        Random random = new Random(20220323);
        int longest = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path trialFolder = Files.createDirectories(folder.resolve("trial-" + trial));
            // The kill lands wherever the child has got to just after its Nth report: typing, ticking,
            // committing or saving, since it carries on without waiting for anyone.
            Child child = start(trialFolder, random.nextLong(), random.nextInt(40));
            assertTrue(child.reached().await(60, TimeUnit.SECONDS), "trial " + trial + ": the child got going");
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            child.reader().join(10_000);
            List<String> reported = List.copyOf(child.committed());

            Path project = trialFolder.resolve("hotline.shilu");
            Path journal = Files.exists(Journal.besideProject(project)) ? Journal.besideProject(project)
                    : trialFolder.resolve("untitled.journal");
            Recovery recovery = Recovery.read(journal);
            List<String> recovered = recovery.project().transcript().turns().stream().map(Turn::text).toList();
            assertTrue(recovered.size() >= reported.size() && recovered.subList(0, reported.size()).equals(reported),
                    "trial " + trial + ": reported " + reported.size() + ", recovered " + recovered.size()
                            + ", notices " + recovery.notices());
            if (Files.exists(project)) {
                assertEquals(TranscriptFormat.JSON, TranscriptFiles.read(project, null).format(),
                        "trial " + trial + ": the project file opens");
            }
            // The dead child's lock is gone: a new window can take the journal over.
            Safekeeper next = new Safekeeper(new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT),
                    () -> Draft.NONE, Clock.systemDefaultZone());
            next.decline(next.claim(journal));
            longest = Math.max(longest, reported.size());
        }
        assertTrue(longest >= 7, "at least one trial ran past a save (" + longest + " turns)");
    }

    @Test
    void aSecondProcessIsToldTheProgrammeIsOpenElsewhere() throws Exception {
        Child child = start(folder, 7, 0, "nosave");
        try {
            Safekeeper second = new Safekeeper(new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT),
                    () -> Draft.NONE, Clock.systemDefaultZone());
            assertThrows(OpenElsewhereException.class, () -> second.claim(folder.resolve("untitled.journal")));
        } finally {
            child.process().destroyForcibly();
            child.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
