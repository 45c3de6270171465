package org.shilu.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.shilu.format.JournalCodec.Base;
import org.shilu.format.PortalProfile;
import org.shilu.live.LiveSession.NextSpeaker;
import org.shilu.model.Transcript;
import org.shilu.store.Journal;
import org.shilu.store.Programme;
import org.shilu.store.Recovery;
import org.shilu.store.Safekeeper;

/**
 * The live engine and its safekeeping without the window, driven line by line from standard input
 * by {@code src/test/disk/disk-scenarios.sh}, which makes the disk fail under it (full, removed,
 * pulled, killed while full). Commands: {@code open FOLDER} (a saved project there, its journal
 * beside it), {@code commit TEXT}, {@code tick}; each answers one line with the state:
 * {@code turns=N failing=BOOL notOnDisk=N}. With {@code recovered JOURNAL} as arguments instead, it
 * prints how many turns that journal brings back, and whether its last write was torn.
 * Arguments: DATA-FOLDER (where second copies go) | recovered JOURNAL.
 */
public final class DiskScenarioChild {
    private DiskScenarioChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("recovered")) {
            Recovery recovery = Recovery.read(Path.of(args[1]));
            System.out.println("turns=" + recovery.project().transcript().turns().size() + " torn=" + recovery.lastWriteTorn());
            return;
        }
        Path copies = Path.of(args[0]).resolve("journals");
        Programme programme = new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT);
        LiveSession session = new LiveSession(programme.document(), StudioClock.systemClock());
        Safekeeper keeper = new Safekeeper(programme, session::draftSnapshot, Clock.systemDefaultZone());
        keeper.keepSecondCopiesIn(copies);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] command = line.split(" ", 2);
            switch (command[0]) {
                case "open" -> {
                    Path project = Path.of(command[1]).resolve("hotline.shilu");
                    var snapshot = programme.project();
                    String sha = Programme.write(project, snapshot);
                    programme.markSaved(project, snapshot);
                    keeper.keepIn(keeper.claim(Journal.besideProject(project)),
                            Base.savedAs(project.getFileName().toString(), sha), false);
                }
                case "commit" -> {
                    session.updateDraft(command[1]);
                    session.commit(NextSpeaker.NATURAL);
                }
                case "tick" -> keeper.tick();
                default -> throw new IllegalArgumentException("unknown command " + line);
            }
            keeper.awaitOnDisk(); // what it reports is what the journal's writer has forced, or failed
            System.out.println("turns=" + programme.document().transcript().turns().size() + " failing=" + keeper.isFailing()
                    + " notOnDisk=" + keeper.turnsNotOnDisk());
            System.out.flush();
        }
    }
}
