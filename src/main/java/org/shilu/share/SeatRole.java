package org.shilu.share;

/**
 * What a seat does in a shared programme: types live, proof-reads and approves, or publishes. The
 * seat's role comes from the programme's access list on the server. A typist does not approve
 * their own turns (先审后发); only a publisher marks a version as published or publishes.
 */
public enum SeatRole {
    OPERATOR, PROOFREADER, PUBLISHER;

    public boolean mayApprove() {
        return this != OPERATOR;
    }

    /** Marks a version as published, and publishes to the portal's targets. */
    public boolean mayPublish() {
        return this == PUBLISHER;
    }

    String inDatabase() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
