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

    /** Whether {@code edited}, of {@code programme} after the edit, must be approved again; {@code approved} is its text as approved. */
    boolean needed(Transcript programme, Turn approved, Turn edited);

    /**
     * The approvals that the edit from {@code before} to {@code after} takes back, as an edit of
     * {@code after}, or null when it takes none: of the turns the edit replaced, those still
     * approved whose text changed and for which {@link #needed} says so.
     */
    default Edit withdrawn(Transcript before, Transcript after) {
        Splice splice = Splice.between(before, after);
        Map<String, Turn> was = null;
        List<Edit> withdrawals = new ArrayList<>();
        for (int i = 0; i < splice.inserted().size(); i++) {
            Turn edited = splice.inserted().get(i);
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
                withdrawals.add(new Edit.ReplaceTurn(splice.at() + i, edited.withApproved(false)));
            }
        }
        return withdrawals.isEmpty() ? null : new Edit.Batch(withdrawals);
    }
}
