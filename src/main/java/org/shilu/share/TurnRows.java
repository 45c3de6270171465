package org.shilu.share;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shilu.format.ProjectJson;
import org.shilu.model.Turn;

/**
 * The turn table's rows: a seat's writes, each taken only against the version it names (or, new,
 * only where its id and key are free), logged one by one; and a row read back as a turn.
 */
final class TurnRows {
    /** Appends a change to the programme's log and gives its number. */
    @FunctionalInterface
    interface Log {
        long log(Connection connection, UUID programme, String seat, String turnId, String body) throws SQLException;
    }

    private final ProjectJson json;
    private final Log log;

    TurnRows(ProjectJson json, Log log) {
        this.json = json;
        this.log = log;
    }

    SharedStore.Written write(Connection connection, UUID programme, String seat, List<TurnWrite> writes) throws SQLException {
        SharedStore.holdLog(connection, programme);
        List<SharedTurn> applied = new ArrayList<>();
        List<SharedStore.Conflict> conflicts = new ArrayList<>();
        long last = 0;
        for (TurnWrite write : writes) {
            SharedTurn stored = switch (write) {
                case TurnWrite.Insert insert -> stored(connection, "insert into turn (programme, id, order_key, version, speaker,"
                        + " paragraphs, spoken_at, published_at, approved, deleted, seat, doubts) values (?, ?, ?, 1, ?, ?::jsonb, ?, ?, ?,"
                        + " false, ?, ?::jsonb) on conflict do nothing returning " + COLUMNS,
                        programme, insert.turn().id(), insert.orderKey(), insert.turn(), seat, -1);
                case TurnWrite.Update update -> updated(connection, programme, update, seat);
                case TurnWrite.Delete delete -> deleted(connection, programme, delete, seat);
            };
            if (stored == KEY_TAKEN || stored == null && write instanceof TurnWrite.Insert
                    && current(connection, programme, write.id()) == null) {
                conflicts.add(new SharedStore.Conflict(write, null, true));
                continue;
            }
            if (stored == null) {
                conflicts.add(new SharedStore.Conflict(write, current(connection, programme, write.id())));
                continue;
            }
            applied.add(stored);
            last = log.log(connection, programme, seat, stored.id(), SharedJson.body(stored));
        }
        return new SharedStore.Written(List.copyOf(applied), List.copyOf(conflicts), last == 0 ? SharedStore.lastSeq(connection, programme) : last);
    }

    static final String COLUMNS = "id, order_key, version, speaker, paragraphs::text, spoken_at, published_at,"
            + " approved, deleted, seat, doubts::text";

    private SharedTurn stored(Connection connection, String sql, UUID programme, String id, String orderKey, Turn turn,
                              String seat, int baseVersion) throws SQLException {
        boolean insert = baseVersion < 0;
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            int at = 1;
            if (insert) {
                p.setObject(at++, programme);
                p.setString(at++, id);
            }
            p.setString(at++, orderKey);
            p.setString(at++, turn.speakerId());
            p.setString(at++, json.writeParagraphs(turn.paragraphs()));
            p.setObject(at++, turn.spokenAt());
            p.setObject(at++, turn.publishedAt());
            p.setBoolean(at++, turn.approved());
            p.setString(at++, seat);
            p.setString(at++, SharedJson.writeDoubts(turn.doubts()));
            if (!insert) {
                p.setObject(at++, programme);
                p.setString(at++, id);
                p.setInt(at, baseVersion);
            }
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? turn(r) : null;
            }
        }
    }

    /** Stands for an update refused because another turn has the key it moves to. */
    private static final SharedTurn KEY_TAKEN = new SharedTurn(Turn.of("-", "-").withId("-"), "-", 1, true, "-");

    /** An update, in a savepoint: a key another turn has refuses this one write, not the whole batch. */
    private SharedTurn updated(Connection connection, UUID programme, TurnWrite.Update update, String seat) throws SQLException {
        java.sql.Savepoint before = connection.setSavepoint();
        try {
            SharedTurn stored = stored(connection, "update turn set order_key = ?, version = version + 1,"
                    + " speaker = ?, paragraphs = ?::jsonb, spoken_at = ?, published_at = ?, approved = ?, seat = ?,"
                    + " doubts = ?::jsonb"
                    + " where programme = ? and id = ? and version = ? and not deleted returning " + COLUMNS,
                    programme, update.turn().id(), update.orderKey(), update.turn(), seat, update.baseVersion());
            connection.releaseSavepoint(before);
            return stored;
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            return KEY_TAKEN;
        }
    }

    private SharedTurn deleted(Connection connection, UUID programme, TurnWrite.Delete delete, String seat) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("update turn set deleted = true, version = version + 1, seat = ?"
                + " where programme = ? and id = ? and version = ? and not deleted returning " + COLUMNS)) {
            p.setString(1, seat);
            p.setObject(2, programme);
            p.setString(3, delete.id());
            p.setInt(4, delete.baseVersion());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? turn(r) : null;
            }
        }
    }

    private SharedTurn current(Connection connection, UUID programme, String id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("select " + COLUMNS + " from turn where programme = ? and id = ?")) {
            p.setObject(1, programme);
            p.setString(2, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? turn(r) : null;
            }
        }
    }

    SharedTurn turn(ResultSet r) throws SQLException {
        try {
            Turn turn = new Turn(r.getString("speaker"), json.readParagraphs(r.getString(5)),
                    r.getObject("spoken_at", LocalDateTime.class), r.getObject("published_at", LocalDateTime.class),
                    r.getBoolean("approved"), r.getString("id"), SharedJson.readDoubts(r.getString("doubts")));
            return new SharedTurn(turn, r.getString("order_key"), r.getInt("version"), r.getBoolean("deleted"),
                    r.getString("seat"));
        } catch (IOException | IllegalArgumentException e) {
            throw new SQLException("turn " + r.getString("id") + " on the server is not readable: " + e.getMessage(), "SHBAD", e);
        }
    }
}
