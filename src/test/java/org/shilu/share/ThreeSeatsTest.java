package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Three seats, each in a JVM of its own (SeatChild), on a real server: anna types 500 turns live
 * while bo and cai proof-read behind her, correcting and approving older turns. At the end every
 * seat and the server hold the same turns, ids, approvals and texts, and the same published version
 * and correction log (bo marks a version as published early on; both log corrections and reasons).
 */
class ThreeSeatsTest {
    @Test
    // Three JVMs and a server on two cores: generous, to catch a hang, not to time anything.
    @org.junit.jupiter.api.Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anOperatorAndTwoProofReadersInThreeJvmsEndWithTheSameProgrammeAsTheServer() throws Exception {
        try (PostgresForTests server = new PostgresForTests("three_seats")) {
            UUID programme;
            try (SharedStore owner = server.open("anna")) {
                programme = owner.share("行风热线", SharedStoreTest.threeTurns(), "anna", SeatRole.OPERATOR);
                owner.grant(programme, "bo", SeatRole.PROOFREADER);
                owner.grant(programme, "cai", SeatRole.PROOFREADER);
            }
            List<Process> seats = new ArrayList<>();
            List<BlockingQueue<String>> said = new ArrayList<>();
            String[][] parts = {{"anna", "operator", "500"}, {"bo", "proofreader", "150"}, {"cai", "second-proofreader", "150"}};
            for (int i = 0; i < parts.length; i++) {
                Process seat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-cp", System.getProperty("java.class.path"), SeatChild.class.getName(),
                        String.valueOf(server.port()), "three_seats", parts[i][0], programme.toString(), parts[i][1],
                        parts[i][2], String.valueOf(16 + i)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                seats.add(seat);
                said.add(SeatChild.linesOf(seat));
            }
            try {
                for (BlockingQueue<String> lines : said) {
                    assertEquals("done", lines.poll(5, TimeUnit.MINUTES), "each seat played its part");
                }
                for (Process seat : seats) {
                    PrintStream in = new PrintStream(seat.getOutputStream(), true, StandardCharsets.UTF_8);
                    in.println("finish");
                }
                List<String> digests = new ArrayList<>();
                for (BlockingQueue<String> lines : said) {
                    String line = lines.poll(5, TimeUnit.MINUTES);
                    assertTrue(line != null && line.startsWith("digest "), "each seat told what it holds: " + line);
                    digests.add(line.substring("digest ".length()));
                }
                String atServer;
                List<SharedStore.Change> log;
                org.shilu.model.Transcript held;
                try (SharedStore reader = server.open("bo")) {
                    held = reader.join(programme).transcript();
                    atServer = SeatChild.digest(held);
                    log = reader.changesSince(programme, 0);
                }
                for (int i = 0; i < parts.length; i++) {
                    assertEquals(List.of(), difference(atServer, digests.get(i)), parts[i][0] + "'s seat holds what the server holds");
                }
                assertEquals(503, held.turns().size(), "every turn typed is there");
                assertEquals(1, held.review().published().version(), "bo's mark as published");
                for (String proofReader : new String[] {"bo", "cai"}) {
                    assertTrue(held.review().corrections().stream().anyMatch(c -> c.seat().equals(proofReader)
                            && !c.reason().isEmpty()), proofReader + "'s corrections, with reasons, are in the shared log");
                }
                for (String proofReader : new String[] {"bo", "cai"}) {
                    assertTrue(log.stream().anyMatch(change -> change.seat().equals(proofReader) && change.turn() != null
                            && change.turn().turn().text().startsWith(proofReader + " 校对")), proofReader + "'s corrections are in the log");
                    assertTrue(log.stream().anyMatch(change -> change.seat().equals(proofReader) && change.turn() != null
                            && change.turn().turn().approved()), proofReader + "'s approvals are in the log");
                }
            } finally {
                for (Process seat : seats) {
                    seat.destroyForcibly();
                }
            }
        }
    }

    /** The turns where a seat's digest and the server's differ: "server ≠ seat" at each place, and what either has more. */
    private static List<String> difference(String server, String seat) {
        String[] a = server.split("\\|");
        String[] b = seat.split("\\|");
        List<String> different = new ArrayList<>();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(none)";
            String y = i < b.length ? b[i] : "(none)";
            if (!x.equals(y)) {
                different.add(i + ": " + x + " ≠ " + y);
            }
        }
        return different;
    }
}
