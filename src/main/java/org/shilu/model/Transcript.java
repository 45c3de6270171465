package org.shilu.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole programme: header, roster of speakers and the turns in broadcast order. Immutable; an
 * {@link Edit} makes the next state.
 */
public record Transcript(Header header, List<Speaker> roster, List<Turn> turns) {

    public Transcript {
        Objects.requireNonNull(header, "header");
        roster = List.copyOf(roster);
        turns = List.copyOf(turns);
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Speaker speaker : roster) {
            if (!ids.add(speaker.id())) {
                throw new IllegalArgumentException("two speakers share the id " + speaker.id());
            }
            if (!labels.add(speaker.label())) {
                throw new IllegalArgumentException("two speakers share the label " + speaker.label());
            }
        }
        for (int i = 0; i < turns.size(); i++) {
            if (!ids.contains(turns.get(i).speakerId())) {
                throw new IllegalArgumentException("turn " + (i + 1) + " refers to an unknown speaker " + turns.get(i).speakerId());
            }
        }
    }

    /** A new programme: a host and one guest, ready for the first turn. */
    public static Transcript newProgramme() {
        return new Transcript(Header.EMPTY,
                List.of(Speaker.of("s1", "主持人", Role.HOST), Speaker.of("s2", "嘉宾", Role.GUEST)), List.of());
    }

    public Optional<Speaker> speaker(String id) {
        for (Speaker speaker : roster) {
            if (speaker.id().equals(id)) {
                return Optional.of(speaker);
            }
        }
        return Optional.empty();
    }

    public Optional<Speaker> speakerByLabel(String label) {
        return roster.stream().filter(s -> s.label().equals(label)).findFirst();
    }

    /** The speaker of a turn; every turn has one, as the constructor checks. */
    public Speaker speakerOf(Turn turn) {
        return speaker(turn.speakerId()).orElseThrow();
    }

    public int speakerIndex(String id) {
        for (int i = 0; i < roster.size(); i++) {
            if (roster.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** An id not yet used by the roster, such as {@code s3}. */
    public String unusedSpeakerId() {
        return Speaker.unusedId(roster);
    }

    public boolean isSpoken(String speakerId) {
        return turns.stream().anyMatch(t -> t.speakerId().equals(speakerId));
    }

    public Transcript withHeader(Header newHeader) {
        return new Transcript(newHeader, roster, turns);
    }

    public Transcript withRoster(List<Speaker> newRoster) {
        return new Transcript(header, newRoster, turns);
    }

    public Transcript withTurns(List<Turn> newTurns) {
        return new Transcript(header, roster, newTurns);
    }

    List<Turn> mutableTurns() {
        return new ArrayList<>(turns);
    }

    List<Speaker> mutableRoster() {
        return new ArrayList<>(roster);
    }
}
