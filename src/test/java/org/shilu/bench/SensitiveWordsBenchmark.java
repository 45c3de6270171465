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
 * p90, p99 and worst. Two lists: 20,000 words of a list published for Chinese sites, and a worst
 * case built from the characters the turns use, so that many of its words start, and some finish,
 * at every few characters.
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
        List<SensitiveWords.Word> publishedWords = publishedList(said, new Random(17));
        SensitiveWords published = SensitiveWords.of(publishedWords);
        String one = "森林防火";
        System.out.printf("sensitive words: %,d turns, %,d characters (ms)%n", texts.size(), texts.stream().mapToLong(String::length).sum());
        for (SensitiveWords list : List.of(published, words)) {
            System.out.printf("  %s: %,d words, %,d turns hold one%n", list == published ? "published" : "worst case", list.size(),
                    texts.stream().filter(t -> list.holds(t, List.of())).count());
        }
        System.out.println("           p50      p90      p99    worst   | baseline p50     p90   worst   | ratio p50  p90");
        PortalTextBenchmark.Work contains = () -> {
            int found = 0;
            for (String text : texts) {
                found += text.contains(one) ? 1 : 0;
            }
            return found;
        };
        SensitiveWords oneWord = SensitiveWords.of(List.of(new SensitiveWords.Word(one, "")));
        PortalTextBenchmark.report("publ. ", PortalTextBenchmark.compare(contains, () -> checked(published, texts)),
                "String.contains of one word (" + one + "); target <= 3; 20,000 words of a published list");
        PortalTextBenchmark.report("worst ", PortalTextBenchmark.compare(contains, () -> checked(words, texts)),
                "the same; 20,000 words made of the text's own characters");
        PortalTextBenchmark.report("1 word", PortalTextBenchmark.compare(contains, () -> checked(oneWord, texts)),
                "the same; the matcher with a list of that one word");
        PortalTextBenchmark.report("20k÷1 ", PortalTextBenchmark.compare(() -> checked(oneWord, texts), () -> checked(words, texts)),
                "the matcher with one word: what the list's size costs");
        PortalTextBenchmark.report("floor ", PortalTextBenchmark.compare(contains, () -> firstCharacterPlaces(publishedWords, texts)),
                "String.contains again; the least a matcher reading a character at a time does: one bit per character");
    }

    /**
     * The floor under any matcher that reads the text a character at a time: each turn's characters
     * copied out, and for each one bit read from an 8 KB table of the characters that open a
     * published word, without a branch (the place written out, the count advanced by the bit). No
     * pairs and no trie: it finds no word, only where one may start.
     */
    private static int firstCharacterPlaces(List<SensitiveWords.Word> list, List<String> texts) {
        long[] opens = new long[1 << 10];
        for (SensitiveWords.Word word : list) {
            char first = word.word().charAt(0);
            opens[first >>> 6] |= 1L << first;
        }
        char[] chars = new char[1 << 12];
        int[] places = new int[chars.length];
        int found = 0;
        for (String text : texts) {
            int length = text.length();
            text.getChars(0, length, chars, 0);
            int count = 0;
            for (int at = 0; at < length; at++) {
                char c = chars[at];
                places[count] = at;
                count += (int) ((opens[c >>> 6] >>> c) & 1);
            }
            found += count;
        }
        return found;
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
     * 20,000 words of a list published for Chinese sites (houbb/sensitive-word's, Apache 2.0: 64,000
     * words of politics, pornography, gambling, drugs, weapons and fraud), drawn at random, and twenty
     * words cut from what was said, so that some turns hold one.
     */
    static List<SensitiveWords.Word> publishedList(String said, Random random) throws java.io.IOException {
        List<String> lines;
        try (var in = SensitiveWordsBenchmark.class.getResourceAsStream("/sensitive_word_dict.txt")) {
            lines = new ArrayList<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList());
        }
        java.util.Collections.shuffle(lines, random);
        List<SensitiveWords.Word> list = cutFrom(said, random);
        for (String word : lines.subList(0, WORDS - list.size())) {
            list.add(new SensitiveWords.Word(word, "published"));
        }
        return list;
    }

    /**
     * Twenty words cut from what was said, so that some turns hold one; the rest three to six of its
     * characters drawn as often as the text uses them, in orders that are hardly ever said: every
     * character of the text starts some listed word, so the matcher is inside a word most of the time,
     * which a real list on real text is less often.
     */
    static List<SensitiveWords.Word> list(String said, Random random) {
        List<SensitiveWords.Word> list = cutFrom(said, random);
        while (list.size() < WORDS) {
            StringBuilder word = new StringBuilder();
            for (int k = 3 + random.nextInt(4); k > 0; k--) {
                word.append(said.charAt(random.nextInt(said.length())));
            }
            list.add(new SensitiveWords.Word(word.toString(), "测试"));
        }
        return list;
    }

    /** Twenty four-character words cut from what was said, so that some turns hold one. */
    private static List<SensitiveWords.Word> cutFrom(String said, Random random) {
        List<SensitiveWords.Word> list = new ArrayList<>(WORDS);
        while (list.size() < 20) {
            int at = random.nextInt(said.length() - 4);
            list.add(new SensitiveWords.Word(said.substring(at, at + 4), "测试"));
        }
        return list;
    }
}
