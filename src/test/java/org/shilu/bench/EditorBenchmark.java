package org.shilu.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.TextSearch;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.UndoStack;

/**
 * The editor's heavy steps with 5,000 turns against 100, in one JVM: replace-all over the whole
 * transcript (reported per replacement too, since 50 times the turns is 50 times the changes), the
 * undo of it, and one in-place edit commit. Each is the median of 41 alternating rounds.
 * Run: {@code mvn -q test-compile exec:exec@editor-benchmark}
 */
public final class EditorBenchmark {
    private static final int WARM_UP = 15;
    private static final int ROUNDS = 41;
    private static final Pattern FIND = TextSearch.compile(new TextSearch.Query("问题", true, false, false));

    private EditorBenchmark() {
    }

    /** A document and its undo stack. */
    private record Open(Document document, UndoStack undo, int replacements) {
    }

    public static void main(String[] args) {
        Open small = open(100);
        Open large = open(5_000);
        double[][] replace = new double[2][ROUNDS];
        double[][] undo = new double[2][ROUNDS];
        double[][] edit = new double[2][ROUNDS];
        for (int round = -WARM_UP; round < ROUNDS; round++) {
            Open[] order = (round & 1) == 0 ? new Open[] {small, large} : new Open[] {large, small};
            for (Open open : order) {
                int which = open == small ? 0 : 1;
                long start = System.nanoTime();
                TextSearch.Replacement replacement = TextSearch.replaceAll(open.document().transcript(), FIND, "事项", false,
                        t -> true);
                open.document().apply(replacement.edit());
                long replaced = System.nanoTime();
                open.undo().undo();
                long undone = System.nanoTime();
                Transcript now = open.document().transcript();
                int middle = now.turns().size() / 2;
                Turn corrected = now.turns().get(middle).withParagraphs(List.of("更正后的一段话。" + round));
                long editStart = System.nanoTime();
                open.document().apply(new Edit.Named("step.editText", new Edit.ReplaceTurn(middle, corrected)));
                long edited = System.nanoTime();
                open.undo().undo();
                if (replacement.count() != open.replacements()) {
                    throw new IllegalStateException("replaced " + replacement.count() + ", expected " + open.replacements());
                }
                if (round >= 0) {
                    replace[which][round] = (replaced - start) / 1e6;
                    undo[which][round] = (undone - replaced) / 1e6;
                    edit[which][round] = (edited - editStart) / 1e6;
                }
            }
        }
        report("replace-all", replace, small, large);
        report("undo of the replace-all", undo, small, large);
        double[] e = medians(edit);
        System.out.printf("one in-place edit commit: 100 turns %.4f ms, 5,000 turns %.4f ms, ratio %.1f%n", e[0], e[1], e[1] / e[0]);
    }

    private static void report(String what, double[][] times, Open small, Open large) {
        double[] m = medians(times);
        double perSmall = m[0] / small.replacements() * 1000;
        double perLarge = m[1] / large.replacements() * 1000;
        System.out.printf("%s: 100 turns %.3f ms (%d replacements), 5,000 turns %.3f ms (%d), ratio %.1f; "
                        + "per 1,000 replacements %.3f ms against %.3f ms, ratio %.2f (linear: 1)%n",
                what, m[0], small.replacements(), m[1], large.replacements(), m[1] / m[0], perSmall, perLarge,
                perLarge / perSmall);
    }

    private static double[] medians(double[][] times) {
        double[] m = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] sorted = times[i].clone();
            Arrays.sort(sorted);
            m[i] = sorted[sorted.length / 2];
        }
        return m;
    }

    private static Open open(int count) {
        List<Turn> turns = new ArrayList<>(count);
        LocalDateTime nine = LocalDateTime.of(2022, 3, 23, 9, 0, 0);
        for (int i = 0; i < count; i++) {
            turns.add(new Turn(i % 2 == 0 ? "s1" : "s2", List.of("关于供暖收费的问题，请有关部门介绍一下情况。",
                    "第二个问题是公交线路调整，市民反映比较多。"), nine.plusSeconds(20L * i), nine.plusSeconds(20L * i + 15)));
        }
        Document document = new Document(Transcript.newProgramme().withTurns(turns));
        return new Open(document, new UndoStack(document), count * 2);
    }
}
