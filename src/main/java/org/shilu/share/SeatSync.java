package org.shilu.share;

import java.util.ArrayList;
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
 * turn) and go when it is back; the document and its journal keep working meanwhile. Each write
 * names the server's version the turn here was made from; one that meets another seat's newer
 * version is never dropped: the turn keeps this seat's text here (another seat's change to a turn
 * with a change of this seat's still to go does not replace it) and the clash is reported as a
 * {@link SharedStore.Conflict}, with both texts, held until the user settles it. A new
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
    /** Guards woken and online. */
    private final Object lock = new Object();
    private final TurnLedger ledger;
    private final ReviewOutbox reviewWaiting = new ReviewOutbox();
    private final Thread thread;
    private final ChangeListener listener;
    /** The header and roster to write, or null; the last to write wins. */
    private volatile Transcript headWanted;
    private boolean woken;
    /** The last change of the log read here. Seat thread. */
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
        ledger = new TurnLedger(seat, joined.turns());
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
    /** Puts the changes a killed seat left into the queue and the document. Seat thread, before all else. */
    private void restore() {
        PendingFile.Left left = ledger.restore(pendingFile);
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
            pendingFile.keep(new PendingFile.Left(ledger.pendingLines(), reviewWaiting.waiting()));
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
        return ledger.changedBy(turnId);
    }

    /** Whether every change made here is on the server. */
    public boolean isInStep() {
        return ledger.nothingWaits() && headWanted == null && reviewWaiting.isEmpty();
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
        if (!change.before().header().equals(change.after().header()) || change.before().roster() != change.after().roster()
                || change.before().glossary() != change.after().glossary() || change.before().desk() != change.after().desk()) {
            headWanted = change.after();
        }
        reviewWaiting.changed(change.before().review(), change.after().review());
        want(side.touchedBy(change));
    }

    private void want(Map<String, Wanted> wanted) {
        ledger.want(wanted, side::isFresh);
        wake();
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

    /** What the seat last said of itself (online, changes waiting), so that it says it again only when it changes. Seat thread. */
    private boolean saidOnline = true;
    private int saidWaiting;

    private void setOnline(boolean now) {
        synchronized (lock) {
            online = now;
        }
        int waiting = ledger.waitingCount();
        if (now != saidOnline || waiting != saidWaiting) {
            saidOnline = now;
            saidWaiting = waiting;
            events.state(now, waiting); // the window is told at a change, not at every round of this thread
        }
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
        TurnLedger.Sending sending = ledger.toSend();
        reviewWaiting.send(store, programme, seat);
        if (sending.writes().isEmpty()) {
            return List.of();
        }
        SharedStore.Written written = store.write(programme, seat, sending.writes());
        TurnLedger.Outcome outcome = ledger.written(written, sending);
        List<String> inserted = outcome.inserted();
        if (!inserted.isEmpty()) {
            documentThread.execute(() -> side.confirmed(inserted));
        }
        for (SharedStore.Conflict conflict : written.conflicts()) {
            if (!conflict.keyTaken() && !(conflict.mine() instanceof TurnWrite.Insert)) {
                documentThread.execute(() -> events.conflict(conflict));
            }
        }
        return outcome.keysTaken();
    }

    /** Sends turns made here again under the new ids they took (old id to new), keyed between their neighbours. Document thread. */
    private void sendRenamed(Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        ledger.forget(renamed.keySet());
        want(side.rekeyed(renamed.values()));
    }

    /** Reads the log since last time and applies other seats' changes to the document. */
    private void readOthers() throws ShareException {
        List<SharedStore.Change> changes = store.changesSince(programme, seen);
        Map<String, SharedTurn> turns = new LinkedHashMap<>();
        Transcript head = null;
        List<ReviewEdit> reviewed = new ArrayList<>();
        String by = "";
        for (SharedStore.Change change : changes) {
            seen = Math.max(seen, change.seq());
            if (change.review() != null) {
                if (!change.seat().equals(seat)) {
                    reviewed.add(change.review()); // this seat's own are in its record already
                    by = change.seat();
                }
            } else if (change.turn() == null) {
                head = change.seat().equals(seat) ? head : change.head();
            } else if (ledger.heard(change.turn())) {
                turns.remove(change.turn().id());
                turns.put(change.turn().id(), change.turn());
                by = change.seat();
            }
        }
        if (!turns.isEmpty() || head != null || !reviewed.isEmpty()) {
            Transcript newHead = head;
            String seatOf = by;
            documentThread.execute(() -> {
                sendRenamed(side.applyRemote(ledger.replacing(turns.values()), newHead, reviewed, seatOf));
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
            SharedTurn latest = ledger.settledForTheirs(id, theirs);
            sendRenamed(side.applyRemote(List.of(latest), null, List.of(), latest.seat()));
            return;
        }
        if (theirs != null && theirs.deleted()) {
            // Kept here while the clash still holds it, then sent as a new turn (theirs is gone).
            String reborn = side.settle(id, chosen) < 0 ? null : side.reborn(id);
            ledger.settledGone(id);
            if (reborn != null) {
                sendRenamed(Map.of(id, reborn));
            }
            return;
        }
        ledger.settledOver(id, theirs);
        if (side.settle(id, chosen) >= 0) {
            Wanted now = side.current(id);
            if (now != null) {
                ledger.waitUnlessWaiting(id, now); // the document held the chosen text already: send it over theirs
            }
        }
        wake(); // a turn gone here meanwhile: its deletion goes over theirs
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        wake();
        listener.close();
        thread.join(5_000);
    }
}
