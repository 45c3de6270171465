package org.shilu.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The review pass's record (先审后发, 更正): the version last marked as published, with every turn
 * as readers saw it then, and the correction log, one entry for each later change to a published
 * turn. The {@link Document} writes the entries as the edits come; they are part of the
 * transcript, so the files, the journal, undo and redo keep them like any turn.
 *
 * @param published   the version last marked as published, or null before the first
 * @param corrections every logged change, oldest first, of this version and the ones before it
 */
public record Review(Published published, List<Correction> corrections) {
    /** A programme never marked as published. */
    public static final Review NONE = new Review(null, List.of());

    public Review {
        corrections = List.copyOf(corrections);
    }

    /** What readers see of a turn: its speaker's label and its text, paragraphs on lines of their own. */
    public record Said(String label, String text) {
        public Said {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(text, "text");
        }

        static Said of(Transcript transcript, Turn turn) {
            return new Said(transcript.speakerOf(turn).label(), turn.text());
        }
    }

    /**
     * A version marked as published.
     *
     * @param version counts from 1
     * @param turns   every turn then, by id, in the programme's order
     */
    public record Published(int version, LocalDateTime at, Map<String, Said> turns) {
        public Published {
            if (version < 1) {
                throw new IllegalArgumentException("a published version counts from 1");
            }
            Objects.requireNonNull(at, "at");
            turns = Collections.unmodifiableMap(new LinkedHashMap<>(turns));
        }
    }

    /**
     * One change to a published turn.
     *
     * @param version the published version it corrects
     * @param before  what the turn said just before the change
     * @param after   what it says after, or null when the turn was deleted
     * @param seat    who made the change (the seat's name)
     * @param reason  why, as the corrector wrote it; empty when not given
     */
    public record Correction(int version, String turnId, Said before, Said after, LocalDateTime at, String seat,
                             String reason) {
        public Correction {
            Objects.requireNonNull(turnId, "turnId");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(at, "at");
            seat = seat == null ? "" : seat;
            reason = reason == null ? "" : reason;
        }

        public Correction withReason(String newReason) {
            return new Correction(version, turnId, before, after, at, seat, newReason);
        }
    }

    public boolean isEmpty() {
        return published == null && corrections.isEmpty();
    }

    /** The next version, published at {@code at}: every turn as it stands. The log is kept. */
    public Review markPublished(Transcript transcript, LocalDateTime at) {
        Map<String, Said> turns = LinkedHashMap.newLinkedHashMap(transcript.turns().size());
        for (Turn turn : transcript.turns()) {
            turns.put(turn.id(), Said.of(transcript, turn));
        }
        return new Review(new Published(published == null ? 1 : published.version() + 1, at, turns), corrections);
    }

    /** The corrections of the version last marked as published. */
    public List<Correction> ofPublishedVersion() {
        if (published == null) {
            return List.of();
        }
        return corrections.stream().filter(c -> c.version() == published.version()).toList();
    }

    /** This review with the reason of {@code correction} (one of {@link #corrections}) set. */
    public Review withReason(Correction correction, String reason) {
        List<Correction> changed = new ArrayList<>(corrections);
        int index = changed.indexOf(correction);
        if (index < 0) {
            throw new IllegalArgumentException("no such correction in the log");
        }
        changed.set(index, correction.withReason(reason));
        return new Review(published, changed);
    }

    /**
     * This review with an entry for each published turn that {@code before → after} changed or
     * deleted, or this very review when none was. A move changes no turn.
     */
    public Review logged(Transcript before, Transcript after, LocalDateTime at, String seat) {
        if (published == null) {
            return this;
        }
        Splice splice = Splice.between(before, after);
        boolean everyTurn = splice.roster() != null;
        List<Turn> was = everyTurn ? before.turns() : before.turns().subList(splice.at(), splice.at() + splice.removed());
        List<Turn> now = everyTurn ? after.turns() : splice.inserted();
        Map<String, Turn> nowById = null;
        List<Correction> added = new ArrayList<>();
        for (Turn old : was) {
            if (!published.turns().containsKey(old.id())) {
                continue;
            }
            if (nowById == null) {
                nowById = byId(now);
            }
            Turn current = nowById.get(old.id());
            Said said = Said.of(before, old);
            Said saying = current == null ? null : Said.of(after, current);
            if (!said.equals(saying)) {
                added.add(new Correction(published.version(), old.id(), said, saying, at, seat, ""));
            }
        }
        if (added.isEmpty()) {
            return this;
        }
        List<Correction> all = new ArrayList<>(corrections);
        all.addAll(added);
        all.sort(ReviewEdit.ORDER); // the order a shared log keeps at every seat; already so but for a clock set back
        return new Review(published, all);
    }

    private static Map<String, Turn> byId(List<Turn> turns) {
        Map<String, Turn> byId = java.util.HashMap.newHashMap(turns.size());
        for (Turn turn : turns) {
            byId.put(turn.id(), turn);
        }
        return byId;
    }

    /** The largest number among the ids {@code tN} this review names, or 0. */
    long largestTurnNumber() {
        long largest = 0;
        if (published != null) {
            for (String id : published.turns().keySet()) {
                largest = Math.max(largest, TurnNumbers.of(id));
            }
        }
        for (Correction correction : corrections) {
            largest = Math.max(largest, TurnNumbers.of(correction.turnId()));
        }
        return largest;
    }
}
