package org.shilu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;

/**
 * Writes a sensitive-word list of N words for packaging/sensitive-words-benchmark.sh: those of
 * SensitiveWordsBenchmark, cut from and built of the sample's own words, and among them a… words
 * that the letters xwatch types ("a", again and again) keep matching, so that the draft's marks are
 * drawn again at every keystroke.
 *
 *   SensitiveListForBenchmark OUT N
 */
public final class SensitiveListForBenchmark {
    private SensitiveListForBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String said = SampleFixture.project().transcript().turns().stream().map(Turn::text)
                .collect(java.util.stream.Collectors.joining()).replace("\n", "");
        List<String> lines = new ArrayList<>();
        for (int length = 3; length <= 12; length++) {
            lines.add("a".repeat(length) + "\t基准");
        }
        for (var word : SensitiveWordsBenchmark.list(said, new Random(17))) {
            if (lines.size() == Integer.parseInt(args[1])) {
                break;
            }
            lines.add(word.word() + "\t" + word.category());
        }
        Files.write(Path.of(args[0]), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }
}
