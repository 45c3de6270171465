package org.shilu.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole programme: header, roster of speakers, the turns in broadcast order, the review's
 * record and the glossary. Immutable; an {@link Edit} makes the next state. Speakers are found by id in constant
 * time, so a programme with a hundred thousand speakers costs per turn what one with two does.
 * A turn that comes without an id is given the next {@code tN} not used by any turn or by the
 * review, so that an id, once given, never names another turn of the programme.
 */
public final class Transcript {
    private final Header header;
    private final List<Speaker> roster;
    private final List<Turn> turns;
    private final Review review;
    private final Glossary glossary;
    private final Desk desk;
    private final Recording recording;
    private final Map<String, Integer> indexById;

    public Transcript(Header header, List<Speaker> roster, List<Turn> turns) {
        this(header, roster, turns, Review.NONE);
    }

    public Transcript(Header header, List<Speaker> roster, List<Turn> turns, Review review) {
        this(header, roster, turns, review, Glossary.EMPTY);
    }

    public Transcript(Header header, List<Speaker> roster, List<Turn> turns, Review review, Glossary glossary) {
        this(header, roster, turns, review, glossary, Desk.EMPTY);
    }

    public Transcript(Header header, List<Speaker> roster, List<Turn> turns, Review review, Glossary glossary, Desk desk) {
        this(header, roster, turns, review, glossary, desk, null);
    }

    /** @param recording the programme's recording, or null when it has none */
    public Transcript(Header header, List<Speaker> roster, List<Turn> turns, Review review, Glossary glossary, Desk desk,
                      Recording recording) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.recording = recording;
        this.header = Objects.requireNonNull(header, "header");
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.roster = List.copyOf(roster);
        this.review = Objects.requireNonNull(review, "review");
        this.turns = withIds(List.copyOf(turns), review);
        Map<String, Integer> ids = HashMap.newHashMap(this.roster.size());
        Set<String> labels = HashSet.newHashSet(this.roster.size());
        for (Speaker speaker : this.roster) {
            if (ids.putIfAbsent(speaker.id(), ids.size()) != null) {
                throw new IllegalArgumentException("two speakers share the id " + speaker.id());
            }
            if (!labels.add(speaker.label())) {
                throw new IllegalArgumentException("two speakers share the label " + speaker.label());
            }
        }
        for (int i = 0; i < this.turns.size(); i++) {
            if (!ids.containsKey(this.turns.get(i).speakerId())) {
                throw new IllegalArgumentException("turn " + (i + 1) + " refers to an unknown speaker "
                        + this.turns.get(i).speakerId());
            }
        }
        this.indexById = ids;
    }

    private static List<Turn> withIds(List<Turn> turns, Review review) {
        long largest = -1;
        List<Turn> given = null;
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).id() != null) {
                continue;
            }
            if (largest < 0) {
                largest = review.largestTurnNumber();
                for (Turn turn : turns) {
                    largest = Math.max(largest, TurnNumbers.of(turn.id()));
                }
                given = new ArrayList<>(turns);
            }
            given.set(i, turns.get(i).withId(TurnNumbers.id(++largest)));
        }
        return given == null ? turns : List.copyOf(given);
    }

    public Header header() {
        return header;
    }

    public Review review() {
        return review;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The interview desk: netizens' questions and the words not to flag here. */
    public Desk desk() {
        return desk;
    }

    /** The programme's recording, or null when it has none. */
    public Recording recording() {
        return recording;
    }

    public List<Speaker> roster() {
        return roster;
    }

    public List<Turn> turns() {
        return turns;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Transcript t
                && header.equals(t.header) && roster.equals(t.roster) && turns.equals(t.turns)
                && review.equals(t.review) && glossary.equals(t.glossary) && desk.equals(t.desk)
                && Objects.equals(recording, t.recording);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, roster, turns, review, glossary, desk, recording);
    }

    @Override
    public String toString() {
        return "Transcript[header=" + header + ", roster=" + roster + ", turns=" + turns
                + (review.isEmpty() ? "" : ", review=" + review) + (glossary.isEmpty() ? "" : ", glossary=" + glossary)
                + (desk.isEmpty() ? "" : ", desk=" + desk) + (recording == null ? "" : ", recording=" + recording) + "]";
    }

    /** A new programme: a host and one guest, ready for the first turn. */
    public static Transcript newProgramme() {
        return new Transcript(Header.EMPTY,
                List.of(Speaker.of("s1", "主持人", Role.HOST), Speaker.of("s2", "嘉宾", Role.GUEST)), List.of());
    }

    public Optional<Speaker> speaker(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(roster.get(index));
    }

    public Optional<Speaker> speakerByLabel(String label) {
        return roster.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** The speaker of a turn; every turn has one, as the constructor checks. */
    public Speaker speakerOf(Turn turn) {
        return speaker(turn.speakerId()).orElseThrow();
    }

    public int speakerIndex(String id) {
        Integer index = indexById.get(id);
        return index == null ? -1 : index;
    }

    /** An id not yet used by the roster, such as {@code s3}. */
    public String unusedSpeakerId() {
        return Speaker.unusedId(roster);
    }

    public boolean isSpoken(String speakerId) {
        return turns.stream().anyMatch(t -> t.speakerId().equals(speakerId));
    }

    /** The position of the turn with this id, or -1. */
    public int indexOfTurn(String turnId) {
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).id().equals(turnId)) {
                return i;
            }
        }
        return -1;
    }

    public Transcript withHeader(Header newHeader) {
        return new Transcript(newHeader, roster, turns, review, glossary, desk, recording);
    }

    public Transcript withRoster(List<Speaker> newRoster) {
        return new Transcript(header, newRoster, turns, review, glossary, desk, recording);
    }

    public Transcript withTurns(List<Turn> newTurns) {
        return new Transcript(header, roster, newTurns, review, glossary, desk, recording);
    }

    public Transcript withReview(Review newReview) {
        return new Transcript(header, roster, turns, newReview, glossary, desk, recording);
    }

    public Transcript withGlossary(Glossary newGlossary) {
        return new Transcript(header, roster, turns, review, newGlossary, desk, recording);
    }

    public Transcript withDesk(Desk newDesk) {
        return new Transcript(header, roster, turns, review, glossary, newDesk, recording);
    }

    public Transcript withRecording(Recording newRecording) {
        return new Transcript(header, roster, turns, review, glossary, desk, newRecording);
    }

    /** The id the next turn added without one will be given, such as {@code t42}. */
    public String nextTurnId() {
        long largest = review.largestTurnNumber();
        for (Turn turn : turns) {
            largest = Math.max(largest, TurnNumbers.of(turn.id()));
        }
        return TurnNumbers.id(largest + 1);
    }

    List<Turn> mutableTurns() {
        return new ArrayList<>(turns);
    }

    List<Speaker> mutableRoster() {
        return new ArrayList<>(roster);
    }
}
