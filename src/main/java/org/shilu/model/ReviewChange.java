package org.shilu.model;

import java.util.ArrayList;
import java.util.List;

import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Published;

/**
 * How the review's record changed, as little as says it, so that a journal line of a correction
 * holds that correction and not every turn of the published version again.
 *
 * @param newVersion whether the published version changed (marked, or taken back by undo)
 * @param published  the published version when it changed; null when it was taken back
 * @param kept       how many corrections of the log before stay
 * @param added      the corrections after those
 */
public record ReviewChange(boolean newVersion, Published published, int kept, List<Correction> added) {
    public ReviewChange {
        if (kept < 0) {
            throw new IllegalArgumentException("a review change keeps no fewer than 0 corrections");
        }
        added = List.copyOf(added);
    }

    /** The change from {@code before} to {@code after}, or null when they are the same record. */
    public static ReviewChange between(Review before, Review after) {
        if (before == after) {
            return null;
        }
        List<Correction> was = before.corrections();
        List<Correction> now = after.corrections();
        int kept = 0;
        while (kept < Math.min(was.size(), now.size()) && was.get(kept).equals(now.get(kept))) {
            kept++;
        }
        boolean newVersion = before.published() != after.published();
        return new ReviewChange(newVersion, newVersion ? after.published() : null, kept, now.subList(kept, now.size()));
    }

    /** The review after this change; IllegalArgumentException if it does not fit {@code before}. */
    public Review applyTo(Review before) {
        if (kept > before.corrections().size()) {
            throw new IllegalArgumentException("the change keeps " + kept + " corrections of a log with "
                    + before.corrections().size());
        }
        List<Correction> corrections = new ArrayList<>(before.corrections().subList(0, kept));
        corrections.addAll(added);
        return new Review(newVersion ? published : before.published(), corrections);
    }
}
