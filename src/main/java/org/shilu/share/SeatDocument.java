package org.shilu.share;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Review;
import org.shilu.model.ReviewEdit;
import org.shilu.model.Splice;
import org.shilu.model.Transcript;
import org.shilu.model.TranscriptChange;
import org.shilu.model.Turn;

/**
 * The document side of a seat, used on the document's thread only: where each turn sorts, which
 * turns a local change touched, and other seats' turns put in their places.
 */
final class SeatDocument {
    /** What this seat wants a turn to be on the server: the turn (null: deleted) and where it sorts. */
    record Wanted(Turn turn, String orderKey) {
    }

    private final Document document;
    private final String seat;
    /** Where each turn sorts: the server's key, or the one given to a turn not yet written. */
    private final Map<String, String> keys = new HashMap<>();
    /** Turns made here that the server has not taken yet: another seat's turn with the same id is not this one. */
    private final Set<String> fresh = new HashSet<>();
    private boolean applyingRemote;

    SeatDocument(Document document, String seat, Collection<SharedTurn> joined) {
        this.document = document;
        this.seat = seat;
        for (SharedTurn turn : joined) {
            keys.put(turn.id(), turn.orderKey());
        }
    }

    /** Whether this change came from another seat (or from this class), and so is not to be sent. */
    boolean isRemote(TranscriptChange change) {
        return applyingRemote || change.edit() instanceof Edit.ReplaceTranscript;
    }

    /** The turns a change made here touched, as they are now: changed, moved (a new key) or deleted (null). */
    Map<String, Wanted> touchedBy(TranscriptChange change) {
        Splice splice = Splice.between(change.before(), change.after());
        List<Turn> after = change.after().turns();
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        Set<String> still = new HashSet<>();
        for (int i = splice.at(); i < splice.at() + splice.inserted().size(); i++) {
            Turn turn = after.get(i);
            still.add(turn.id());
            if (!keys.containsKey(turn.id())) {
                fresh.add(turn.id());
            }
            wanted.put(turn.id(), new Wanted(turn, keyAt(after, i)));
        }
        for (Turn gone : change.before().turns().subList(splice.at(), splice.at() + splice.removed())) {
            if (!still.contains(gone.id())) {
                fresh.remove(gone.id());
                wanted.put(gone.id(), new Wanted(null, keys.remove(gone.id())));
            }
        }
        return wanted;
    }

    /** The key of turn {@code i}: the one it has while it still sorts between its neighbours, else a new one. */
    private String keyAt(List<Turn> turns, int i) {
        String id = turns.get(i).id();
        String key = keys.get(id);
        String before = i == 0 ? null : keys.get(turns.get(i - 1).id());
        String next = i + 1 < turns.size() ? keys.get(turns.get(i + 1).id()) : null;
        boolean fits = key != null && (before == null || before.compareTo(key) < 0) && (next == null || key.compareTo(next) < 0);
        if (!fits) {
            key = OrderKeys.between(before, next != null && before != null && before.compareTo(next) >= 0 ? null : next);
            keys.put(id, key);
        }
        return key;
    }

    /** Whether this turn was made here and is not yet on the server. */
    boolean isFresh(String id) {
        return fresh.contains(id);
    }

    /** The server took these turns made here. */
    void confirmed(Collection<String> ids) {
        fresh.removeAll(ids);
    }

    /**
     * Puts other seats' turns (and header and roster) into the document, each where its key sorts.
     * A turn made here whose id another seat's turn has (both made at once) takes an id no other
     * seat makes first, the seat's name and a random part ({@code bo-k3j9x0aa1}); the new ids are
     * given back, to be sent once keyed between their neighbours ({@link #rekeyed}).
     */
    Map<String, String> applyRemote(Collection<SharedTurn> changed, Transcript head, List<ReviewEdit> reviewed, String by) {
        List<Turn> turns = new ArrayList<>(document.transcript().turns());
        Map<String, String> renamed = new LinkedHashMap<>();
        for (SharedTurn remote : changed) {
            int at = indexOf(turns, remote.id());
            if (at >= 0 && fresh.remove(remote.id())) {
                Turn mine = turns.get(at).withId(newId());
                turns.set(at, mine);
                keys.remove(remote.id());
                fresh.add(mine.id());
                renamed.put(remote.id(), mine.id());
                at = -1;
            }
            if (at >= 0) {
                turns.remove(at);
            }
            keys.remove(remote.id());
            if (remote.deleted()) {
                continue;
            }
            int place = 0;
            while (place < turns.size() && keyOf(turns.get(place)).compareTo(remote.orderKey()) < 0) {
                place++;
            }
            turns.add(place, remote.turn());
            keys.put(remote.id(), remote.orderKey());
        }
        List<Edit> edits = new ArrayList<>();
        if (head != null) {
            edits.add(new Edit.ChangeHeader(head.header()));
            edits.add(new Edit.SetRoster(head.roster()));
            edits.add(new Edit.SetGlossary(head.glossary()));
            edits.add(new Edit.SetDesk(head.desk()));
        }
        edits.add(new Edit.SetTurns(turns));
        if (!reviewed.isEmpty()) {
            // On top of this seat's own changes not yet sent: they commute (ReviewEdit).
            edits.add(new Edit.SetReview(ReviewEdit.applyAll(document.transcript().review(), reviewed)));
        }
        apply(new Edit.Remote(by, edits.size() == 1 ? edits.get(0) : new Edit.Batch(edits)));
        return renamed;
    }

    /**
     * Puts changes a killed seat left back into the document (deleted, changed, or new where their
     * keys sort), with the changes to the review's record it made meanwhile (their corrections among them).
     */
    void restore(List<SharedTurn> left, List<ReviewEdit> review) {
        List<Turn> turns = new ArrayList<>(document.transcript().turns());
        for (SharedTurn change : left) {
            int at = indexOf(turns, change.id());
            if (at >= 0) {
                turns.remove(at);
            }
            if (change.deleted()) {
                keys.remove(change.id());
                continue;
            }
            if (change.version() == 0) {
                fresh.add(change.id());
            }
            int place = 0;
            while (place < turns.size() && keyOf(turns.get(place)).compareTo(change.orderKey()) < 0) {
                place++;
            }
            turns.add(place, change.turn());
            keys.put(change.id(), change.orderKey());
        }
        Review restored = ReviewEdit.applyAll(document.transcript().review(), review);
        apply(new Edit.Remote(seat, new Edit.Batch(List.of(new Edit.SetTurns(turns), new Edit.SetReview(restored)))));
    }

    /** An id no other seat makes: this seat's name and a random part. */
    private String newId() {
        return seat + "-" + Long.toString(java.util.concurrent.ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    /** Gives a turn deleted on the server, which the user kept here, a new id to go back as a new turn; gives the id. */
    String reborn(String id) {
        List<Turn> turns = document.transcript().turns();
        int at = indexOf(turns, id);
        if (at < 0) {
            return null;
        }
        Turn renamed = turns.get(at).withId(newId());
        keys.remove(id);
        fresh.add(renamed.id());
        apply(new Edit.Remote(seat, new Edit.ReplaceTurn(at, renamed)));
        return renamed.id();
    }

    /** Forgets the key of a turn made here whose key another seat took first; {@link #rekeyed} gives it a new one. */
    void keyTaken(String id) {
        keys.remove(id);
    }

    /** Turns to send again (renamed, or their key taken) as they are now, each keyed between its neighbours; by id. */
    Map<String, Wanted> rekeyed(Collection<String> ids) {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (String id : ids) {
            Wanted want = current(id);
            if (want != null) {
                wanted.put(id, want);
            }
        }
        return wanted;
    }

    /** Sets a turn's text as the user settled a conflict; a step of this seat's, sent like any edit. */
    int settle(String id, Turn chosen) {
        List<Turn> turns = document.transcript().turns();
        int at = indexOf(turns, id);
        if (at >= 0) {
            document.apply(new Edit.Named("step.settle", new Edit.ReplaceTurn(at, chosen.withId(id))));
        }
        return at;
    }

    Wanted current(String id) {
        List<Turn> turns = document.transcript().turns();
        int at = indexOf(turns, id);
        return at < 0 ? null : new Wanted(turns.get(at), keyAt(turns, at));
    }

    private void apply(Edit edit) {
        applyingRemote = true;
        try {
            document.apply(edit);
        } finally {
            applyingRemote = false;
        }
    }

    private String keyOf(Turn turn) {
        String key = keys.get(turn.id());
        return key == null ? "" : key;
    }

    private static int indexOf(List<Turn> turns, String id) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
