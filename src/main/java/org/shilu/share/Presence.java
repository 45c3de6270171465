package org.shilu.share;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the seats say they are editing now: the turns other seats edit (heard on the programme's
 * second channel), and what this seat edits, until it has been said.
 */
final class Presence {
    /** A turn to say this seat edits now (null: none). */
    record Saying(String turnId) {
    }

    private final String seat;
    private final Map<String, String> editingElsewhere = new HashMap<>();
    private String editingHere;
    private boolean unsaid;

    Presence(String seat) {
        this.seat = seat;
    }

    /** What another seat said ("seat\tturn", an empty turn: none); whether it changed anything. */
    synchronized boolean heard(String said) {
        int tab = said.indexOf('\t');
        if (tab < 0 || said.substring(0, tab).equals(seat)) {
            return false;
        }
        String who = said.substring(0, tab);
        String turn = said.substring(tab + 1);
        editingElsewhere.values().removeIf(who::equals);
        if (!turn.isEmpty()) {
            editingElsewhere.put(turn, who);
        }
        return true;
    }

    synchronized void editing(String turnId) {
        editingHere = turnId;
        unsaid = true;
    }

    /** What is still to be said, or null when all is said. */
    synchronized Saying toSay() {
        return unsaid ? new Saying(editingHere) : null;
    }

    synchronized void said(Saying saying) {
        unsaid = !Objects.equals(saying.turnId(), editingHere);
    }

    /** Says what this seat edits now, if that is still to be said. Seat thread. */
    void sayWith(SharedStore store, java.util.UUID programme) throws ShareException {
        Saying saying = toSay();
        if (saying != null) {
            store.announce(programme, seat, saying.turnId());
            said(saying);
        }
    }

    synchronized String editedBy(String turnId) {
        return editingElsewhere.get(turnId);
    }
}
