package org.shilu.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.shilu.format.PortalProfile.LabelStyle;

/**
 * Which lines start turns. A label in brackets with a colon, a 【label】 and a netizen's
 * {@code 网友“name”:} are sure. The rest are guesses and are reported: a bare {@code label：}
 * or a {@code [note]} with no colon starts a turn only when the label recurs or is a sure
 * label elsewhere (in a page with no sure labels, also when it sounds like a speaker), and
 * never before the first sure label, where it is the introduction.
 */
final class LabelTrust {
    private boolean anyGuessed;
    /** Whether the page marks its labels with brackets and colons anywhere. */
    private boolean marked;
    private final Set<String> reported = new HashSet<>();
    /** Each label: how often it occurs, and the one string all its turns share. */
    private final Map<String, Occurrences> counts = new HashMap<>();
    private int firstSureLine = -1;

    private final Warnings warnings;

    /** Where a reader's warnings go: the 1-based line and what happened there. */
    interface Warnings {
        void warn(int line, String message);
    }

    /** What each line starts with, found once: its label (null: none), style, separator, where its text starts. */
    private final Occurrences[] labelAt;
    private final byte[] styleAt;
    private final char[] separatorAt;
    private final int[] textStartAt;
    private final boolean[] sureAt;

    /** Counts the labels of the whole page first: whether a label recurs decides whether it is one. */
    LabelTrust(TextLines input, Warnings warnings) {
        this.warnings = warnings;
        int lines = input.size();
        labelAt = new Occurrences[lines];
        styleAt = new byte[lines];
        separatorAt = new char[lines];
        textStartAt = new int[lines];
        sureAt = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            LabelMatch match = LabelMatch.at(input.start(i, LabelMatch.MAX_LINE_OF_LABEL + 16));
            if (match == null) {
                continue;
            }
            Occurrences occurrences = counts.computeIfAbsent(match.label(), Occurrences::new);
            occurrences.count++;
            labelAt[i] = occurrences;
            styleAt[i] = (byte) match.style().ordinal();
            separatorAt[i] = match.separator().isEmpty() ? 0 : match.separator().charAt(0);
            textStartAt[i] = match.textStart();
            sureAt[i] = match.isSure();
            if (match.isSure()) {
                counts.get(match.label()).sure = true;
                if (firstSureLine < 0 && match.style() != LabelStyle.BARE) {
                    firstSureLine = i;
                    marked = true;
                }
            }
        }
        counts.forEach((label, count) -> {
            if (!count.sure && (count.count >= 2 || (!marked && SpeakerGuess.soundsLikeSpeaker(label)))) {
                count.guessed = true;
                anyGuessed = true;
            }
        });
    }

    private boolean sure(String label) {
        Occurrences known = counts.get(label);
        return known != null && known.sure;
    }

    private boolean guessed(String label) {
        Occurrences known = counts.get(label);
        return known != null && known.guessed;
    }

    /** The one string for this label, shared by all its turns. */
    String canonical(String label) {
        Occurrences known = counts.get(label);
        return known != null ? known.label : label;
    }

    /** The label that starts a turn on line {@code i}, or null when the line is text. */
    LabelMatch turnStartAt(int i, String line) {
        LabelMatch label = labelAt[i] == null ? null : new LabelMatch(LabelStyle.values()[styleAt[i]], labelAt[i].label,
                separatorAt[i] == 0 ? "" : String.valueOf(separatorAt[i]), line, textStartAt[i]);
        if (label == null) {
            String alone = line.length() <= LabelMatch.MAX_LINE_OF_LABEL ? line.strip() : null;
            Occurrences seen = alone != null && !alone.isEmpty() ? counts.get(alone) : null;
            boolean known = seen != null && (seen.sure || seen.guessed);
            if (known || (alone != null && !marked && !anyGuessed && LabelMatch.isUnmarkedLabel(alone))) {
                return LabelMatch.alone(alone);
            }
            return null;
        }
        if (sureAt[i]) {
            return label;
        }
        boolean beforeSure = firstSureLine >= 0 && i < firstSureLine;
        boolean weakBracket = label.style() != LabelStyle.BARE;
        if (!beforeSure && (guessed(label.label()) || sure(label.label())
                || (weakBracket && SpeakerGuess.soundsLikeSpeaker(label.label())))) {
            boolean plain = !marked && SpeakerGuess.soundsLikeSpeaker(label.label());
            if (!sure(label.label()) && !plain && reported.add(label.label())) {
                warnings.warn(i + 1, "「" + label.label() + "」 is taken as a speaker (a label"
                        + (weakBracket ? " with no colon" : " without brackets") + "); check it");
            }
            return label;
        }
        if (!beforeSure && reported.add(label.label())) {
            // (before the first turn, the introduction's own warning names the line)
            warnings.warn(i + 1, "「" + label.label() + "」 looks like a label but is kept as text;"
                    + " it is not taken as a speaker");
        }
        return null;
    }

    private static final class Occurrences {
        final String label;
        int count;
        boolean sure;
        boolean guessed;

        Occurrences(String label) {
            this.label = label;
        }
    }
}
