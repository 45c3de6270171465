package org.shilu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;

import org.shilu.format.PortalTextReader;
import org.shilu.model.Edit;
import org.shilu.model.Turn;
import org.shilu.share.PostgresForTests;
import org.shilu.share.SeatRole;
import org.shilu.share.SharedStore;
import org.shilu.share.TestSeat;

/**
 * A commit at one seat until the other seat's document has it, over a real PostgreSQL server on
 * 127.0.0.1 (SeatSync: write, NOTIFY, read of the log, applied on the other seat's document
 * thread), against the bare round trip through the same driver: an INSERT and a NOTIFY in one
 * transaction at one connection until another connection, listening, is told. The two alternate,
 * 500 commits each, at 0.2 s apart (a fast typist commits every few seconds).
 *
 *   mvn -q test-compile exec:exec@share-benchmark
 */
public final class ShareBenchmark {
    private static final int COMMITS = 500;

    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PostgresForTests server = new PostgresForTests("share_bench")) {
            UUID programme;
            try (SharedStore owner = server.open("anna")) {
                byte[] sample;
                try (var in = ShareBenchmark.class.getResourceAsStream("/org/shilu/samples/lianyungang-2022-03-23.portal.txt")) {
                    sample = in.readAllBytes();
                }
                programme = owner.share("行风热线", new PortalTextReader().read(sample, "sample").project().transcript(),
                        "anna", SeatRole.OPERATOR);
                owner.grant(programme, "bo", SeatRole.PROOFREADER);
            }
            BlockingQueue<Long> seenAtBo = new ArrayBlockingQueue<>(16);
            try (TestSeat anna = new TestSeat(server, "anna", server.port(), programme);
                 TestSeat bo = new TestSeat(server, "bo", server.port(), programme);
                 Connection sender = DriverManager.getConnection(server.as("anna").jdbcUrl(), "anna", "anna-password");
                 Connection listener = DriverManager.getConnection(server.as("bo").jdbcUrl(), "bo", "bo-password")) {
                bo.document.addListener(change -> {
                    if (change.after().turns().size() > change.before().turns().size()) {
                        seenAtBo.add(System.nanoTime());
                    }
                });
                try (Statement s = sender.createStatement()) {
                    s.execute("create table bench_bare (n integer, text text)");
                }
                try (Statement s = listener.createStatement()) {
                    s.execute("LISTEN bench_bare");
                }
                sender.setAutoCommit(false);
                PGConnection pg = listener.unwrap(PGConnection.class);
                double[] shared = new double[COMMITS];
                double[] bare = new double[COMMITS];
                for (int i = 0; i < COMMITS; i++) {
                    long due = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
                    int n = i;
                    long start = System.nanoTime();
                    anna.edit(t -> new Edit.InsertTurn(t.turns().size(), Turn.of(t.roster().get(0).id(), "直播第" + n + "段")));
                    Long seen = seenAtBo.poll(60, TimeUnit.SECONDS);
                    if (seen == null) {
                        throw new IllegalStateException("commit " + i + " did not reach the other seat in a minute");
                    }
                    shared[i] = (seen - start) / 1e6;
                    long bareStart = System.nanoTime();
                    try (PreparedStatement insert = sender.prepareStatement("insert into bench_bare values (?, ?)");
                         PreparedStatement notify = sender.prepareStatement("select pg_notify('bench_bare', ?)")) {
                        insert.setInt(1, i);
                        insert.setString(2, "直播第" + n + "段");
                        insert.executeUpdate();
                        notify.setString(1, String.valueOf(i));
                        notify.executeQuery().close();
                        sender.commit();
                    }
                    while (pg.getNotifications(60_000) == null) {
                        // wait for it
                    }
                    bare[i] = (System.nanoTime() - bareStart) / 1e6;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                print("commit at one seat until the other seat's document has it", shared);
                print("bare INSERT + NOTIFY until another connection is told", bare);
                System.out.printf("ratio of p50: %.2f; of p95: %.2f%n", at(sorted(shared), 0.50) / at(sorted(bare), 0.50),
                        at(sorted(shared), 0.95) / at(sorted(bare), 0.95));
                System.out.println("goals: p50 <= 300 ms, p95 <= 1000 ms");
            }
        }
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static void print(String what, double[] values) {
        double[] s = sorted(values);
        System.out.printf("%-62s p50 %7.2f  p90 %7.2f  p95 %7.2f  p99 %7.2f  worst %7.2f ms (%d)%n", what,
                at(s, 0.5), at(s, 0.9), at(s, 0.95), at(s, 0.99), s[s.length - 1], s.length);
    }
}
