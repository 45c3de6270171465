package org.shilu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change to a transcript. Each edit knows how to undo itself: {@link #inverseOn} gives the edit
 * that, applied to the result, restores the state it was applied to. An undo stack therefore only
 * has to keep inverses.
 */
public sealed interface Edit {

    /** The next state; throws IllegalArgumentException when the edit does not fit the transcript. */
    Transcript applyTo(Transcript before);

    /** The edit that turns {@code applyTo(before)} back into {@code before}. */
    Edit inverseOn(Transcript before);

    record InsertTurn(int index, Turn turn) implements Edit {
        public InsertTurn {
            Objects.requireNonNull(turn, "turn");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> turns = before.mutableTurns();
            turns.add(checkIndex(index, turns.size() + 1), turn);
            return before.withTurns(turns);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new RemoveTurn(index);
        }
    }

    record RemoveTurn(int index) implements Edit {
        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> turns = before.mutableTurns();
            turns.remove(checkIndex(index, turns.size()));
            return before.withTurns(turns);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new InsertTurn(index, before.turns().get(checkIndex(index, before.turns().size())));
        }
    }

    /** Several turns inserted together, such as a paste of many turns. */
    record InsertTurns(int index, List<Turn> turns) implements Edit {
        public InsertTurns {
            turns = List.copyOf(turns);
        }

        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> all = before.mutableTurns();
            all.addAll(checkIndex(index, all.size() + 1), turns);
            return before.withTurns(all);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new RemoveTurns(index, turns.size());
        }
    }

    /** {@code count} turns removed from {@code index} on. */
    record RemoveTurns(int index, int count) implements Edit {
        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> all = before.mutableTurns();
            checkIndex(index + count, all.size() + 1);
            all.subList(checkIndex(index, all.size() + 1), index + count).clear();
            return before.withTurns(all);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            checkIndex(index + count, before.turns().size() + 1);
            return new InsertTurns(index, before.turns().subList(index, index + count));
        }
    }

    record ReplaceTurn(int index, Turn turn) implements Edit {
        public ReplaceTurn {
            Objects.requireNonNull(turn, "turn");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> turns = before.mutableTurns();
            turns.set(checkIndex(index, turns.size()), turn);
            return before.withTurns(turns);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new ReplaceTurn(index, before.turns().get(checkIndex(index, before.turns().size())));
        }
    }

    record MoveTurn(int from, int to) implements Edit {
        @Override
        public Transcript applyTo(Transcript before) {
            List<Turn> turns = before.mutableTurns();
            Turn moved = turns.remove(checkIndex(from, turns.size()));
            turns.add(checkIndex(to, turns.size() + 1), moved);
            return before.withTurns(turns);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new MoveTurn(to, from);
        }
    }

    record ChangeHeader(Header header) implements Edit {
        public ChangeHeader {
            Objects.requireNonNull(header, "header");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withHeader(header);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new ChangeHeader(before.header());
        }
    }

    record AddSpeaker(int index, Speaker speaker) implements Edit {
        public AddSpeaker {
            Objects.requireNonNull(speaker, "speaker");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            List<Speaker> roster = before.mutableRoster();
            roster.add(checkIndex(index, roster.size() + 1), speaker);
            return before.withRoster(roster);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new RemoveSpeaker(speaker.id());
        }
    }

    /** Removes a speaker who has no turns; move or reassign the turns first. */
    record RemoveSpeaker(String speakerId) implements Edit {
        public RemoveSpeaker {
            Objects.requireNonNull(speakerId, "speakerId");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            int index = indexIn(before);
            if (before.isSpoken(speakerId)) {
                throw new IllegalArgumentException("speaker " + before.roster().get(index).label() + " still has turns");
            }
            List<Speaker> roster = before.mutableRoster();
            roster.remove(index);
            return before.withRoster(roster);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            int index = indexIn(before);
            return new AddSpeaker(index, before.roster().get(index));
        }

        private int indexIn(Transcript transcript) {
            return speakerIndex(transcript, speakerId);
        }
    }

    /** Replaces the speaker with the same id: a rename or a change of role shows in every turn. */
    record ReplaceSpeaker(Speaker speaker) implements Edit {
        public ReplaceSpeaker {
            Objects.requireNonNull(speaker, "speaker");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            List<Speaker> roster = before.mutableRoster();
            roster.set(indexIn(before), speaker);
            return before.withRoster(roster);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new ReplaceSpeaker(before.roster().get(indexIn(before)));
        }

        private int indexIn(Transcript transcript) {
            return speakerIndex(transcript, speaker.id());
        }
    }

    /** A new roster: speakers added, changed, reordered, or removed when they have no turns. */
    record SetRoster(List<Speaker> roster) implements Edit {
        public SetRoster {
            roster = List.copyOf(roster);
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withRoster(roster);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetRoster(before.roster());
        }
    }

    /** Another transcript altogether, as when a file is opened into the window. */
    record ReplaceTranscript(Transcript transcript) implements Edit {
        public ReplaceTranscript {
            Objects.requireNonNull(transcript, "transcript");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return transcript;
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new ReplaceTranscript(before);
        }
    }

    /** Every turn at once, as a replace-all or a time shift makes them: one pass, one step. */
    record SetTurns(List<Turn> turns) implements Edit {
        public SetTurns {
            turns = List.copyOf(turns);
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withTurns(turns);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetTurns(before.turns());
        }
    }

    /**
     * Another seat's change to a shared programme, as this seat applies it: not a step of this
     * seat's undo, and no correction is logged for it here (that seat logged it and shares it).
     */
    record Remote(String seat, Edit edit) implements Edit {
        public Remote {
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return edit.applyTo(before);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new Remote(seat, edit.inverseOn(before));
        }
    }

    /** The glossary replaced: terms added, changed, removed or imported. */
    record SetGlossary(Glossary glossary) implements Edit {
        public SetGlossary {
            Objects.requireNonNull(glossary, "glossary");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withGlossary(glossary);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetGlossary(before.glossary());
        }
    }

    /** The interview desk replaced: questions received, approved, asked or skipped; the relay or allowed words changed. */
    record SetDesk(Desk desk) implements Edit {
        public SetDesk {
            Objects.requireNonNull(desk, "desk");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withDesk(desk);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetDesk(before.desk());
        }
    }

    /** The programme's recording set (recording started, a recording opened or relinked), or taken away (null). */
    record SetRecording(Recording recording) implements Edit {
        @Override
        public Transcript applyTo(Transcript before) {
            return before.withRecording(recording);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetRecording(before.recording());
        }
    }

    /** The review's record replaced: a version marked as published, a reason given, a correction logged. */
    record SetReview(Review review) implements Edit {
        public SetReview {
            Objects.requireNonNull(review, "review");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return before.withReview(review);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new SetReview(before.review());
        }
    }

    /**
     * An edit with the name of the step it makes, as the Edit menu shows it ("撤销 合并发言"); the
     * name is a message key, so that the model stays free of any language.
     */
    record Named(String name, Edit edit) implements Edit {
        public Named {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(edit, "edit");
        }

        @Override
        public Transcript applyTo(Transcript before) {
            return edit.applyTo(before);
        }

        @Override
        public Edit inverseOn(Transcript before) {
            return new Named(name, edit.inverseOn(before));
        }
    }

    /** Several edits as one step, such as a paste of many turns. */
    record Batch(List<Edit> edits) implements Edit {
        public Batch {
            edits = List.copyOf(edits);
        }

        @Override
        public Transcript applyTo(Transcript before) {
            Transcript state = before;
            for (Edit edit : edits) {
                state = edit.applyTo(state);
            }
            return state;
        }

        @Override
        public Edit inverseOn(Transcript before) {
            List<Edit> inverses = new ArrayList<>(edits.size());
            Transcript state = before;
            for (Edit edit : edits) {
                inverses.add(0, edit.inverseOn(state));
                state = edit.applyTo(state);
            }
            return new Batch(inverses);
        }
    }

    private static int speakerIndex(Transcript transcript, String speakerId) {
        int index = transcript.speakerIndex(speakerId);
        if (index < 0) {
            throw new IllegalArgumentException("no speaker " + speakerId);
        }
        return index;
    }

    private static int checkIndex(int index, int bound) {
        if (index < 0 || index >= bound) {
            throw new IllegalArgumentException("position " + index + " is outside 0.." + (bound - 1));
        }
        return index;
    }
}
