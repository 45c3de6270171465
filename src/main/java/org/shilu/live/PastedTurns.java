package org.shilu.live;

import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalReadResult;
import org.shilu.format.PortalTextReader;
import org.shilu.model.Edit;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Pasted text that holds two or more labelled turns, split as the portal reader splits a file;
 * {@code leftover} is text before the first turn, which goes back to the draft.
 */
public record PastedTurns(Transcript turns, List<String> leftover) {

    /** The turns in a paste, or null when it holds fewer than two labelled turns. */
    public static PastedTurns split(String pasted) {
        PortalReadResult read;
        try {
            read = new PortalTextReader().read(pasted, "paste");
        } catch (BadInputException e) {
            return null;
        }
        Transcript transcript = read.project().transcript();
        if (transcript.turns().size() < 2) {
            return null;
        }
        List<String> leftover = new java.util.ArrayList<>();
        for (String field : List.of(transcript.header().heading(), transcript.header().programme(),
                transcript.header().sectionLabel())) {
            if (!field.isEmpty()) {
                leftover.add(field);
            }
        }
        leftover.addAll(transcript.header().introduction());
        return new PastedTurns(transcript, leftover);
    }

    public int size() {
        return turns.turns().size();
    }

    /**
     * The edit that commits these turns after {@code current}'s, in order, adding the speakers its
     * roster lacks. Times printed in the paste are kept; turns without one are stamped {@code now}.
     * Null when there is nothing to commit.
     */
    Edit commitAfter(Transcript current, java.time.LocalDateTime now) {
        List<Speaker> roster = new java.util.ArrayList<>(current.roster());
        List<Turn> committed = new java.util.ArrayList<>(size());
        for (Turn turn : turns.turns()) {
            Speaker pastedSpeaker = turns.speakerOf(turn);
            Speaker speaker = roster.stream().filter(s -> s.label().equals(pastedSpeaker.label())).findFirst().orElse(null);
            if (speaker == null) {
                speaker = new Speaker(Speaker.unusedId(roster), pastedSpeaker.label(),
                        pastedSpeaker.role(), pastedSpeaker.name(), pastedSpeaker.title());
                roster.add(speaker);
            }
            java.time.LocalDateTime printed = turn.publishedAt() != null ? turn.publishedAt() : turn.spokenAt();
            committed.add(new Turn(speaker.id(), turn.paragraphs(), printed != null ? printed : now,
                    printed != null ? printed : now));
        }
        if (committed.isEmpty()) {
            return null;
        }
        Edit insert = new Edit.InsertTurns(current.turns().size(), committed);
        return roster.size() == current.roster().size() ? insert : new Edit.Batch(List.of(new Edit.SetRoster(roster), insert));
    }
}
