package org.shilu.share;

/** What a seat does in a shared programme: types live, proof-reads and approves, or publishes. */
public enum SeatRole {
    OPERATOR, PROOFREADER, PUBLISHER;

    String inDatabase() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
