package org.shilu.share;

/** What a seat ({@link SeatSync}) tells the window. */
public interface SeatEvents {
    /** Whether the server is reached, and how many turns wait to be written; on the seat's thread. */
    void state(boolean online, int waiting);

    /** A write refused because another seat changed the turn first; on the document thread. */
    void conflict(SharedStore.Conflict conflict);

    /** Which turns other seats edit now, or who changed a turn last, changed; on the document thread. */
    default void marksChanged() {
    }
}
