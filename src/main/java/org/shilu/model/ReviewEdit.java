package org.shilu.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Published;

/**
 * One change to the review's record, said so that seats sharing a programme can each apply the
 * others' in any order and end with the same record: a correction logged or taken back (undo), a
 * reason given, a version marked as published. A correction is known by all it says but its
 * reason; a shared log is kept in the order of {@link #ORDER}.
 */
public sealed interface ReviewEdit {
    /** The review after this edit. */
    Review applyTo(Review before);

    /** The order a shared log is kept in: by time, then seat, turn and version. */
    Comparator<Correction> ORDER = Comparator.comparing(Correction::at).thenComparing(Correction::seat)
            .thenComparing(Correction::turnId).thenComparingInt(Correction::version);

    /** A correction logged (with its reason); nothing when the log has it already. */
    record Logged(Correction correction) implements ReviewEdit {
        public Logged {
            Objects.requireNonNull(correction, "correction");
        }

        @Override
        public Review applyTo(Review before) {
            Map<Correction, Correction> log = byWhatTheySay(before);
            log.putIfAbsent(withoutReason(correction), correction);
            return sorted(before.published(), log);
        }
    }

    /** A correction taken back, as undo does. */
    record Unlogged(Correction correction) implements ReviewEdit {
        public Unlogged {
            Objects.requireNonNull(correction, "correction");
        }

        @Override
        public Review applyTo(Review before) {
            Map<Correction, Correction> log = byWhatTheySay(before);
            return log.remove(withoutReason(correction)) == null ? before : sorted(before.published(), log);
        }
    }

    /** The reason of a correction (known by all else it says) set; nothing when the log does not have it. */
    record Reason(Correction correction, String reason) implements ReviewEdit {
        public Reason {
            Objects.requireNonNull(correction, "correction");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public Review applyTo(Review before) {
            Map<Correction, Correction> log = byWhatTheySay(before);
            Correction key = withoutReason(correction);
            if (!log.containsKey(key)) {
                return before;
            }
            log.put(key, key.withReason(reason));
            return sorted(before.published(), log);
        }
    }

    /**
     * A version marked as published ({@code to}; null when the first mark was taken back), made
     * on the version numbered {@code fromVersion} at {@code fromAt} (0 and null: none). A seat
     * that still has that version takes the new one; one that has another takes whichever is
     * later ({@link #later}), so that two seats marking at once end with the same.
     */
    record Marked(int fromVersion, LocalDateTime fromAt, Published to) implements ReviewEdit {
        static Marked between(Published from, Published to) {
            return new Marked(from == null ? 0 : from.version(), from == null ? null : from.at(), to);
        }

        @Override
        public Review applyTo(Review before) {
            Published now = before.published();
            boolean madeOnThis = now == null ? fromVersion == 0
                    : now.version() == fromVersion && now.at().equals(fromAt);
            if (madeOnThis || later(to, now)) {
                return new Review(to, before.corrections());
            }
            return before;
        }
    }

    /** The edits that make {@code after} of {@code before}: a new version first, then the log's changes. */
    static List<ReviewEdit> between(Review before, Review after) {
        List<ReviewEdit> edits = new ArrayList<>();
        if (before == after) {
            return edits;
        }
        if (!Objects.equals(before.published(), after.published())) {
            edits.add(Marked.between(before.published(), after.published()));
        }
        Map<Correction, Correction> was = byWhatTheySay(before);
        Map<Correction, Correction> now = byWhatTheySay(after);
        was.forEach((key, entry) -> {
            if (!now.containsKey(key)) {
                edits.add(new Unlogged(entry));
            }
        });
        now.forEach((key, entry) -> {
            Correction old = was.get(key);
            if (old == null) {
                edits.add(new Logged(entry));
            } else if (!old.reason().equals(entry.reason())) {
                edits.add(new Reason(entry, entry.reason()));
            }
        });
        return edits;
    }

    /** The review after every one of {@code edits}, in order. */
    static Review applyAll(Review review, List<ReviewEdit> edits) {
        Review result = review;
        for (ReviewEdit edit : edits) {
            result = edit.applyTo(result);
        }
        return result;
    }

    /** Whether {@code a} is the later version: a higher number, then a later time, then (the same second) a fixed choice. */
    static boolean later(Published a, Published b) {
        if (a == null || b == null) {
            return b == null && a != null;
        }
        if (a.version() != b.version()) {
            return a.version() > b.version();
        }
        if (!a.at().equals(b.at())) {
            return a.at().isAfter(b.at());
        }
        return a.turns().toString().compareTo(b.turns().toString()) > 0;
    }

    private static Correction withoutReason(Correction correction) {
        return correction.reason().isEmpty() ? correction : correction.withReason("");
    }

    private static Map<Correction, Correction> byWhatTheySay(Review review) {
        Map<Correction, Correction> log = LinkedHashMap.newLinkedHashMap(review.corrections().size());
        for (Correction correction : review.corrections()) {
            log.putIfAbsent(withoutReason(correction), correction);
        }
        return log;
    }

    private static Review sorted(Published published, Map<Correction, Correction> log) {
        List<Correction> entries = new ArrayList<>(log.values());
        entries.sort(ORDER);
        return new Review(published, entries);
    }
}
