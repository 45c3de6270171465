package org.shilu.ui.publish;

import java.util.ArrayList;
import java.util.List;

import org.shilu.model.Doubt;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/** What publishing says of the doubts still marked: how many, and the first few with their turns. */
public final class DoubtWarning {
    /** How many are named; the rest are counted. */
    private static final int NAMED = 3;

    private DoubtWarning() {
    }

    /**
     * Publishing with doubts still marked: says so over the window, naming the first few, with the
     * list one click away ({@code showDoubts}). Never a dialog: the operator may be typing.
     */
    public static void warn(List<Turn> turns, Messages messages, LivePublishing.Warning bar, Runnable showDoubts) {
        String open = of(turns, messages);
        if (open != null) {
            bar.show(open, messages.text("publish.doubts.show"), showDoubts);
        }
    }

    /** The warning, or null when no turn has a doubt marked. */
    static String of(List<Turn> turns, Messages messages) {
        List<String> named = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < turns.size(); i++) {
            for (Doubt doubt : turns.get(i).doubts()) {
                if (++count <= NAMED) {
                    named.add(messages.text("publish.doubts.one", doubt.text(), i + 1));
                }
            }
        }
        return count == 0 ? null : messages.text("publish.doubts", count, String.join("、", named) + (count > NAMED ? "…" : ""));
    }
}
