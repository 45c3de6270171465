package org.shilu.check;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Which turns of a programme hold a sensitive word that the programme does not allow. A turn is
 * looked at once for a given list and allow-list: turns are immutable, so each is remembered by
 * identity, and a commit among 5,000 turns looks at one. Safe to use from several threads.
 */
public final class FlaggedTurns {
    private SensitiveWords words = SensitiveWords.NONE;
    private List<String> allowed = List.of();
    private Map<Turn, Boolean> known = new IdentityHashMap<>();

    /** Whether {@code turn} of {@code programme} holds a word of {@code list} that the programme does not allow. */
    public synchronized boolean flags(Turn turn, Transcript programme, SensitiveWords list) {
        if (list.isEmpty()) {
            return false;
        }
        forget(programme, list);
        return known.computeIfAbsent(turn, t -> list.holds(t.text(), allowed));
    }

    /** How many turns of {@code programme} are flagged and not yet approved: held back from publishing. */
    public synchronized int held(Transcript programme, SensitiveWords list) {
        if (list.isEmpty()) {
            known = new IdentityHashMap<>();
            return 0;
        }
        forget(programme, list);
        Map<Turn, Boolean> now = new IdentityHashMap<>(programme.turns().size());
        int held = 0;
        for (Turn turn : programme.turns()) {
            Boolean flagged = known.get(turn);
            if (flagged == null) {
                flagged = list.holds(turn.text(), allowed);
            }
            now.put(turn, flagged);
            if (flagged && !turn.approved()) {
                held++;
            }
        }
        known = now; // only the programme's turns of now are kept
        return held;
    }

    private void forget(Transcript programme, SensitiveWords list) {
        if (list != words || !programme.desk().allowed().equals(allowed)) {
            words = list;
            allowed = programme.desk().allowed();
            known = new IdentityHashMap<>();
        }
    }
}
