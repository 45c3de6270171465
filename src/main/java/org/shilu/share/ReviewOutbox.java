package org.shilu.share;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.shilu.model.Review;
import org.shilu.model.ReviewEdit;

/**
 * A seat's changes to the shared review's record (a version marked, a correction logged or taken
 * back, a reason given) not yet on the server, oldest first. Added to on the document's thread,
 * sent by the seat's.
 */
final class ReviewOutbox {
    private final List<ReviewEdit> waiting = new ArrayList<>();

    /** The changes that make {@code after} of {@code before}, to be sent. */
    synchronized void changed(Review before, Review after) {
        waiting.addAll(ReviewEdit.between(before, after));
    }

    synchronized void add(List<ReviewEdit> edits) {
        waiting.addAll(edits);
    }

    synchronized boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** What waits now, oldest first: for the pending file. */
    synchronized List<ReviewEdit> waiting() {
        return List.copyOf(waiting);
    }

    /** Sends what waits, in order, in one transaction; what was sent leaves the box, what came meanwhile stays. */
    void send(SharedStore store, UUID programme, String seat) throws ShareException {
        List<ReviewEdit> sending;
        synchronized (this) {
            sending = List.copyOf(waiting);
        }
        if (!sending.isEmpty()) {
            store.writeReview(programme, seat, sending);
            synchronized (this) {
                waiting.subList(0, sending.size()).clear(); // only the seat's thread takes from the front
            }
        }
    }
}
