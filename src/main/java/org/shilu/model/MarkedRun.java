package org.shilu.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A stretch of a text shown one way: plain, or marked as a doubt, as holding a sensitive word, or
 * both. Marks may overlap; the runs do not. The turn list and the preview draw their marks from these.
 *
 * @param kinds {@link #DOUBT} and {@link #FLAGGED} bits; 0 for plain text
 */
public record MarkedRun(int start, int end, int kinds) {
    public static final int DOUBT = 1;
    public static final int FLAGGED = 2;

    /** The runs of a text of {@code length}, from its doubts and its flagged ranges ({@code [start, end)}). */
    public static List<MarkedRun> of(int length, List<int[]> doubts, List<int[]> flagged) {
        if (doubts.isEmpty() && flagged.isEmpty()) {
            return List.of(new MarkedRun(0, length, 0));
        }
        byte[] kinds = new byte[length];
        mark(kinds, doubts, DOUBT);
        mark(kinds, flagged, FLAGGED);
        List<MarkedRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || kinds[i] != kinds[start]) {
                runs.add(new MarkedRun(start, i, length == 0 ? 0 : kinds[start]));
                start = i;
            }
        }
        return runs;
    }

    private static void mark(byte[] kinds, List<int[]> ranges, int kind) {
        for (int[] range : ranges) {
            for (int i = Math.max(0, range[0]); i < Math.min(kinds.length, range[1]); i++) {
                kinds[i] |= (byte) kind;
            }
        }
    }
}
