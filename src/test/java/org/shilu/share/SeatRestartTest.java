package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * A seat cut off from the server makes changes (and corrections of published turns, with a reason)
 * and is killed with SIGKILL before it can send them; started again, it joins and sends them, and
 * the server has every one, the shared correction log too.
 */
class SeatRestartTest {
    @TempDir
    Path folder;

    @Test
    void changesASeatCouldNotSendBeforeItWasKilledGoWhenItJoinsAgain() throws Exception {
        try (PostgresForTests server = new PostgresForTests("restart_test");
             CutCable cable = new CutCable(server.port())) {
            UUID programme;
            try (SharedStore owner = server.open("anna")) {
                Transcript five = SharedStoreTest.threeTurns().withTurns(List.of(Turn.of("s1", "问一"), Turn.of("s2", "答一"),
                        Turn.of("s1", "问二"), Turn.of("s2", "答二"), Turn.of("s1", "问三")));
                five = five.withReview(five.review().markPublished(five, java.time.LocalDateTime.of(2022, 3, 23, 9, 0)));
                programme = owner.share("行风热线", five, "anna", SeatRole.OPERATOR);
                owner.grant(programme, "bo", SeatRole.PROOFREADER);
            }
            Path pending = folder.resolve(programme + "-bo.pending");
            Process killed = seat(server, cable.port(), programme, pending, "offline");
            BlockingQueue<String> said = SeatChild.linesOf(killed);
            assertEquals("joined", said.poll(2, TimeUnit.MINUTES));
            cable.cut();
            new PrintStream(killed.getOutputStream(), true, StandardCharsets.UTF_8).println("go");
            assertEquals("waiting", said.poll(2, TimeUnit.MINUTES), "the changes are in the pending file");
            killed.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // SIGKILL: nothing of the seat runs after this
            try (SharedStore reader = server.open("bo")) {
                assertEquals("问一", reader.join(programme).transcript().turns().get(0).text(), "nothing was sent before the kill");
            }

            Process again = seat(server, server.port(), programme, pending, "rejoin");
            try {
                assertEquals("in step", SeatChild.linesOf(again).poll(2, TimeUnit.MINUTES), "the seat sent what it had left");
            } finally {
                again.destroyForcibly();
            }
            try (SharedStore reader = server.open("bo")) {
                List<Turn> turns = reader.join(programme).transcript().turns();
                assertEquals(List.of("断线时校对的问一", "断线时校对的答一", "问二", "问三", "断线时打的新发言"),
                        turns.stream().map(Turn::text).toList(), "every change made before the kill is on the server");
                assertTrue(turns.get(2).approved());
                var log = reader.join(programme).transcript().review().corrections();
                assertEquals(List.of("断线时校对的问一", "断线时校对的答一", "(deleted)"), log.stream()
                        .map(c -> c.after() == null ? "(deleted)" : c.after().text()).toList(), "its corrections are in the shared log");
                assertEquals(List.of("bo"), log.stream().map(org.shilu.model.Review.Correction::seat).distinct().toList());
                assertEquals(1, log.stream().filter(c -> c.reason().equals("断线时写的原因")).count(), "and the reason it gave");
            }
        }
    }

    private static Process seat(PostgresForTests server, int port, UUID programme, Path pending, String mode) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), RestartingSeat.class.getName(), String.valueOf(port), "restart_test",
                "bo", programme.toString(), pending.toString(), mode).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
