package org.shilu.share;

import java.util.Objects;

import org.shilu.model.Turn;

/**
 * One seat's change to one turn, made against the version it last saw: the server takes it only
 * if the turn is still at that version, so that no seat's change is silently written over.
 */
public sealed interface TurnWrite {
    String id();

    /**
     * The write that makes the turn {@code id} what this seat wants ({@code turn} null: deleted),
     * against the version last seen on the server ({@code server}, null: none yet), or against the
     * one a killed seat's change was made on ({@code restoredBase}, 0: a turn made there; null: none).
     */
    static TurnWrite toMake(String id, Turn turn, String orderKey, SharedTurn server, Integer restoredBase) {
        int base = restoredBase != null ? restoredBase : server == null ? 0 : server.version();
        if (turn == null) {
            return new Delete(id, base);
        }
        boolean isNew = server == null && (restoredBase == null || restoredBase == 0);
        return isNew ? new Insert(turn, orderKey) : new Update(turn, orderKey, base);
    }

    /** A new turn; refused only when another seat took the same id first. */
    record Insert(Turn turn, String orderKey) implements TurnWrite {
        public Insert {
            Objects.requireNonNull(turn.id(), "a new turn's id");
            Objects.requireNonNull(orderKey, "orderKey");
        }

        @Override
        public String id() {
            return turn.id();
        }
    }

    /** A changed or moved turn. */
    record Update(Turn turn, String orderKey, int baseVersion) implements TurnWrite {
        public Update {
            Objects.requireNonNull(turn.id(), "a turn's id");
            Objects.requireNonNull(orderKey, "orderKey");
        }

        @Override
        public String id() {
            return turn.id();
        }
    }

    /** A deleted turn. */
    record Delete(String id, int baseVersion) implements TurnWrite {
        public Delete {
            Objects.requireNonNull(id, "id");
        }
    }
}
