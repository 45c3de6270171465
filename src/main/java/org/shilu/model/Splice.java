package org.shilu.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two states of a transcript, as little as says it: a run of turns replaced
 * by others, and the header, roster, review, glossary, desk and recording when they changed (null when not). The
 * journal records splices; the preview patches its page with them.
 */
public record Splice(Header header, List<Speaker> roster, int at, int removed, List<Turn> inserted, ReviewChange review,
                     Glossary glossary, Desk desk, RecordingChange recording) {
    public Splice {
        inserted = List.copyOf(inserted);
        roster = roster == null ? null : List.copyOf(roster);
    }

    /** A splice that leaves the review and the glossary as they were. */
    public Splice(Header header, List<Speaker> roster, int at, int removed, List<Turn> inserted) {
        this(header, roster, at, removed, inserted, null, null, null, null);
    }

    /** A splice that leaves the interview desk and the recording as they were. */
    public Splice(Header header, List<Speaker> roster, int at, int removed, List<Turn> inserted, ReviewChange review,
                  Glossary glossary) {
        this(header, roster, at, removed, inserted, review, glossary, null, null);
    }

    /** The recording set or taken away ({@code recording} null) by a change. */
    public record RecordingChange(Recording recording) {
    }

    /** The smallest splice that turns {@code before} into {@code after}; turns are compared by identity. */
    public static Splice between(Transcript before, Transcript after) {
        List<Turn> from = before.turns();
        List<Turn> to = after.turns();
        int prefix = 0;
        int shorter = Math.min(from.size(), to.size());
        while (prefix < shorter && from.get(prefix) == to.get(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && from.get(from.size() - 1 - suffix) == to.get(to.size() - 1 - suffix)) {
            suffix++;
        }
        return new Splice(before.header().equals(after.header()) ? null : after.header(),
                before.roster().equals(after.roster()) ? null : after.roster(), prefix,
                from.size() - prefix - suffix, to.subList(prefix, to.size() - suffix),
                ReviewChange.between(before.review(), after.review()),
                before.glossary().equals(after.glossary()) ? null : after.glossary(),
                before.desk().equals(after.desk()) ? null : after.desk(),
                java.util.Objects.equals(before.recording(), after.recording()) ? null : new RecordingChange(after.recording()));
    }

    /** Whether only turns changed, so that the speakers and the header stand as they were. */
    public boolean touchesTurnsOnly() {
        return header == null && roster == null;
    }

    /** The transcript after this splice; IllegalArgumentException if it does not fit {@code before}. */
    public Transcript applyTo(Transcript before) {
        List<Turn> turns = before.turns();
        if (at < 0 || removed < 0 || at + removed > turns.size()) {
            throw new IllegalArgumentException("the change replaces turns " + (at + 1) + "–" + (at + removed)
                    + " of a transcript with " + turns.size());
        }
        List<Turn> next = new ArrayList<>(turns.size() - removed + inserted.size());
        next.addAll(turns.subList(0, at));
        next.addAll(inserted);
        next.addAll(turns.subList(at + removed, turns.size()));
        return new Transcript(header == null ? before.header() : header, roster == null ? before.roster() : roster, next,
                review == null ? before.review() : review.applyTo(before.review()),
                glossary == null ? before.glossary() : glossary, desk == null ? before.desk() : desk,
                recording == null ? before.recording() : recording.recording());
    }
}
