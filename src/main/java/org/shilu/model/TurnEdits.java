package org.shilu.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The editor's operations on turns, each one named step: split, merge, delete, move, change of
 * speaker, a time shift, and merging two speakers.
 */
public final class TurnEdits {
    private TurnEdits() {
    }

    /**
     * Splits turn {@code index} at {@code caret}, a position in its text (paragraphs joined by line
     * breaks). Both halves keep the speaker. Times: the first half keeps spoken-at, the second keeps
     * published-at, and the moment between them is placed in proportion to the characters before
     * the caret (to the second); a turn with only one time gives it to both halves.
     */
    public static Edit split(Transcript transcript, int index, int caret) {
        Turn turn = transcript.turns().get(index);
        String text = turn.text();
        if (caret <= 0 || caret >= text.length()) {
            throw new Refusal("refusal.splitAtEdge", "a turn is split inside its text, not at its start or end");
        }
        List<String> first = Turn.paragraphsOf(text.substring(0, caret));
        List<String> second = Turn.paragraphsOf(text.substring(caret));
        if (first.isEmpty() || second.isEmpty()) {
            throw new Refusal("refusal.splitEmpty", "both halves of a split need text");
        }
        LocalDateTime spoken = turn.spokenAt();
        LocalDateTime published = turn.publishedAt();
        LocalDateTime between = spoken != null && published != null && !published.isBefore(spoken)
                ? spoken.plusSeconds(Math.round(Duration.between(spoken, published).toSeconds() * (double) caret / text.length()))
                : published != null ? published : spoken;
        Turn head = turn.withParagraphs(first).withTimes(spoken != null ? spoken : between, between);
        Turn tail = new Turn(turn.speakerId(), second, between, published != null ? published : between,
                turn.approved());
        return new Edit.Named("step.split", new Edit.Batch(List.of(new Edit.ReplaceTurn(index, head),
                new Edit.InsertTurn(index + 1, tail))));
    }

    /**
     * Merges turn {@code index} with the next, which must be the same speaker's: the paragraphs
     * follow one another, spoken-at is the first's and published-at the second's.
     */
    public static Edit mergeWithNext(Transcript transcript, int index) {
        List<Turn> turns = transcript.turns();
        if (index < 0 || index + 1 >= turns.size()) {
            throw new Refusal("refusal.mergeLast", "the last turn has no next turn to merge with");
        }
        Turn first = turns.get(index);
        Turn second = turns.get(index + 1);
        if (!first.speakerId().equals(second.speakerId())) {
            throw new Refusal("refusal.mergeSpeakers", "only turns of the same speaker merge");
        }
        List<String> paragraphs = new ArrayList<>(first.paragraphs());
        paragraphs.addAll(second.paragraphs());
        Turn merged = new Turn(first.speakerId(), paragraphs,
                first.spokenAt() != null ? first.spokenAt() : second.spokenAt(),
                second.publishedAt() != null ? second.publishedAt() : first.publishedAt(),
                first.approved() && second.approved(), first.id());
        return new Edit.Named("step.merge", new Edit.Batch(List.of(new Edit.ReplaceTurn(index, merged),
                new Edit.RemoveTurn(index + 1))));
    }

    /** Deletes the turns at these positions, in one step. */
    public static Edit delete(Transcript transcript, Collection<Integer> indices) {
        Set<Integer> doomed = new TreeSet<>(indices);
        List<Turn> kept = new ArrayList<>(transcript.turns().size());
        List<Turn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            if (!doomed.contains(i)) {
                kept.add(turns.get(i));
            }
        }
        return new Edit.Named("step.delete", new Edit.SetTurns(kept));
    }

    /** Moves one turn up (-1) or down (+1). */
    public static Edit move(Transcript transcript, int index, int by) {
        int to = index + by;
        if (to < 0 || to >= transcript.turns().size()) {
            throw by < 0 ? new Refusal("refusal.atTop", "the turn is already at the top")
                    : new Refusal("refusal.atBottom", "the turn is already at the bottom");
        }
        return new Edit.Named(by < 0 ? "step.moveUp" : "step.moveDown", new Edit.MoveTurn(index, to));
    }

    /** Gives the turns at these positions to another speaker. */
    public static Edit changeSpeaker(Transcript transcript, Collection<Integer> indices, String speakerId) {
        if (transcript.speaker(speakerId).isEmpty()) {
            throw new IllegalArgumentException("no speaker " + speakerId);
        }
        List<Turn> turns = new ArrayList<>(transcript.turns());
        for (int i : indices) {
            Turn turn = turns.get(i);
            turns.set(i, turn.withSpeaker(speakerId));
        }
        return new Edit.Named("step.speaker", new Edit.SetTurns(turns));
    }

    /**
     * Approves the turns at these positions, in one step; when every one of them is approved
     * already, takes the approval back instead.
     */
    public static Edit toggleApproval(Transcript transcript, Collection<Integer> indices) {
        List<Turn> turns = new ArrayList<>(transcript.turns());
        boolean approve = indices.stream().anyMatch(i -> !turns.get(i).approved());
        for (int i : indices) {
            turns.set(i, turns.get(i).withApproved(approve));
        }
        return new Edit.Named(approve ? "step.approve" : "step.unapprove", new Edit.SetTurns(turns));
    }

    /** Moves both times of the turns at these positions (all when empty) by {@code offset}. */
    public static Edit shiftTimes(Transcript transcript, Collection<Integer> indices, Duration offset) {
        List<Turn> turns = new ArrayList<>(transcript.turns());
        Collection<Integer> which = indices.isEmpty() ? java.util.stream.IntStream.range(0, turns.size()).boxed().toList()
                : indices;
        for (int i : which) {
            Turn turn = turns.get(i);
            turns.set(i, turn.withTimes(turn.spokenAt() == null ? null : turn.spokenAt().plus(offset),
                    turn.publishedAt() == null ? null : turn.publishedAt().plus(offset)));
        }
        return new Edit.Named("step.shiftTimes", new Edit.SetTurns(turns));
    }

    /** Gives every turn of {@code from} to {@code into}, and takes {@code from} off the roster. */
    public static Edit mergeSpeakers(Transcript transcript, String from, String into) {
        if (from.equals(into)) {
            throw new Refusal("refusal.mergeIntoItself", "a speaker cannot be merged into itself");
        }
        List<Integer> theirs = new ArrayList<>();
        for (int i = 0; i < transcript.turns().size(); i++) {
            if (transcript.turns().get(i).speakerId().equals(from)) {
                theirs.add(i);
            }
        }
        return new Edit.Named("step.mergeSpeakers", new Edit.Batch(List.of(
                changeSpeaker(transcript, theirs, into), new Edit.RemoveSpeaker(from))));
    }
}
