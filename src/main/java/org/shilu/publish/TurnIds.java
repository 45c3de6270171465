package org.shilu.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.shilu.format.PortalHtmlWriter.TurnParts;
import org.shilu.model.Turn;

/**
 * Gives each turn an id that stays with it from one published version to the next, so that a page
 * can change an edited turn in place and drop a deleted one. Turns kept before and after a change
 * keep their ids; a changed stretch keeps its ids where a turn replaced a turn, and new turns get
 * new ids. Used from one thread.
 */
final class TurnIds {
    private List<Turn> turns = List.of();
    private List<String> ids = List.of();
    private long next = 1;
    /** How far ahead an unchanged turn is looked for: enough for what changes between two uploads. */
    private static final int LOOK_AHEAD = 64;

    /** The ids of these turns, the whole programme's in order. */
    List<String> of(List<Turn> now) {
        int prefix = 0;
        int common = Math.min(turns.size(), now.size());
        while (prefix < common && turns.get(prefix).equals(now.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < common - prefix
                && turns.get(turns.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> fresh = new ArrayList<>(now.size());
        fresh.addAll(ids.subList(0, prefix));
        // In the changed stretch, a turn found unchanged a little further on keeps its id; between
        // such turns, a turn in the place of another is that turn edited.
        int oldEnd = turns.size() - suffix;
        int newEnd = now.size() - suffix;
        int oldAt = prefix;
        int gapStart = prefix;
        for (int n = prefix; n <= newEnd; n++) {
            int found = n == newEnd ? oldEnd : unchangedAhead(now.get(n), oldAt, oldEnd);
            if (found < 0) {
                continue;
            }
            for (int k = gapStart; k < n; k++) {
                int old = oldAt + (k - gapStart);
                fresh.add(old < found ? ids.get(old) : "t" + next++);
            }
            if (n < newEnd) {
                fresh.add(ids.get(found));
            }
            oldAt = found + 1;
            gapStart = n + 1;
        }
        fresh.addAll(ids.subList(ids.size() - suffix, ids.size()));
        turns = List.copyOf(now);
        ids = List.copyOf(fresh);
        return ids;
    }

    private int unchangedAhead(Turn turn, int from, int end) {
        for (int k = from; k < Math.min(end, from + LOOK_AHEAD); k++) {
            if (turns.get(k).equals(turn)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Takes the ids a feed published before (by an earlier run) for the turns it still shows the
     * same, in order, so that readers' pages keep them after a restart.
     */
    void continueFrom(Feed earlier, List<Turn> now, Function<Turn, TurnParts> parts) {
        List<String> seeded = new ArrayList<>(now.size());
        int at = 0;
        for (Turn turn : now) {
            TurnParts shown = parts.apply(turn);
            int found = -1;
            for (int k = at; k < earlier.turns().size() && found < 0; k++) {
                if (earlier.turns().get(k).shows(shown)) {
                    found = k;
                }
            }
            seeded.add(found >= 0 ? earlier.turns().get(found).id() : null);
            at = found >= 0 ? found + 1 : at;
        }
        for (Feed.Entry entry : earlier.turns()) {
            next = Math.max(next, numberOf(entry.id()) + 1);
        }
        for (int i = 0; i < seeded.size(); i++) {
            if (seeded.get(i) == null) {
                seeded.set(i, "t" + next++);
            }
        }
        turns = List.copyOf(now);
        ids = List.copyOf(seeded);
    }

    private static long numberOf(String id) {
        try {
            return id != null && id.startsWith("t") ? Long.parseLong(id.substring(1)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
