package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** The shared store on a real PostgreSQL server ({@link PostgresForTests}): anna shares, bo is let in, cai is not. */
class SharedStoreTest {
    private static PostgresForTests server;
    private SharedStore anna;
    private SharedStore bo;
    private UUID programme;

    @BeforeAll
    static void startServer() throws Exception {
        server = new PostgresForTests("share_test");
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    static ShareAddress as(String user) {
        return server.as(user);
    }

    static SharedStore open(String user) throws ShareException {
        return server.open(user);
    }

    static Transcript threeTurns() {
        return new Transcript(Header.EMPTY.withProgramme("行风热线"),
                List.of(Speaker.of("s1", "主持人", Role.HOST), Speaker.of("s2", "嘉宾", Role.GUEST)),
                List.of(Turn.of("s1", "问一"), Turn.of("s2", "答一", "答一续"), Turn.of("s1", "问二")));
    }

    @BeforeEach
    void share() throws Exception {
        anna = open("anna");
        bo = open("bo");
        programme = anna.share("行风热线", threeTurns(), "anna", SeatRole.OPERATOR);
    }

    @AfterEach
    void close() {
        anna.close();
        bo.close();
    }

    @Test
    void aProgrammeIsSeenOnlyByThoseLetInAndReachesThemWhole() throws Exception {
        ShareException refused = assertThrows(ShareException.class, () -> bo.join(programme));
        assertEquals(ShareException.Kind.NOT_SHARED, refused.kind());
        anna.grant(programme, "bo", SeatRole.PROOFREADER);
        SharedStore.Snapshot joined = bo.join(programme);
        assertEquals(threeTurns(), joined.transcript());
        assertEquals(List.of("t1", "t2", "t3"), joined.transcript().turns().stream().map(Turn::id).toList());
        assertEquals("行风热线", joined.title());
        assertTrue(joined.lastSeq() > 0);
    }

    @Test
    void aChangeMadeOverAnotherSeatsNewerOneIsRefusedWithTheirTurnNotWrittenOver() throws Exception {
        anna.grant(programme, "bo", SeatRole.PROOFREADER);
        List<SharedTurn> turns = bo.join(programme).turns();
        SharedTurn answer = turns.get(1);
        var bos = bo.write(programme, "bo", List.of(new TurnWrite.Update(answer.turn().withApproved(true)
                .withParagraphs(List.of("答一，校对过")), answer.orderKey(), answer.version())));
        assertEquals(List.of(), bos.conflicts());
        assertEquals(2, bos.applied().get(0).version());
        var annas = anna.write(programme, "anna", List.of(new TurnWrite.Update(answer.turn().withParagraphs(List.of("答一，主持改")),
                answer.orderKey(), answer.version())));
        assertEquals(1, annas.conflicts().size());
        SharedStore.Conflict conflict = annas.conflicts().get(0);
        assertEquals("答一，校对过", conflict.theirs().turn().text(), "both texts are there to choose from");
        assertEquals("答一，主持改", ((TurnWrite.Update) conflict.mine()).turn().text());
        assertEquals("答一，校对过", bo.join(programme).transcript().turns().get(1).text(), "bo's change stands");

        SharedTurn question = turns.get(2);
        anna.write(programme, "anna", List.of(new TurnWrite.Delete(question.id(), question.version())));
        var late = bo.write(programme, "bo", List.of(new TurnWrite.Update(question.turn().withApproved(true),
                question.orderKey(), question.version())));
        assertTrue(late.conflicts().get(0).theirs().deleted(), "a change to a turn deleted meanwhile is a conflict, not lost");
    }

    @Test
    void twoSeatsInsertingAtTheSamePlaceBothKeepTheirTurnsAndATakenIdIsRefused() throws Exception {
        anna.grant(programme, "bo", SeatRole.PROOFREADER);
        List<SharedTurn> turns = bo.join(programme).turns();
        String between = OrderKeys.between(turns.get(0).orderKey(), turns.get(1).orderKey());
        anna.write(programme, "anna", List.of(new TurnWrite.Insert(Turn.of("s1", "主持人插话").withId("t4"), between)));
        var bos = bo.write(programme, "bo", List.of(new TurnWrite.Insert(Turn.of("s2", "嘉宾补充").withId("t4"), between),
                new TurnWrite.Insert(Turn.of("s2", "嘉宾补充").withId("t4-bo"),
                        OrderKeys.between(between, turns.get(1).orderKey()))));
        assertEquals("t4", bos.conflicts().get(0).mine().id(), "the id was taken first by anna");
        assertEquals(List.of("问一", "主持人插话", "嘉宾补充", "答一\n答一续", "问二"),
                anna.join(programme).transcript().turns().stream().map(Turn::text).toList());
    }

    @Test
    void aListeningSeatIsWokenByAnotherSeatsChangeAndReadsItFromTheLog() throws Exception {
        anna.grant(programme, "bo", SeatRole.PROOFREADER);
        long seen = bo.join(programme).lastSeq();
        CountDownLatch woken = new CountDownLatch(2); // once when it starts listening, once for the change
        java.util.concurrent.BlockingQueue<String> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        try (ChangeListener listener = bo.listen(programme, woken::countDown, heard::add)) {
            awaitListening(listener);
            SharedTurn last = anna.join(programme).turns().get(2);
            anna.write(programme, "anna", List.of(new TurnWrite.Insert(Turn.of("s2", "答二").withId("t4"),
                    OrderKeys.between(last.orderKey(), null))));
            assertTrue(woken.await(30, TimeUnit.SECONDS), "NOTIFY reached the other seat");
            List<SharedStore.Change> changes = bo.changesSince(programme, seen);
            assertEquals(1, changes.size());
            assertEquals("答二", changes.get(0).turn().turn().text());
            assertEquals("anna", changes.get(0).seat());
            anna.announce(programme, "anna", "t2");
            assertEquals("anna\tt2", heard.poll(30, TimeUnit.SECONDS), "a seat hears what another edits now");
        }
    }

    @Test
    void aSeatNotLetInCanNeitherReadNorChangeThroughShiluOrPlainSql() throws Exception {
        try (SharedStore cai = open("cai")) {
            assertEquals(ShareException.Kind.NOT_SHARED, assertThrows(ShareException.class, () -> cai.join(programme)).kind());
            assertEquals(ShareException.Kind.NOT_SHARED, assertThrows(ShareException.class, () -> cai.write(programme, "cai",
                    List.of(new TurnWrite.Delete("t1", 1)))).kind());
        }
        try (Connection cai = DriverManager.getConnection(as("cai").jdbcUrl(), as("cai").properties("cai-password"));
             Statement s = cai.createStatement()) {
            try (ResultSet r = s.executeQuery("select count(*) from shilu.turn")) {
                r.next();
                assertEquals(0, r.getInt(1), "row-level security hides every turn");
            }
            assertEquals(0, s.executeUpdate("update shilu.turn set paragraphs = '[\"改\"]'::jsonb"));
            assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("delete from shilu.turn"), "nor delete");
            assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("insert into shilu.access (programme, db_user, role)"
                    + " values ('" + programme + "', 'cai', 'operator')"), "nor by adding himself");
        }
        assertEquals(3, anna.join(programme).turns().size());
    }

    @Test
    void hostileTextIsStoredAndReadBackAsText() throws Exception {
        String hostile = "'); drop table shilu.turn; -- <script>alert(1)</script> \\\" \\u0000x 𠀀";
        var written = anna.write(programme, "anna\"; drop", List.of(new TurnWrite.Insert(
                Turn.of("s1", hostile).withId("t9'--"), OrderKeys.between(anna.join(programme).turns().getLast().orderKey(), null))));
        assertEquals(List.of(), written.conflicts());
        assertTrue(anna.join(programme).transcript().turns().stream().anyMatch(t -> t.text().equals(hostile)
                && t.id().equals("t9'--")));
        assertEquals(hostile, anna.changesSince(programme, 0).getLast().turn().turn().text());
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        ShareException refused = assertThrows(ShareException.class, () -> SharedStore.open(as("bo"), "not-the-password"));
        assertEquals(ShareException.Kind.WRONG_LOGIN, refused.kind());
        assertTrue(refused.getMessage().contains("user name or password"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("not-the-password"), "the password is never shown");
    }

    private static void awaitListening(ChangeListener listener) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, listener::isListening);
    }
}
