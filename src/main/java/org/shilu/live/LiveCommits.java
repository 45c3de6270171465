package org.shilu.live;

import java.util.List;
import java.util.Optional;

import org.shilu.model.Desk;
import org.shilu.model.Edit;
import org.shilu.model.Turn;

/**
 * The edit of a live commit: a turn appended, named so that undo can tell it from an editor's
 * insert (Ctrl+Z right after it takes the turn back into the draft), with the questions it read
 * out marked as asked in the same step.
 */
public final class LiveCommits {
    private LiveCommits() {
    }

    /** A turn appended at {@code index}; {@code desk}, when not null, is the desk with the questions it read out marked. */
    static Edit edit(int index, Turn turn, Desk desk) {
        Edit insert = new Edit.InsertTurn(index, turn);
        return new Edit.Named(LiveSession.LIVE_COMMIT, desk == null ? insert
                : new Edit.Batch(List.of(insert, new Edit.SetDesk(desk))));
    }

    /** The turn a step's edit committed live, if it is a live commit. */
    public static Optional<Turn> turnOf(Edit edit) {
        if (!(edit instanceof Edit.Named named) || !named.name().equals(LiveSession.LIVE_COMMIT)) {
            return Optional.empty();
        }
        Edit inner = named.edit() instanceof Edit.Batch batch && !batch.edits().isEmpty() ? batch.edits().get(0) : named.edit();
        return inner instanceof Edit.InsertTurn insert ? Optional.of(insert.turn()) : Optional.empty();
    }
}
