package org.shilu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.shilu.check.SensitiveWords;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;

/**
 * Checking 100,000 turns (pieces of the sample's real interview) against a list of 20,000
 * sensitive words, against a plain scan of the same text for one word ({@code String.contains},
 * which the JIT turns into vector instructions), alternating round by round in the same run; p50,
 * p90, p99 and worst. The words are built from the characters the turns use, so that many of them
 * start, and some finish, at every few characters, as a real list does on real text.
 * Run: {@code mvn -q test-compile exec:exec@sensitive-words-benchmark}
 */
public final class SensitiveWordsBenchmark {
    private static final int WORDS = 20_000;
    private static final int TURNS = 100_000;

    private SensitiveWordsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String said = SampleFixture.project().transcript().turns().stream().map(Turn::text)
                .collect(java.util.stream.Collectors.joining()).replace("\n", "");
        Random random = new Random(20220323);
        List<String> texts = new ArrayList<>(TURNS);
        while (texts.size() < TURNS) {
            int length = 40 + random.nextInt(80);
            int at = random.nextInt(said.length() - length);
            texts.add(said.substring(at, at + length));
        }
        SensitiveWords words = SensitiveWords.of(list(said, new Random(17)));
        String one = "森林防火";
        long held = texts.stream().filter(t -> words.holds(t, List.of())).count();
        System.out.printf("sensitive words: %,d turns, %,d characters, %,d words listed; %,d turns hold one (ms)%n",
                texts.size(), texts.stream().mapToLong(String::length).sum(), words.size(), held);
        System.out.println("           p50      p90      p99    worst   | baseline p50     p90   worst   | ratio p50  p90");
        PortalTextBenchmark.Work contains = () -> {
            int found = 0;
            for (String text : texts) {
                found += text.contains(one) ? 1 : 0;
            }
            return found;
        };
        SensitiveWords oneWord = SensitiveWords.of(List.of(new SensitiveWords.Word(one, "")));
        PortalTextBenchmark.report("20,000", PortalTextBenchmark.compare(contains, () -> checked(words, texts)),
                "String.contains of one word (" + one + "); target <= 3");
        PortalTextBenchmark.report("1 word", PortalTextBenchmark.compare(contains, () -> checked(oneWord, texts)),
                "the same; the matcher with a list of that one word");
        PortalTextBenchmark.report("20k÷1 ", PortalTextBenchmark.compare(() -> checked(oneWord, texts), () -> checked(words, texts)),
                "the matcher with one word: what the list's size costs");
    }

    /** What the window does for each turn: which listed words it holds, less the allowed ones. */
    private static int checked(SensitiveWords words, List<String> texts) {
        int found = 0;
        for (String text : texts) {
            found += words.find(text, List.of()).size();
        }
        return found;
    }

    /**
     * Twenty words cut from what was said, so that some turns hold one; the rest three to six of its
     * characters drawn as often as the text uses them, in orders that are hardly ever said: every
     * character of the text starts some listed word, so the matcher is inside a word most of the time,
     * which a real list on real text is less often.
     */
    static List<SensitiveWords.Word> list(String said, Random random) {
        List<SensitiveWords.Word> list = new ArrayList<>(WORDS);
        while (list.size() < 20) {
            int at = random.nextInt(said.length() - 4);
            list.add(new SensitiveWords.Word(said.substring(at, at + 4), "测试"));
        }
        while (list.size() < WORDS) {
            StringBuilder word = new StringBuilder();
            for (int k = 3 + random.nextInt(4); k > 0; k--) {
                word.append(said.charAt(random.nextInt(said.length())));
            }
            list.add(new SensitiveWords.Word(word.toString(), "测试"));
        }
        return list;
    }
}
