package org.shilu.share;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.shilu.model.Edit;
import org.shilu.model.Turn;

/**
 * A seat in a JVM of its own, for SeatRestartTest. "offline": joins, says "joined", and at "go"
 * (its cable cut by then) corrects two turns, approves one, deletes one and types one, and gives
 * a reason for its first correction of a published turn, says "waiting" once they are in its
 * pending file, and waits to be killed. "rejoin": joins again with
 * the same pending file, and says "in step" once what the killed seat left is on the server.
 *
 *   RestartingSeat PORT DATABASE USER PROGRAMME PENDING offline|rejoin
 */
public final class RestartingSeat {
    private RestartingSeat() {
    }

    public static void main(String[] args) throws Exception {
        ShareAddress address = new ShareAddress("127.0.0.1", Integer.parseInt(args[0]), args[1], args[2], "disable", null);
        UUID programme = UUID.fromString(args[3]);
        Path pending = Path.of(args[4]);
        try (TestSeat seat = new TestSeat(SharedStore.open(address, args[2] + "-password"), args[2], programme, pending)) {
            if (args[5].equals("offline")) {
                System.out.println("joined");
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                while (!"go".equals(in.readLine())) {
                    // wait for the cable to be cut
                }
                seat.edit(t -> new Edit.ReplaceTurn(0, t.turns().get(0).withParagraphs(List.of("断线时校对的问一"))));
                seat.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withParagraphs(List.of("断线时校对的答一"))));
                seat.edit(t -> new Edit.ReplaceTurn(2, t.turns().get(2).withApproved(true)));
                seat.edit(t -> new Edit.RemoveTurn(3));
                seat.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of("s2", "断线时打的新发言")));
                seat.edit(t -> new Edit.SetReview(t.review().withReason(t.review().corrections().get(0), "断线时写的原因")));
                // Five turns, then three corrections (two texts, a deletion) and the reason.
                org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.MINUTES,
                        () -> Files.exists(pending) && Files.readAllLines(pending).size() >= 9);
                System.out.println("waiting");
                new java.util.concurrent.CountDownLatch(1).await(); // until the test kills this seat
            } else {
                org.testfx.util.WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.MINUTES,
                        () -> seat.sync.isInStep() && !Files.exists(pending));
                System.out.println("in step");
            }
        }
    }
}
