package org.shilu.share;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * One seat in a JVM of its own, for ThreeSeatsTest: joins the programme on the server at
 * 127.0.0.1:PORT as USER, plays its part, says "done" once all it did is on the server, then, when
 * told "finish" on its standard input, waits until its document is the server's and prints
 * "digest" and what it holds (ids, approvals and texts, the published version and the correction
 * log, one line). The first proof-reader marks a version as published early on; both give reasons.
 *
 *   SeatChild PORT DATABASE USER PROGRAMME operator|proofreader COUNT SEED
 */
public final class SeatChild {
    private SeatChild() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        ShareAddress address = new ShareAddress("127.0.0.1", port, args[1], args[2], "disable", null);
        UUID programme = UUID.fromString(args[3]);
        String part = args[4];
        int count = Integer.parseInt(args[5]);
        Random random = new Random(Long.parseLong(args[6]));
        try (TestSeat seat = new TestSeat(SharedStore.open(address, args[2] + "-password"), args[2], programme)) {
            for (int i = 0; i < count; i++) {
                int n = i;
                if (part.equals("operator")) {
                    seat.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of(t.roster().get(n % 2).id(),
                            args[2] + " 直播第" + n + "条")));
                } else {
                    // A proof-reader works behind the typist, on the older half of what has reached this
                    // seat; two share it out, the first taking the even turns and the second the odd.
                    int share = part.equals("proofreader") ? 0 : 1;
                    if (n == 30 && part.equals("proofreader")) {
                        // What readers saw so far becomes version 1; later changes to it are logged as corrections.
                        seat.edit(t -> new Edit.SetReview(t.review().markPublished(t, java.time.LocalDateTime.now())));
                    } else if (n == 30) {
                        // The other proof-reader goes on once the version has reached this seat.
                        org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.MINUTES,
                                () -> seat.transcript().review().published() != null);
                    }
                    if (n == 30) {
                        // Each corrects one of the first turns, which every version has, in its own share of
                        // them, and gives the reason: a correction of each is logged whatever the typist's pace.
                        int own = part.equals("proofreader") ? 0 : 1;
                        seat.edit(t -> new Edit.ReplaceTurn(own, t.turns().get(own).withParagraphs(List.of(args[2] + " 发布后校对"))));
                        seat.on(() -> {
                            var review = seat.document.transcript().review();
                            review.corrections().stream().filter(c -> c.seat().equals(args[2])).reduce((a, b) -> b)
                                    .ifPresent(c -> seat.document.apply(new Edit.SetReview(review.withReason(c, "发布后的理由"))));
                            return null;
                        });
                    }
                    if (n % 9 == 0) {
                        // A reason for this seat's last correction, given in the log as a proof-reader does.
                        seat.on(() -> {
                            var review = seat.document.transcript().review();
                            review.corrections().stream().filter(c -> c.seat().equals(args[2])).reduce((a, b) -> b)
                                    .ifPresent(c -> seat.document.apply(new Edit.SetReview(review.withReason(c, "理由" + n))));
                            return null;
                        });
                    }
                    seat.edit(t -> {
                        // After the mark, among the turns readers saw, where the two proof-readers meet often.
                        int half = t.review().published() == null ? Math.max(1, t.turns().size() / 2)
                                : Math.max(2, Math.min(t.turns().size(), t.review().published().turns().size()));
                        int at = Math.min(t.turns().size() - 1, (random.nextInt(half) / 2) * 2 + share);
                        Turn turn = t.turns().get(at);
                        return n % 3 == 0 ? new Edit.ReplaceTurn(at, turn.withParagraphs(List.of(args[2] + " 校对第" + n + "处")))
                                : new Edit.ReplaceTurn(at, turn.withApproved(true));
                    });
                }
                if (i % (5 + random.nextInt(10)) == 0) {
                    // Now and then this seat's changes reach the server before it goes on, so that the seats'
                    // changes interleave as people's do; waited for, not timed.
                    org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.MINUTES, () -> {
                        settle(seat);
                        return seat.sync.isInStep();
                    });
                }
            }
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.MINUTES, () -> {
                settle(seat);
                return seat.sync.isInStep();
            });
            System.out.println("done");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (!"finish".equals(in.readLine())) {
                // wait for the word
            }
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> {
                    settle(seat);
                    return seat.sync.isInStep()
                            && digest(seat.transcript()).equals(digest(seat.store.join(programme).transcript()));
                });
            } catch (java.util.concurrent.TimeoutException e) {
                // said below: the digest then differs from the server's, and the test shows where
            }
            System.out.println("digest " + digest(seat.transcript()));
        }
    }

    /**
     * Two proof-readers correcting the same turn at once clash; this one settles each clash as a
     * person who takes the other's correction would (or keeps theirs for a turn the other deleted).
     */
    private static void settle(TestSeat seat) throws Exception {
        while (!seat.conflicts.isEmpty()) {
            SharedStore.Conflict conflict = seat.conflicts.remove(0);
            Turn mine = ((TurnWrite.Update) conflict.mine()).turn();
            Turn chosen = conflict.theirs() != null && !conflict.theirs().deleted() ? conflict.theirs().turn() : mine;
            seat.on(() -> {
                seat.sync.settle(conflict, chosen);
                return null;
            });
        }
    }

    /** The turns (ids, approvals, texts), then the review's record: the version published and every correction. */
    static String digest(Transcript transcript) {
        StringBuilder out = new StringBuilder();
        for (Turn turn : transcript.turns()) {
            out.append(turn.id()).append(turn.approved() ? "+" : "-").append(turn.text().replace('\n', '/')).append('|');
        }
        var review = transcript.review();
        out.append("published ").append(review.published() == null ? "none" : review.published().version() + " of "
                + review.published().turns().size() + " turns").append('|');
        for (var c : review.corrections()) {
            out.append("correction ").append(c.seat()).append(' ').append(c.turnId()).append(' ')
                    .append(c.after() == null ? "(deleted)" : c.after().text()).append(" reason ").append(c.reason()).append('|');
        }
        return out.toString();
    }

    /** What a child seat prints, line by line, as it prints it. */
    static BlockingQueue<String> linesOf(Process seat) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(seat.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the seat ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
