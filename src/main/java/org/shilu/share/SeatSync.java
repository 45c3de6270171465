package org.shilu.share;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.nio.file.Path;

import org.shilu.model.Document;
import org.shilu.model.ReviewEdit;
import org.shilu.model.Transcript;
import org.shilu.model.TranscriptChange;
import org.shilu.model.Turn;
import org.shilu.share.SeatDocument.Wanted;

/**
 * One seat of a shared programme: keeps this seat's document and the server in step. Each local
 * change becomes writes of the turns it touched, against the versions last seen, sent by a thread
 * of its own; other seats' changes come in by LISTEN/NOTIFY and are applied to the document as
 * {@code Edit.Remote} edits. While the server is away the writes wait (the newest state of each
 * turn) and go when it is back; the document and its journal keep working meanwhile. A write that
 * meets another seat's newer version is never dropped: the turn keeps this seat's text here and
 * the clash is reported as a {@link SharedStore.Conflict}, with both texts, to be settled. A new
 * turn whose id or place another seat took at the same moment quietly takes another. The review's
 * record (published version, correction log) is shared as its changes ({@link ReviewEdit}), which
 * every seat applies in whatever order they come and ends with the same.
 *
 * <p>The document is touched only on {@code documentThread} (the FX thread in the window), where
 * its listeners run too; the server is spoken to on this class's own thread.
 */
public final class SeatSync implements AutoCloseable {
    private final SharedStore store;
    private final UUID programme;
    private final String seat;
    private final Executor documentThread;
    private final SeatEvents events;
    private final SeatDocument side;
    private final Presence presence;
    private final Object lock = new Object();
    /** The server's turns as last seen here, by id. Guarded by lock. */
    private final Map<String, SharedTurn> known = new HashMap<>();
    /** What waits to be written, by id, oldest first. Guarded by lock. */
    private final Map<String, Wanted> waiting = new LinkedHashMap<>();
    private final ReviewOutbox reviewWaiting = new ReviewOutbox();
    private final Thread thread;
    private final ChangeListener listener;
    /** The header and roster to write, or null; the last to write wins. */
    private volatile Transcript headWanted;
    private boolean woken;
    private long seen;
    private boolean online = true;
    private volatile boolean closed;

    /**
     * Starts keeping {@code document}, which holds {@code joined}'s transcript, in step with the
     * server; the changes not yet sent are kept in {@code pending} (this seat's file for the
     * programme; null: none), and those a killed seat left there are put into the document and sent.
     */
    public SeatSync(SharedStore store, SharedStore.Snapshot joined, String seat, Document document, Executor documentThread,
                    Path pending, SeatEvents events) {
        this.store = store;
        this.programme = joined.programme();
        this.seat = Objects.requireNonNull(seat, "seat");
        this.documentThread = documentThread;
        this.events = events;
        side = new SeatDocument(document, seat, joined.turns());
        document.logCorrectionsAs(seat); // the shared log names the seat
        presence = new Presence(seat);
        for (SharedTurn turn : joined.turns()) {
            known.put(turn.id(), turn);
        }
        seen = joined.lastSeq();
        pendingFile = pending == null ? null : new PendingFile(pending);
        document.addListener(this::changedHere);
        thread = new Thread(this::run, "shilu-share-" + seat);
        thread.setDaemon(true);
        thread.start();
        listener = store.listen(programme, this::wake, said -> {
            if (presence.heard(said)) {
                documentThread.execute(events::marksChanged);
            }
        });
    }

    public UUID programme() {
        return programme;
    }

    private final PendingFile pendingFile;
    /** The versions restored changes were made against, by id (0: a new turn). Guarded by lock. */
    private final Map<String, Integer> restoredBase = new HashMap<>();
    /** Puts the changes a killed seat left into the queue and the document. Seat thread, before all else. */
    private void restore() {
        PendingFile.Left left;
        synchronized (lock) {
            left = pendingFile == null ? PendingFile.Left.NOTHING : pendingFile.leftToSend(known);
            for (SharedTurn change : left.turns()) {
                restoredBase.put(change.id(), change.version());
                waiting.put(change.id(), new Wanted(change.deleted() ? null : change.turn(), change.orderKey()));
            }
        }
        reviewWaiting.add(left.review());
        if (!left.isEmpty()) {
            documentThread.execute(() -> {
                side.restore(left.turns(), left.review());
                wake();
            });
        }
    }

    /** Keeps what waits in the pending file (when it changed). Seat thread. */
    private void persist() {
        if (pendingFile != null) {
            List<SharedTurn> lines;
            synchronized (lock) {
                lines = PendingFile.linesOf(waiting, known, restoredBase, seat);
            }
            pendingFile.keep(new PendingFile.Left(lines, reviewWaiting.waiting()));
        }
    }

    /** Says to the other seats that this one edits the turn {@code turnId} now (null: none); sent by the seat's thread. */
    public void editing(String turnId) {
        presence.editing(turnId);
        wake();
    }

    /** The seat editing this turn now, other than this one, or null. */
    public String editedBy(String turnId) {
        return presence.editedBy(turnId);
    }

    /** The seat that changed this turn last, when it is another seat; else null. */
    public String changedBy(String turnId) {
        synchronized (lock) {
            SharedTurn server = known.get(turnId);
            return server == null || server.seat().equals(seat) ? null : server.seat();
        }
    }

    /** Whether every change made here is on the server. */
    public boolean isInStep() {
        synchronized (lock) {
            return waiting.isEmpty() && headWanted == null && reviewWaiting.isEmpty();
        }
    }

    private void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    /** A change made at this seat: the turns it touched wait to be written. Document thread. */
    private void changedHere(TranscriptChange change) {
        if (side.isRemote(change)) {
            return;
        }
        if (!change.before().header().equals(change.after().header()) || change.before().roster() != change.after().roster()) {
            headWanted = change.after();
        }
        reviewWaiting.changed(change.before().review(), change.after().review());
        want(side.touchedBy(change));
    }

    private void want(Map<String, Wanted> wanted) {
        synchronized (lock) {
            for (var entry : wanted.entrySet()) {
                SharedTurn server = known.get(entry.getKey());
                Wanted want = entry.getValue();
                waiting.remove(entry.getKey());
                if (server != null && !server.seat().equals(seat) && side.isFresh(entry.getKey())) {
                    continue; // made here with an id another seat's turn has: renamed when theirs comes in
                }
                boolean same = server != null && want.turn() != null && !server.deleted()
                        && server.turn().equals(want.turn()) && server.orderKey().equals(want.orderKey());
                boolean neverSent = server == null && want.turn() == null;
                if (!same && !neverSent) {
                    waiting.put(entry.getKey(), want);
                }
            }
            woken = true;
            lock.notifyAll();
        }
    }

    private void run() {
        restore();
        long backoff = 250;
        while (!closed) {
            try {
                synchronized (lock) {
                    if (!woken) {
                        lock.wait(online ? 5_000 : backoff);
                    }
                    woken = false;
                }
                if (closed) {
                    return;
                }
                presence.sayWith(store, programme);
                persist();
                List<String> keysTaken = writeWaiting();
                readOthers();
                if (!keysTaken.isEmpty()) {
                    // Once the other seat's turns are in, these take keys between their neighbours as they are now.
                    documentThread.execute(() -> {
                        keysTaken.forEach(side::keyTaken);
                        want(side.rekeyed(keysTaken));
                    });
                }
                persist();
                setOnline(true);
                backoff = 250;
            } catch (ShareException e) {
                setOnline(false); // the writes are kept, and tried again after a wait
                backoff = Math.min(10_000, backoff * 2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void setOnline(boolean now) {
        int count;
        synchronized (lock) {
            online = now;
            count = waiting.size();
        }
        events.state(now, count);
    }

    /**
     * Sends what waits, against the versions last seen; gives back the new turns whose place (key)
     * another seat took first. A new turn whose id another seat took is renamed when their turn
     * comes in ({@link SeatDocument#applyRemote}).
     */
    private List<String> writeWaiting() throws ShareException {
        Transcript head = headWanted;
        if (head != null) {
            // Before the turns, so that a seat reading the log knows a new speaker before their turn.
            store.writeHead(programme, seat, head);
            if (headWanted == head) {
                headWanted = null;
            }
        }
        Map<String, Wanted> sending;
        List<TurnWrite> writes = new ArrayList<>();
        synchronized (lock) {
            sending = new LinkedHashMap<>(waiting);
            sending.forEach((id, want) -> writes.add(TurnWrite.toMake(id, want.turn(), want.orderKey(), known.get(id),
                    restoredBase.get(id))));
        }
        reviewWaiting.send(store, programme, seat);
        if (writes.isEmpty()) {
            return List.of();
        }
        SharedStore.Written written = store.write(programme, seat, writes);
        List<String> keysTaken = new ArrayList<>();
        List<String> inserted = new ArrayList<>();
        synchronized (lock) {
            for (SharedTurn applied : written.applied()) {
                restoredBase.remove(applied.id());
                if (!known.containsKey(applied.id())) {
                    inserted.add(applied.id());
                }
                known.put(applied.id(), applied);
                waiting.remove(applied.id(), sending.get(applied.id()));
            }
            for (SharedStore.Conflict conflict : written.conflicts()) {
                String id = conflict.mine().id();
                restoredBase.remove(id);
                waiting.remove(id, sending.get(id));
                if (conflict.keyTaken()) {
                    keysTaken.add(id);
                } else if (conflict.mine() instanceof TurnWrite.Insert) {
                    continue; // the id was taken: renamed when their turn comes in
                } else if (conflict.theirs() != null) {
                    // Their turn is the base from now on: settling for mine writes over it knowingly.
                    known.put(id, conflict.theirs());
                }
            }
        }
        if (!inserted.isEmpty()) {
            documentThread.execute(() -> side.confirmed(inserted));
        }
        for (SharedStore.Conflict conflict : written.conflicts()) {
            if (!conflict.keyTaken() && !(conflict.mine() instanceof TurnWrite.Insert)) {
                documentThread.execute(() -> events.conflict(conflict));
            }
        }
        return keysTaken;
    }

    /** Sends turns made here again under the new ids they took (old id to new), keyed between their neighbours. Document thread. */
    private void sendRenamed(Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        synchronized (lock) {
            renamed.keySet().forEach(waiting::remove);
        }
        want(side.rekeyed(renamed.values()));
    }

    /** Reads the log since last time and applies other seats' changes to the document. */
    private void readOthers() throws ShareException {
        long from;
        synchronized (lock) {
            from = seen;
        }
        List<SharedStore.Change> changes = store.changesSince(programme, from);
        Map<String, SharedTurn> turns = new LinkedHashMap<>();
        Transcript head = null;
        List<ReviewEdit> reviewed = new ArrayList<>();
        String by = "";
        synchronized (lock) {
            for (SharedStore.Change change : changes) {
                seen = Math.max(seen, change.seq());
                if (change.review() != null) {
                    if (!change.seat().equals(seat)) {
                        reviewed.add(change.review()); // this seat's own are in its record already
                        by = change.seat();
                    }
                    continue;
                }
                if (change.turn() == null) {
                    head = change.seat().equals(seat) ? head : change.head();
                    continue;
                }
                String id = change.turn().id();
                SharedTurn server = known.get(id);
                if (server == null && waiting.containsKey(id)) {
                    // A turn made here, not yet written, whose id another seat took first: this one
                    // takes a new id when theirs comes in, and goes again under it.
                    waiting.remove(id);
                }
                if (server != null && server.version() >= change.turn().version() || waiting.containsKey(id)) {
                    // This seat's own write, known since it was made; or a turn changed here too, whose
                    // base stays what this seat last saw, so that the write comes back as a conflict.
                    continue;
                }
                known.put(id, change.turn());
                turns.remove(id);
                turns.put(id, change.turn());
                by = change.seat();
            }
        }
        if (!turns.isEmpty() || head != null || !reviewed.isEmpty()) {
            Transcript newHead = head;
            String seatOf = by;
            documentThread.execute(() -> {
                sendRenamed(side.applyRemote(turns.values(), newHead, reviewed, seatOf));
                events.marksChanged();
            });
        }
    }

    /**
     * Settles a conflict with the text the user chose: theirs (taken into the document as it is on
     * the server), or mine or a merge of both (written over theirs, which is the base now). A turn
     * deleted on the server meanwhile comes back as a new turn. Document thread.
     */
    public void settle(SharedStore.Conflict conflict, Turn chosen) {
        SharedTurn theirs = conflict.theirs();
        String id = conflict.mine().id();
        if (theirs != null && !theirs.deleted() && chosen.equals(theirs.turn())) {
            // Theirs as the server has it now: it may have changed again while the user chose.
            SharedTurn latest;
            synchronized (lock) {
                latest = known.getOrDefault(id, theirs);
            }
            sendRenamed(side.applyRemote(List.of(latest), null, List.of(), latest.seat()));
            return;
        }
        if (side.settle(id, chosen) < 0) {
            return;
        }
        if (theirs != null && theirs.deleted()) {
            String reborn = side.reborn(id);
            if (reborn != null) {
                sendRenamed(Map.of(id, reborn));
            }
            return;
        }
        Wanted now = side.current(id);
        synchronized (lock) {
            if (now != null && !waiting.containsKey(id)) {
                waiting.put(id, now); // the document held the chosen text already: send it over theirs
            }
            woken = true;
            lock.notifyAll();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        wake();
        listener.close();
        thread.join(5_000);
    }
}
