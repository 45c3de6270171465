package org.shilu.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When an approved turn, its text edited, must be approved again before it goes out: the
 * sensitive-word lists say so when the edit brought in a listed word that the approved text did
 * not hold. {@link Document#apply} asks after every edit made at this seat.
 */
@FunctionalInterface
public interface Reapproval {
    /** Approval stays with the turn whatever is edited: the approval gate's own rule. */
    Reapproval NEVER = (programme, approved, edited) -> false;

    /** Whether {@code edited}, of {@code programme} after the edit, must be approved again; {@code approved} is the turn as approved. */
    boolean needed(Transcript programme, Turn approved, Turn edited);

    /**
     * The turns, as the edit from {@code before} to {@code after} left them, that must be approved
     * again: of the turns it replaced, those still approved whose text changed and for which
     * {@link #needed} says so.
     */
    default List<Turn> toApproveAgain(Transcript before, Transcript after) {
        Splice splice = Splice.between(before, after);
        Map<String, Turn> was = null;
        List<Turn> again = new ArrayList<>();
        for (Turn edited : splice.inserted()) {
            if (!edited.approved()) {
                continue;
            }
            if (was == null) {
                was = new HashMap<>();
                for (Turn turn : before.turns().subList(splice.at(), splice.at() + splice.removed())) {
                    was.put(turn.id(), turn);
                }
            }
            Turn approved = was.get(edited.id());
            if (approved != null && approved.approved() && !approved.text().equals(edited.text())
                    && needed(after, approved, edited)) {
                again.add(edited);
            }
        }
        return again;
    }

    /** The approvals that the edit from {@code before} to {@code after} takes back, as an edit of {@code after}, or null when none. */
    default Edit withdrawn(Transcript before, Transcript after) {
        return takenBack(after, toApproveAgain(before, after));
    }

    /**
     * An edit of {@code programme} taking back the approval of these turns, found by id, of those
     * that it still holds as they were; null when there are none.
     */
    static Edit takenBack(Transcript programme, List<Turn> turns) {
        List<Edit> steps = new ArrayList<>();
        for (Turn turn : turns) {
            int at = programme.indexOfTurn(turn.id());
            if (at >= 0 && programme.turns().get(at).equals(turn)) {
                steps.add(new Edit.ReplaceTurn(at, turn.withApproved(false)));
            }
        }
        return steps.isEmpty() ? null : new Edit.Batch(steps);
    }
}
