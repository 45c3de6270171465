package org.shilu.share;

import java.util.Objects;

import org.shilu.model.Turn;

/**
 * One seat's change to one turn, made against the version it last saw: the server takes it only
 * if the turn is still at that version, so that no seat's change is silently written over.
 */
public sealed interface TurnWrite {
    String id();

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
