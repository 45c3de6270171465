package org.shilu.live;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;

import org.shilu.format.PortalProfile;
import org.shilu.live.LiveSession.NextSpeaker;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.store.Safekeeper;

/**
 * The live-entry engine as the window drives it, without the window: types drafts a character at a
 * time, commits them, ticks the journal and saves now and then, and now and then pulls the last turn
 * back (Ctrl+Up) in the middle of a draft, corrects it and puts it back, and now and then edits an
 * earlier turn in place as the list's editor does. It reports on stdout, once each has returned:
 * {@code committed TEXT} (once the journal's writer has it on disk), {@code correcting INDEX<TAB>TEXT<TAB>SET-ASIDE} and {@code editing INDEX<TAB>TEXT}
 * (after the tick that journals them), {@code corrected INDEX<TAB>TEXT} and {@code edited INDEX<TAB>TEXT}.
 * The crash test kills it at random moments.
 * Arguments: FOLDER SEED [nosave].
 */
public final class LiveEngineChild {
    private LiveEngineChild() {
    }

    /** Ctrl+Up in the middle of a draft: a few characters added to the last turn, then Ctrl+Enter. */
    private static void correct(LiveSession session, Safekeeper keeper, Random random, String setAside) {
        int index = session.document().transcript().turns().size() - 1;
        session.correctLast();
        String corrected = session.draft();
        String added = "更正" + random.nextInt(1000);
        for (int i = 1; i <= added.length(); i++) {
            corrected = session.draft() + added.charAt(i - 1);
            session.updateDraft(corrected);
            if (random.nextInt(3) == 0) {
                keeper.tick();
                keeper.awaitOnDisk();
                System.out.println("correcting " + index + "\t" + corrected + "\t" + setAside);
                System.out.flush();
            }
        }
        session.commit(NextSpeaker.NATURAL);
        keeper.awaitOnDisk();
        System.out.println("corrected " + index + "\t" + corrected);
        System.out.flush();
    }

    /** An earlier turn opened in the list's editor, a few characters typed, then Ctrl+Enter. */
    private static void editInPlace(LiveSession session, Safekeeper keeper, Random random) {
        var turns = session.document().transcript().turns();
        int index = random.nextInt(turns.size());
        String text = turns.get(index).text();
        String added = "改" + random.nextInt(1000);
        for (int i = 1; i <= added.length(); i++) {
            text = text + added.charAt(i - 1);
            session.typingInPlace(index, text);
            if (random.nextInt(2) == 0) {
                keeper.tick();
                keeper.awaitOnDisk();
                System.out.println("editing " + index + "\t" + text);
                System.out.flush();
            }
        }
        session.typingInPlace(-1, null);
        Turn turn = session.document().transcript().turns().get(index);
        session.document().apply(new Edit.Named("step.editText",
                new Edit.ReplaceTurn(index, turn.withParagraphs(Turn.paragraphsOf(text)))));
        keeper.awaitOnDisk();
        System.out.println("edited " + index + "\t" + text);
        System.out.flush();
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        boolean saves = args.length < 3 || !args[2].equals("nosave");
        Programme programme = new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT);
        LiveSession session = new LiveSession(programme.document(), StudioClock.systemClock());
        Safekeeper keeper = new Safekeeper(programme, session::draftSnapshot, Clock.systemDefaultZone());
        keeper.keepIn(keeper.claim(folder.resolve("untitled.journal")), Safekeeper.embeddedBase(programme), false);
        keeper.awaitOnDisk();
        Path project = folder.resolve("hotline.shilu");
        System.out.println("ready");
        System.out.flush();
        String words = "各位听众朋友大家好欢迎收听今天的行风热线节目我们请到了市交通运输局的负责同志";
        for (int turn = 1; ; turn++) {
            String text = "第" + turn + "条" + words.substring(0, 4 + random.nextInt(words.length() - 4));
            int correctAt = turn > 1 && random.nextInt(3) == 0 ? random.nextInt(text.length()) : -1;
            for (int i = 1; i <= text.length(); i++) {
                session.updateDraft(text.substring(0, i));
                if (random.nextInt(8) == 0) {
                    keeper.tick();
                }
                if (i == correctAt) {
                    correct(session, keeper, random, text.substring(0, i));
                }
            }
            session.commit(NextSpeaker.NATURAL);
            keeper.awaitOnDisk(); // reported once the journal's writer has it on disk, as the window marks it safe
            if (keeper.isFailing()) {
                throw new IllegalStateException("the journal failed", keeper.failure());
            }
            System.out.println("committed " + text);
            System.out.flush();
            if (random.nextInt(3) == 0) {
                editInPlace(session, keeper, random);
            }
            if (saves && turn % 7 == 0) {
                var snapshot = programme.project();
                String sha = Programme.write(project, snapshot);
                programme.markSaved(project, snapshot);
                keeper.saved(project, sha, snapshot.transcript());
            }
        }
    }
}
