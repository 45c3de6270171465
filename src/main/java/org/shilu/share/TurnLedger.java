package org.shilu.share;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.shilu.share.SeatDocument.Wanted;

/**
 * One seat's account of its turns against the server's: the server's turns as last seen, what
 * waits to be written, the server's version each turn here was made from, and the clashes the user
 * has still to settle. A write names the version its turn was made from, so a change made here
 * before another seat's change arrived clashes instead of silently writing over it; another seat's
 * change does not replace a turn with a change of this seat's still to go. Used from the seat's
 * thread and the document's; every method holds the ledger's lock.
 */
final class TurnLedger {
    /** What to send now: the wanted turns, and the writes made of them. */
    record Sending(Map<String, Wanted> wanted, List<TurnWrite> writes) {
    }

    /** What a write came to: the new turns the server took, and those whose place another seat took first. */
    record Outcome(List<String> inserted, List<String> keysTaken) {
    }

    private final String seat;
    /** The server's turns as last seen here, by id. */
    private final Map<String, SharedTurn> known = new HashMap<>();
    /** What waits to be written, by id, oldest first. */
    private final Map<String, Wanted> waiting = new LinkedHashMap<>();
    /** The server's version each turn of the document was made from (none or 0: made here). */
    private final Map<String, Integer> madeFrom = new HashMap<>();
    /** Turns whose clash waits for the user's choice: their writes wait, and other seats' changes stay out. */
    private final Set<String> unsettled = new HashSet<>();

    TurnLedger(String seat, Collection<SharedTurn> joined) {
        this.seat = seat;
        for (SharedTurn turn : joined) {
            known.put(turn.id(), turn);
            madeFrom.put(turn.id(), turn.version());
        }
    }

    /** Of what a killed seat left, what is still to go: it waits, against the versions it was made from. */
    synchronized PendingFile.Left restore(PendingFile file) {
        PendingFile.Left left = file == null ? PendingFile.Left.NOTHING : file.leftToSend(known);
        for (SharedTurn change : left.turns()) {
            madeFrom.put(change.id(), change.version());
            waiting.put(change.id(), new Wanted(change.deleted() ? null : change.turn(), change.orderKey()));
        }
        return left;
    }

    /** The pending file's lines for what waits. */
    synchronized List<SharedTurn> pendingLines() {
        return PendingFile.linesOf(waiting, known, madeFrom, seat);
    }

    /** The seat that changed this turn last, when it is another seat; else null. */
    synchronized String changedBy(String turnId) {
        SharedTurn server = known.get(turnId);
        return server == null || server.seat().equals(seat) ? null : server.seat();
    }

    synchronized boolean nothingWaits() {
        return waiting.isEmpty();
    }

    synchronized int waitingCount() {
        return waiting.size();
    }

    /**
     * Turns changed here, as the document has them now, wait to be written; one that is what the
     * server holds already is made from the server's version instead. A turn made here whose id
     * another seat's turn has ({@code fresh}) waits for a new id.
     */
    synchronized void want(Map<String, Wanted> wanted, Predicate<String> fresh) {
        for (var entry : wanted.entrySet()) {
            String id = entry.getKey();
            SharedTurn server = known.get(id);
            Wanted want = entry.getValue();
            waiting.remove(id);
            if (server != null && !server.seat().equals(seat) && fresh.test(id)) {
                continue; // made here with an id another seat's turn has: renamed when theirs comes in
            }
            boolean same = server != null && want.turn() != null && !server.deleted()
                    && server.turn().equals(want.turn()) && server.orderKey().equals(want.orderKey());
            boolean neverSent = server == null && want.turn() == null;
            if (same && !unsettled.contains(id)) {
                madeFrom.put(id, server.version()); // this seat's turn is the server's as it is now
            } else if (!neverSent) {
                waiting.put(id, want);
            }
        }
    }

    /** What waits, as writes against the versions the turns were made from; not the turns of unsettled clashes. */
    synchronized Sending toSend() {
        Map<String, Wanted> sending = new LinkedHashMap<>(waiting);
        sending.keySet().removeAll(unsettled);
        List<TurnWrite> writes = new ArrayList<>();
        sending.forEach((id, want) -> writes.add(TurnWrite.toMake(id, want.turn(), want.orderKey(), known.get(id),
                madeFrom.getOrDefault(id, 0))));
        return new Sending(sending, writes);
    }

    /**
     * Takes in what the server did with the writes: taken ones stop waiting (unless changed again
     * meanwhile); a clash over a changed turn holds it, with this seat's text, until settled.
     */
    synchronized Outcome written(SharedStore.Written written, Sending sent) {
        List<String> inserted = new ArrayList<>();
        List<String> keysTaken = new ArrayList<>();
        for (SharedTurn applied : written.applied()) {
            if (!known.containsKey(applied.id())) {
                inserted.add(applied.id());
            }
            knowNewer(applied);
            madeFrom.put(applied.id(), applied.version());
            waiting.remove(applied.id(), sent.wanted().get(applied.id()));
        }
        for (SharedStore.Conflict conflict : written.conflicts()) {
            String id = conflict.mine().id();
            if (conflict.keyTaken()) {
                waiting.remove(id, sent.wanted().get(id));
                keysTaken.add(id);
            } else if (conflict.mine() instanceof TurnWrite.Insert) {
                waiting.remove(id, sent.wanted().get(id)); // the id was taken: renamed when their turn comes in
            } else {
                unsettled.add(id);
                if (conflict.theirs() != null) {
                    knowNewer(conflict.theirs());
                }
            }
        }
        return new Outcome(inserted, keysTaken);
    }

    /**
     * Another seat's turn read from the log: whether it is news (not this seat's own write, known
     * since it was made). A turn made here, not yet written, whose id it has stops waiting: it takes
     * a new id when theirs comes in, and goes again under it.
     */
    synchronized boolean heard(SharedTurn theirs) {
        SharedTurn server = known.get(theirs.id());
        if (server == null) {
            waiting.remove(theirs.id());
        } else if (server.version() >= theirs.version()) {
            return false;
        }
        known.put(theirs.id(), theirs);
        return true;
    }

    /**
     * Of other seats' turns, those that may replace this seat's: not a turn with a change of this
     * seat's still to go or a clash to settle (the write clashes instead), nor one this seat's turn
     * is newer than. Their versions are what these turns are made from now.
     */
    synchronized List<SharedTurn> replacing(Collection<SharedTurn> theirs) {
        List<SharedTurn> taken = new ArrayList<>();
        for (SharedTurn turn : theirs) {
            String id = turn.id();
            if (waiting.containsKey(id) || unsettled.contains(id) || madeFrom.getOrDefault(id, 0) >= turn.version()) {
                continue;
            }
            madeFrom.put(id, turn.version());
            taken.add(turn);
        }
        return taken;
    }

    /** The clash is settled for the other seat's turn: this seat's change is given up; gives the server's turn now. */
    synchronized SharedTurn settledForTheirs(String id, SharedTurn theirs) {
        unsettled.remove(id);
        waiting.remove(id);
        SharedTurn latest = known.getOrDefault(id, theirs);
        madeFrom.put(id, latest.version());
        return latest;
    }

    /** The clash is settled for a text of the user's, written over theirs ({@code theirs}, which the user saw). */
    synchronized void settledOver(String id, SharedTurn theirs) {
        unsettled.remove(id);
        if (theirs != null) {
            madeFrom.put(id, theirs.version());
        }
    }

    /** The clash over a turn the other seat deleted is settled: the turn goes again under a new id, or not at all. */
    synchronized void settledGone(String id) {
        unsettled.remove(id);
        madeFrom.remove(id);
        waiting.remove(id);
    }

    /** These turns stop waiting (they go again under new ids). */
    synchronized void forget(Collection<String> ids) {
        ids.forEach(waiting::remove);
    }

    /** The turn waits as it is now, unless a change of it waits already. */
    synchronized void waitUnlessWaiting(String id, Wanted now) {
        waiting.putIfAbsent(id, now);
    }

    private void knowNewer(SharedTurn server) {
        known.merge(server.id(), server, (was, now) -> now.version() >= was.version() ? now : was);
    }
}
