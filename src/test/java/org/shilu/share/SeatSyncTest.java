package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Review;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TurnEdits;

/**
 * Two seats of one programme on a real server: anna types live while bo proof-reads, each with a
 * document of their own and a thread standing in for the window's. Bo's connection runs through a
 * cable the test can cut.
 */
class SeatSyncTest {
    private static PostgresForTests server;
    private TestSeat anna;
    private TestSeat bo;
    private CutCable cable;
    private final java.util.concurrent.atomic.AtomicInteger settled = new java.util.concurrent.atomic.AtomicInteger();
    @BeforeAll
    static void startServer() throws Exception {
        server = new PostgresForTests("seat_test");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void twoSeats() throws Exception {
        UUID programme;
        try (SharedStore owner = server.open("anna")) {
            programme = owner.share("行风热线", SharedStoreTest.threeTurns(), "anna", SeatRole.OPERATOR);
            owner.grant(programme, "bo", SeatRole.PROOFREADER);
        }
        cable = new CutCable(server.port());
        anna = new TestSeat(server, "anna", server.port(), programme);
        bo = new TestSeat(server, "bo", cable.port(), programme);
    }

    @AfterEach
    void close() throws Exception {
        anna.close();
        bo.close();
        cable.close();
    }

    @Test
    void theTypistCommitsWhileTheProofReaderCorrectsAndApprovesAndBothEndWithTheSameProgramme() throws Exception {
        for (int i = 0; i < 120; i++) {
            int n = i;
            anna.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of(n % 2 == 0 ? "s1" : "s2", "直播第" + n + "条")));
            if (i % 3 == 0 && i > 0) {
                // The proof-reader works behind the typist, on turns that have reached this seat.
                bo.edit(t -> new Edit.ReplaceTurn(Math.min(n / 3, t.turns().size() - 1),
                        t.turns().get(Math.min(n / 3, t.turns().size() - 1)).withParagraphs(List.of("校对过的第" + n + "处"))));
                bo.edit(t -> new Edit.Named("step.approve", new Edit.ReplaceTurn((n / 3) % t.turns().size(),
                        t.turns().get((n / 3) % t.turns().size()).withApproved(true))));
            }
            if (i == 60) {
                bo.edit(t -> TurnEdits.split(t, 1, 1)); // a new turn of bo's, while anna makes hers
            }
            if (i == 45) {
                // The proof-reader adds a term to the glossary: the typist's seat gets it (the last to write it wins).
                bo.edit(t -> new Edit.SetGlossary(new org.shilu.model.Glossary(List.of(new org.shilu.model.Glossary.Term("陆华", "lh", "副局长")))));
            }
            if (i == 70) {
                // The proof-reader takes in a netizen's question and approves it: the typist's seat has it to relay.
                bo.edit(t -> new Edit.SetDesk(t.desk().withAdded(List.of(org.shilu.model.Question.received("江南雨", "公积金怎么提取？", null)
                        .withStatus(org.shilu.model.Question.Status.APPROVED)))));
            }
            if (i == 90) {
                // The typist marks a word of her last turn as doubtful: the mark is shared with the turn.
                anna.edit(t -> new Edit.ReplaceTurn(t.turns().size() - 1, t.turns().get(t.turns().size() - 1)
                        .withDoubts(List.of(new org.shilu.model.Doubt(0, "直播")))));
            }
        }
        awaitInStep();
        Transcript annas = anna.transcript();
        assertEquals(annas, bo.transcript());
        assertEquals(ids(annas), ids(bo.transcript()), "the same turns, by id, in the same order");
        assertEquals(annas, anna.store.join(anna.sync.programme()).transcript(), "and the server holds the same");
        assertEquals(124, annas.turns().size(), describe(annas));
        assertEquals(List.of(), allConflicts(), "the typist's new turns and the proof-reader's edits never conflict");
        assertTrue(annas.turns().stream().filter(Turn::approved).count() >= 3, "bo's approvals reached anna: " + describe(annas));
        assertTrue(annas.turns().stream().anyMatch(t -> t.text().startsWith("校对过的")));
        assertEquals(List.of(List.of(new org.shilu.model.Doubt(0, "直播"))), bo.transcript().turns().stream()
                .map(Turn::doubts).filter(d -> !d.isEmpty()).toList(), "anna's doubt mark reached bo, and the server");
        assertEquals(List.of("陆华"), annas.glossary().terms().stream().map(org.shilu.model.Glossary.Term::term).toList(),
                "bo's glossary reached anna");
        assertEquals(List.of("公积金怎么提取？"), annas.desk().questions().stream().map(org.shilu.model.Question::text).toList(),
                "bo's question reached anna");
    }

    @Test
    void aSeatCutOffKeepsWorkingAndASameTurnEditedOnBothSidesComesBackAsAConflictWithBothTexts() throws Exception {
        cable.cut();
        bo.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withParagraphs(List.of("bo 离线时改的"))));
        bo.edit(t -> new Edit.InsertTurn(3, Turn.of("s2", "bo 离线时加的")));
        anna.edit(t -> new Edit.ReplaceTurn(1, t.turns().get(1).withParagraphs(List.of("anna 同时改的"))));
        anna.edit(t -> new Edit.InsertTurn(3, Turn.of("s1", "anna 的新发言")));
        awaitTrue(anna.sync::isInStep);
        assertTrue(!bo.sync.isInStep(), "bo's changes wait while the cable is cut");
        cable.join();
        awaitTrue(() -> bo.conflicts.size() == 1);
        SharedStore.Conflict conflict = bo.conflicts.get(0);
        assertEquals("bo 离线时改的", ((TurnWrite.Update) conflict.mine()).turn().text());
        assertEquals("anna 同时改的", conflict.theirs().turn().text());
        assertEquals("bo 离线时改的", bo.transcript().turns().get(1).text(), "nothing of bo's is lost meanwhile");
        Turn merged = conflict.theirs().turn().withParagraphs(List.of("anna 同时改的；bo 离线时改的"));
        bo.on(() -> {
            bo.sync.settle(conflict, merged);
            return null;
        });
        awaitInStep();
        Transcript annas = anna.transcript();
        assertEquals(annas, bo.transcript());
        assertEquals("anna 同时改的；bo 离线时改的", annas.turns().get(1).text());
        assertEquals(5, annas.turns().size());
        assertTrue(annas.turns().stream().map(Turn::text).toList().containsAll(List.of("bo 离线时加的", "anna 的新发言")),
                "both new turns, one of whose ids was taken twice, are kept");
    }

    @Test
    void theServerStoppedForThirtySecondsMidProgrammeLosesNothingAndEverySeatCatchesUp() throws Exception {
        anna.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of("s1", "停机前")));
        awaitInStep();
        server.stopWhile(() -> {
            long back = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (int i = 0; i < 20; i++) {
                int n = i;
                anna.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of("s2", "停机时第" + n + "条")));
            }
            bo.edit(t -> new Edit.ReplaceTurn(0, t.turns().get(0).withParagraphs(List.of("停机时校对"))));
            assertTrue(!anna.sync.isInStep() && !bo.sync.isInStep(), "both seats keep working; their changes wait");
            TimeUnit.NANOSECONDS.sleep(back - System.nanoTime()); // the outage itself: 30 s, as the issue says
            return null;
        });
        awaitInStep();
        Transcript annas = anna.transcript();
        assertEquals(24, annas.turns().size(), describe(annas));
        assertEquals("停机时校对", annas.turns().get(0).text());
        assertEquals(annas, anna.store.join(anna.sync.programme()).transcript());
        assertEquals(List.of(), allConflicts());
    }

    @Test
    void thePublishedVersionAndTheCorrectionLogAreTheSameAtBothSeatsAndOnTheServerAlsoAfterACut() throws Exception {
        anna.edit(t -> new Edit.SetReview(t.review().markPublished(t, java.time.LocalDateTime.of(2022, 3, 23, 9, 0))));
        awaitInStep();
        assertEquals(1, bo.transcript().review().published().version(), "anna's mark reached bo");
        bo.edit(t -> new Edit.ReplaceTurn(0, t.turns().get(0).withParagraphs(List.of("bo 校对的"))));
        anna.edit(t -> new Edit.ReplaceTurn(2, t.turns().get(2).withParagraphs(List.of("anna 改的"))));
        awaitInStep();
        Review.Correction annas = bo.transcript().review().corrections().stream()
                .filter(c -> c.seat().equals("anna")).findFirst().orElseThrow();
        bo.edit(t -> new Edit.SetReview(t.review().withReason(annas, "口误，已更正")));
        cable.cut();
        bo.edit(t -> TurnEdits.delete(t, List.of(1))); // a correction too: the turn is gone
        anna.edit(t -> new Edit.ReplaceTurn(0, t.turns().get(0).withApproved(true)));
        awaitTrue(anna.sync::isInStep);
        cable.join();
        awaitInStep();
        Review review = anna.transcript().review();
        assertEquals(review, anna.store.join(anna.sync.programme()).transcript().review(), "the server holds the same record");
        assertEquals(java.util.Set.of("bo:bo 校对的:", "anna:anna 改的:口误，已更正", "bo:(deleted):"), review.corrections().stream()
                .map(c -> c.seat() + ":" + (c.after() == null ? "(deleted)" : c.after().text()) + ":" + c.reason())
                .collect(java.util.stream.Collectors.toSet()), "each seat's entries, and bo's reason for anna's");
        assertEquals(3, review.corrections().size());
        assertEquals(List.of(), allConflicts());
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = TimeUnit.MINUTES)
    void twoProofReadersCorrectingTheSameTurnsAtOnceEndInStepWithTheServerSettlingEachClashForTheOthersText() throws Exception {
        // Both correct and approve the same three turns as fast as they can, each on a thread of its own,
        // and settle each clash as a person taking the other's correction would: every seat must end with
        // what the server holds, however their writes and the log's news of them interleave.
        List<Thread> readers = new ArrayList<>();
        List<Throwable> failed = new CopyOnWriteArrayList<>();
        for (TestSeat seat : List.of(anna, bo)) {
            String name = seat == anna ? "anna" : "bo";
            Thread reader = new Thread(() -> {
                try {
                    java.util.Random random = new java.util.Random(name.hashCode());
                    for (int n = 0; n < 300; n++) {
                        int at = random.nextInt(3);
                        int k = n;
                        seat.edit(t -> new Edit.ReplaceTurn(at, k % 4 == 3 ? t.turns().get(at).withApproved(!t.turns().get(at).approved())
                                : t.turns().get(at).withParagraphs(List.of(name + " 校对第" + k + "处"))));
                        settleTakingTheirs(seat);
                    }
                } catch (Throwable e) {
                    failed.add(e);
                }
            }, "proof-reader " + name);
            readers.add(reader);
            reader.start();
        }
        for (Thread reader : readers) {
            reader.join(TimeUnit.MINUTES.toMillis(3));
        }
        assertEquals(List.of(), failed);
        try {
            awaitTrue(() -> {
                settleTakingTheirs(anna);
                settleTakingTheirs(bo);
                Transcript onServer = anna.store.join(anna.sync.programme()).transcript();
                return anna.sync.isInStep() && bo.sync.isInStep() && anna.transcript().equals(onServer)
                        && bo.transcript().equals(onServer);
            });
        } catch (AssertionError e) {
            throw new AssertionError("a seat is not what the server holds: anna " + describe(anna.transcript()) + "\nbo "
                    + describe(bo.transcript()) + "\nserver " + describe(anna.store.join(anna.sync.programme()).transcript()), e);
        }
        assertTrue(settled.get() > 0, "they clashed, and the clashes were reported");
    }

    /** Settles every clash reported to this seat by taking the other seat's text (or keeping one's own for a deleted turn). */
    private void settleTakingTheirs(TestSeat seat) throws Exception {
        while (!seat.conflicts.isEmpty()) {
            SharedStore.Conflict conflict = seat.conflicts.remove(0);
            settled.incrementAndGet();
            Turn chosen = conflict.theirs() != null && !conflict.theirs().deleted() ? conflict.theirs().turn()
                    : ((TurnWrite.Update) conflict.mine()).turn();
            seat.on(() -> {
                seat.sync.settle(conflict, chosen);
                return null;
            });
        }
    }

    private void awaitInStep() throws Exception {
        try {
            awaitTrue(() -> anna.sync.isInStep() && bo.sync.isInStep() && anna.transcript().equals(bo.transcript())
                    && ids(anna.transcript()).equals(ids(bo.transcript())));
        } catch (AssertionError e) {
            throw new AssertionError("the seats are not in step: anna " + anna.sync.isInStep() + " " + describe(anna.transcript())
                    + "\nbo " + bo.sync.isInStep() + " " + describe(bo.transcript()) + "\nconflicts " + allConflicts(), e);
        }
    }

    private List<SharedStore.Conflict> allConflicts() {
        List<SharedStore.Conflict> all = new ArrayList<>(anna.conflicts);
        all.addAll(bo.conflicts);
        return all;
    }

    private static String describe(Transcript transcript) {
        return transcript.turns().stream().map(t -> t.id() + (t.approved() ? "✓" : "") + ":" + t.text()).toList().toString();
    }

    private static void awaitTrue(Callable<Boolean> condition) throws Exception {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, condition); // generous: a hang, not a time
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not so after 2 minutes", e);
        }
    }

    private static List<String> ids(Transcript transcript) {
        return new ArrayList<>(transcript.turns().stream().map(Turn::id).toList());
    }
}
