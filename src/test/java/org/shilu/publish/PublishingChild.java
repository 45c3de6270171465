package org.shilu.publish;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;

/**
 * A child JVM that publishes a growing programme as fast as it can, to be killed with SIGKILL by
 * {@link PublishingCrashTest}: args are the address, then the SFTP password (or "-") and the folder
 * for its known hosts. It says "published N" each time a whole edition is out, and changes the
 * programme again as soon as one is.
 */
public final class PublishingChild {
    public static void main(String[] args) throws Exception {
        String address = args[0];
        String password = args[1];
        Path known = Path.of(args[2]);
        Project sample = SampleFixture.project();
        List<Turn> turns = new ArrayList<>(sample.transcript().turns());
        String speaker = turns.getFirst().speakerId();
        String long_ = "这是一段很长的发言，用来让每次上传都有分量。".repeat(40);
        for (int i = 0; i < 200; i++) {
            turns.add(Turn.of(speaker, i + long_));
        }
        HostKeys trustAll = new HostKeys(List.of(known), known, (host, port, fingerprint) -> true);
        PublishTarget target = Targets.open(org.shilu.store.PublishProfile.of(address), () -> password, trustAll);
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0);
        int[] published = {0};
        try (Publisher publisher = new Publisher(new Editions("programme-crash", options, turn -> true), options,
                List.of(target), LocalDateTime::now, Runnable::run, status -> {
                    if (status.state() == TargetStatus.State.LIVE) {
                        synchronized (published) {
                            System.out.println("published " + ++published[0]);
                            System.out.flush();
                            published.notifyAll();
                        }
                    }
                })) {
            java.util.Random random = new java.util.Random(args.length);
            for (int n = 0; ; n++) {
                // The programme grows to 600 long turns, then its turns are edited: each edition is about a megabyte.
                if (turns.size() < 600) {
                    turns.add(Turn.of(speaker, "第" + n + "段" + long_));
                } else {
                    int at = random.nextInt(turns.size());
                    turns.set(at, turns.get(at).withParagraphs(List.of("改" + n + long_)));
                }
                int before;
                synchronized (published) {
                    before = published[0];
                }
                publisher.changed(sample.with(sample.transcript().withTurns(turns), sample.profile()));
                // The next change once an edition is out: uploads follow each other without a pause.
                synchronized (published) {
                    while (published[0] == before) {
                        published.wait();
                    }
                }
            }
        }
    }
}
