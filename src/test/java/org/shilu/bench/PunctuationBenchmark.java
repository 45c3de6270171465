package org.shilu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shilu.check.ConsistencyCheck;
import org.shilu.model.PunctuationWidth;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The punctuation normaliser and the checks before export over 100,000 turns (the generated
 * programme of PortalTextBenchmark, whose text has half-width commas beside Chinese), each against a
 * plain copy of the same text (every paragraph copied into new turns), alternating round by round in
 * the same run; p50, p90, p99 and worst. Run: {@code mvn -q test-compile exec:exec@punctuation-benchmark}
 */
public final class PunctuationBenchmark {
    private PunctuationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Transcript transcript = PortalTextBenchmark.generate(new Random(20220323));
        List<PunctuationWidth.Change> changes = PunctuationWidth.changes(transcript, PunctuationWidth.Direction.FULL, true);
        System.out.printf("punctuation: %d turns, %d of them with marks to change, %d marks (ms)%n", transcript.turns().size(),
                changes.size(), changes.stream().mapToInt(PunctuationWidth.Change::marks).sum());
        System.out.println("           p50      p90      p99    worst   | baseline p50     p90   worst   | ratio p50  p90");
        PortalTextBenchmark.Work copy = () -> copied(transcript).size();
        PortalTextBenchmark.report("widths", PortalTextBenchmark.compare(copy,
                () -> PunctuationWidth.changes(transcript, PunctuationWidth.Direction.FULL, true).size()),
                "a plain copy of the text; target <= 5");
        PortalTextBenchmark.report("checks", PortalTextBenchmark.compare(copy,
                () -> ConsistencyCheck.check(transcript, PunctuationWidth.Direction.FULL).size()),
                "the same copy; no target: they run before export, off the window's thread");
    }

    /** Every paragraph copied, character by character, into new turns: what any pass over the text costs at least. */
    private static List<Turn> copied(Transcript transcript) {
        List<Turn> turns = new ArrayList<>(transcript.turns().size());
        for (Turn turn : transcript.turns()) {
            List<String> paragraphs = new ArrayList<>(turn.paragraphs().size());
            for (String paragraph : turn.paragraphs()) {
                paragraphs.add(new StringBuilder(paragraph.length()).append(paragraph).toString());
            }
            turns.add(turn.withParagraphs(paragraphs));
        }
        return turns;
    }
}
