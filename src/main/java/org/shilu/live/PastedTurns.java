package org.shilu.live;

import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.PortalReadResult;
import org.shilu.format.PortalTextReader;
import org.shilu.model.Transcript;

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
}
