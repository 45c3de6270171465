package org.shilu.share;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;

import org.shilu.format.BadInputException;
import org.shilu.format.ProjectJson;
import org.shilu.format.SharedHeadJson;
import org.shilu.format.SharedReviewJson;
import org.shilu.model.Review;
import org.shilu.model.ReviewEdit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * A PostgreSQL database that holds shared programmes: their header and roster, every turn with
 * its order key and version, the append-only change log, and who may see each programme. Every
 * statement is prepared; connections come from a small HikariCP pool. Plain Java: the window and
 * the tests use it alike.
 */
public final class SharedStore implements AutoCloseable {
    /** The schema Shilu's tables live in, made on the first share. */
    public static final String SCHEMA = "shilu";

    private final ShareAddress address;
    private final String password;
    private final HikariDataSource pool;
    private final ProjectJson json = new ProjectJson();
    private final TurnRows rows = new TurnRows(json, this::log);

    /**
     * A programme as a joining seat receives it: the transcript in order (with the review's record),
     * each turn's version, the log's last number, and the role this database user has in it.
     */
    public record Snapshot(UUID programme, String title, Transcript transcript, List<SharedTurn> turns, long lastSeq,
                           SeatRole role) {
    }

    /** What became of a seat's writes: the turns as now stored, the writes refused (with the turn as it stands), the log's last number. */
    public record Written(List<SharedTurn> applied, List<Conflict> conflicts, long lastSeq) {
    }

    /**
     * A write refused because another seat changed the turn first (theirs: the turn as stored), or
     * took its id first (an insert; theirs: the turn with that id), or took its order key first
     * ({@code keyTaken}: the turn goes again with another key, no clash of texts).
     */
    public record Conflict(TurnWrite mine, SharedTurn theirs, boolean keyTaken) {
        public Conflict(TurnWrite mine, SharedTurn theirs) {
            this(mine, theirs, false);
        }
    }

    /** One entry of the change log: a turn's new state, a new header and roster, or a change of the review's record. */
    public record Change(long seq, String seat, SharedTurn turn, Transcript head, ReviewEdit review) {
    }

    private SharedStore(ShareAddress address, String password, HikariDataSource pool) {
        this.address = address;
        this.password = password;
        this.pool = pool;
    }

    /** Connects, checking the login at once: a wrong password or an untrusted server is said here. */
    public static SharedStore open(ShareAddress address, String password) throws ShareException {
        // One plain connection first: the pool would retry a refused login until its timeout.
        try (Connection check = java.sql.DriverManager.getConnection(address.jdbcUrl(), address.properties(password))) {
            check.isValid(5);
        } catch (SQLException e) {
            throw ShareException.of(e, address);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setDataSourceProperties(address.properties(password));
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("shilu-share");
        config.addDataSourceProperty("currentSchema", SCHEMA);
        return new SharedStore(address, password, new HikariDataSource(config));
    }

    /** Creates or brings up to date Shilu's tables (Flyway); the first seat to share needs the right to create a schema. */
    public void createSchema() throws ShareException {
        try {
            Flyway.configure().dataSource(pool).schemas(SCHEMA).createSchemas(true)
                    .locations("classpath:org/shilu/share/migration").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
            throw cause instanceof SQLException sql ? ShareException.of(sql, address)
                    : new ShareException(ShareException.Kind.REFUSED, "Shilu's tables could not be made on " + address
                    + ": " + e.getMessage(), e);
        }
    }

    /** Puts a programme on the server, with this database user on its access list in {@code role}. */
    public UUID share(String title, Transcript transcript, String seat, SeatRole role) throws ShareException {
        createSchema();
        UUID id = UUID.randomUUID();
        return inTransaction(connection -> {
            try (PreparedStatement p = connection.prepareStatement(
                    "insert into programme (id, title, header, roster, review) values (?, ?, ?::jsonb, '[]'::jsonb, ?::jsonb)")) {
                p.setObject(1, id);
                p.setString(2, title);
                p.setString(3, SharedHeadJson.write(json, transcript));
                p.setString(4, SharedReviewJson.write(transcript.review()));
                p.executeUpdate();
            }
            giveAccess(connection, id, address.user(), role);
            String key = null;
            List<TurnWrite> writes = new ArrayList<>();
            for (Turn turn : transcript.turns()) {
                key = OrderKeys.between(key, null);
                writes.add(new TurnWrite.Insert(turn, key));
            }
            rows.write(connection, id, seat, writes);
            return id;
        });
    }

    /** Puts another database user on the programme's access list (a user already on it keeps their role); only its owner may. */
    public void grant(UUID programme, String dbUser, SeatRole role) throws ShareException {
        try {
            inTransaction(connection -> {
                giveAccess(connection, programme, dbUser, role);
                return null;
            });
        } catch (ShareException e) {
            if (!(e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState()))) {
                throw e;
            }
        }
    }

    /** A user sees only their own row of the list (no other's can be read or updated here): a second grant fails as a duplicate. */
    private static void giveAccess(Connection connection, UUID programme, String dbUser, SeatRole role) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("insert into access (programme, db_user, role) values (?, ?, ?)")) {
            p.setObject(1, programme);
            p.setString(2, dbUser);
            p.setString(3, role.inDatabase());
            p.executeUpdate();
        }
    }

    /** The programme as it stands, for a seat that joins; NOT_SHARED when it is not there or not this user's to see. */
    public Snapshot join(UUID programme) throws ShareException {
        return inTransaction(connection -> {
            // The log's number first: a change committed while the turns are read is then read again
            // from the log (and found known), never missed; each statement here sees a newer state.
            long last = lastSeq(connection, programme);
            String title;
            Transcript head;
            Review review;
            try (PreparedStatement p = connection.prepareStatement(
                    "select title, header::text, review::text from programme where id = ?")) {
                p.setObject(1, programme);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no programme " + programme + " for " + address.user(), "SHNF0");
                    }
                    title = r.getString(1);
                    head = head(r.getString(2));
                    review = review(r.getString(3));
                }
            }
            List<SharedTurn> turns = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(
                    "select " + TurnRows.COLUMNS + " from turn where programme = ? and not deleted order by order_key")) {
                p.setObject(1, programme);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        turns.add(rows.turn(r));
                    }
                }
            }
            Transcript transcript = new Transcript(head.header(), head.roster(), turns.stream().map(SharedTurn::turn).toList(),
                    review, head.glossary(), head.desk());
            return new Snapshot(programme, title, transcript, List.copyOf(turns), last, role(connection, programme));
        });
    }

    /** Writes a seat's changes in one transaction; each that meets a newer version is refused and returned as a conflict. */
    public Written write(UUID programme, String seat, List<TurnWrite> writes) throws ShareException {
        return inTransaction(connection -> {
            if (!maySee(connection, programme)) {
                throw new SQLException("no programme " + programme + " for " + address.user(), "SHNF0");
            }
            return rows.write(connection, programme, seat, writes);
        });
    }

    /** The header and roster replaced (the last seat to write them wins), logged like a turn. */
    public long writeHead(UUID programme, String seat, Transcript head) throws ShareException {
        return inTransaction(connection -> {
            holdLog(connection, programme);
            String written = SharedHeadJson.write(json, head);
            try (PreparedStatement p = connection.prepareStatement("update programme set header = ?::jsonb where id = ?")) {
                p.setString(1, written);
                p.setObject(2, programme);
                if (p.executeUpdate() == 0) {
                    throw new SQLException("no programme " + programme + " for " + address.user(), "SHNF0");
                }
            }
            return log(connection, programme, seat, null, "{\"head\":" + written + "}");
        });
    }

    /**
     * Applies a seat's changes to the review's record, in order, and logs each: every seat that
     * applies the log's changes to its own record ends with the one the programme's row holds.
     */
    public long writeReview(UUID programme, String seat, List<ReviewEdit> edits) throws ShareException {
        return inTransaction(connection -> {
            holdLog(connection, programme);
            Review review;
            try (PreparedStatement p = connection.prepareStatement("select review::text from programme where id = ? for update")) {
                p.setObject(1, programme);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new SQLException("no programme " + programme + " for " + address.user(), "SHNF0");
                    }
                    review = review(r.getString(1));
                }
            }
            long last = 0;
            for (ReviewEdit edit : edits) {
                review = edit.applyTo(review);
                last = log(connection, programme, seat, null, "{\"review\":" + SharedReviewJson.write(edit) + "}");
            }
            try (PreparedStatement p = connection.prepareStatement("update programme set review = ?::jsonb where id = ?")) {
                p.setString(1, SharedReviewJson.write(review));
                p.setObject(2, programme);
                p.executeUpdate();
            }
            return last;
        });
    }

    /** Every change after {@code seq}, in the order the server took them. */
    public List<Change> changesSince(UUID programme, long seq) throws ShareException {
        return inTransaction(connection -> {
            List<Change> changes = new ArrayList<>();
            try (PreparedStatement p = connection.prepareStatement(
                    "select seq, seat, body::text from change where programme = ? and seq > ? order by seq")) {
                p.setObject(1, programme);
                p.setLong(2, seq);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        changes.add(SharedJson.change(json, r.getLong(1), r.getString(2), r.getString(3)));
                    }
                }
            }
            return changes;
        });
    }

    /**
     * Wakes {@code wake} whenever a seat logs a change to the programme, and tells {@code presence}
     * what a seat says it is editing ({@link #announce}), until the listener is closed.
     */
    public ChangeListener listen(UUID programme, Runnable wake, java.util.function.Consumer<String> presence) {
        return new ChangeListener(address, password, channel(programme), wake, presence);
    }

    /** Tells the other seats what this one is editing now: the seat, a tab and a turn's id (none: nothing). */
    public void announce(UUID programme, String seat, String turnId) throws ShareException {
        inTransaction(connection -> {
            if (!maySee(connection, programme)) {
                throw new SQLException("no programme " + programme + " for " + address.user(), "SHNF0");
            }
            try (PreparedStatement p = connection.prepareStatement("select pg_notify(?, ?)")) {
                p.setString(1, channel(programme) + "_editing");
                p.setString(2, seat + "\t" + (turnId == null ? "" : turnId));
                p.executeQuery().close();
            }
            return null;
        });
    }

    private static String channel(UUID programme) {
        return "shilu_" + programme.toString().replace("-", "");
    }

    /**
     * Holds the programme's log until this transaction ends: numbers are then given in the order
     * the writes commit, so a seat that read up to a number never misses a lower one committed later.
     */
    static void holdLog(Connection connection, UUID programme) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            p.setLong(1, programme.getMostSignificantBits() ^ programme.getLeastSignificantBits());
            p.executeQuery().close();
        }
    }

    private long log(Connection connection, UUID programme, String seat, String turnId, String body) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "insert into change (programme, seat, turn_id, body) values (?, ?, ?, ?::jsonb) returning seq")) {
            p.setObject(1, programme);
            p.setString(2, seat);
            p.setString(3, turnId);
            p.setString(4, body);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static boolean maySee(Connection connection, UUID programme) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("select may_see(?)")) {
            p.setObject(1, programme);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    static long lastSeq(Connection connection, UUID programme) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("select coalesce(max(seq), 0) from change where programme = ?")) {
            p.setObject(1, programme);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** This database user's role in the programme: their own row of the access list. */
    private static SeatRole role(Connection connection, UUID programme) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "select role from access where programme = ? and db_user = current_user")) {
            p.setObject(1, programme);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? SeatRole.valueOf(r.getString(1).toUpperCase(java.util.Locale.ROOT)) : SeatRole.PUBLISHER;
            }
        }
    }

    private Review review(String written) throws SQLException {
        try {
            return SharedReviewJson.readReview(written, address.toString());
        } catch (BadInputException e) {
            throw new SQLException(e.getMessage(), "SHBAD", e);
        }
    }

    private Transcript head(String written) throws SQLException {
        try {
            return SharedHeadJson.read(json, written, address.toString());
        } catch (BadInputException e) {
            throw new SQLException(e.getMessage(), "SHBAD", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T in(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws ShareException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.in(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if ("SHNF0".equals(e.getSQLState())) {
                throw new ShareException(ShareException.Kind.NOT_SHARED, "there is no such shared programme on " + address
                        + ", or " + address.user() + " is not on its access list", e);
            }
            throw ShareException.of(e, address);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
