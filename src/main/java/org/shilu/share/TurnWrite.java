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
     * against the server's version this seat's turn was made from ({@code base}, 0: a turn made here),
     * given the server's turn as last seen ({@code server}, null: none yet).
     */
    static TurnWrite toMake(String id, Turn turn, String orderKey, SharedTurn server, int base) {
        if (turn == null) {
            return new Delete(id, base);
        }
        boolean isNew = server == null && base == 0;
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
