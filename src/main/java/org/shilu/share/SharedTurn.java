package org.shilu.share;

import java.util.Objects;

import org.shilu.model.Turn;

/**
 * A turn as the shared database holds it: the turn (with its id), where it sorts, its version
 * (counting each change from 1), whether it was deleted, and the seat that changed it last.
 */
public record SharedTurn(Turn turn, String orderKey, int version, boolean deleted, String seat) {
    public SharedTurn {
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(turn.id(), "a shared turn's id");
        Objects.requireNonNull(orderKey, "orderKey");
    }

    public String id() {
        return turn.id();
    }
}
