package org.shilu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.shilu.format.BadInputException;

class SensitiveWordsTest {
    private static SensitiveWords of(String... words) {
        return SensitiveWords.of(java.util.Arrays.stream(words).map(w -> new SensitiveWords.Word(w, "")).toList());
    }

    private static List<String> found(SensitiveWords words, String text, List<String> allowed) {
        return words.find(text, allowed).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void everyListedWordIsFoundWhereItStandsOverlappingOnesToo() {
        SensitiveWords words = of("赌博", "博彩", "网络赌博");
        assertEquals(List.of("网络赌博", "赌博", "博彩"), found(words, "打击网络赌博彩票", List.of()));
        assertEquals(List.of(), found(words, "打击网络诈骗", List.of()));
    }

    @Test
    void fullWidthAndHalfWidthLettersAndDigitsMatchEachOtherButCaseStays() {
        SensitiveWords words = of("ABC12", "ＸＹ");
        assertEquals(List.of("ＡＢＣ１２"), found(words, "看ＡＢＣ１２台", List.of()));
        assertEquals(List.of("XY"), found(words, "XY", List.of()));
        assertEquals(List.of(), found(words, "abc12", List.of()));
        assertEquals("ABC 1!", SensitiveWords.fold("ＡＢＣ　１！"));
    }

    @Test
    void aWordInsideAnAllowedPhraseIsNotFlaggedButElsewhereItIs() {
        SensitiveWords words = of("李洪");
        List<String> allowed = List.of("李洪伟");
        assertEquals(List.of(), found(words, "请李洪伟主任介绍", allowed));
        assertEquals(List.of("李洪"), found(words, "李洪伟说，李洪如何", allowed));
        assertFalse(words.holds("李洪伟", allowed));
        assertTrue(words.holds("李洪伟", List.of()));
    }

    @Test
    void aListReadsWordsAndCategoriesSkipsCommentsAndRefusesABadLineByNumber() throws Exception {
        byte[] list = "\uFEFF# 政治\n反动\t政治\n\n赌博\t违法\r\n  诈骗  \n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(new SensitiveWords.Word("反动", "政治"), new SensitiveWords.Word("赌博", "违法"),
                new SensitiveWords.Word("诈骗", "")), SensitiveWords.readList(list, "words.txt"));
        BadInputException noWord = assertThrows(BadInputException.class,
                () -> SensitiveWords.readList("好\n\t分类\n".getBytes(StandardCharsets.UTF_8), "words.txt"));
        assertEquals(2, noWord.line());
        byte[] gbk = "反动\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] notUtf8 = new byte[gbk.length + 3];
        System.arraycopy("ok\n".getBytes(StandardCharsets.UTF_8), 0, notUtf8, 0, 3);
        System.arraycopy(gbk, 0, notUtf8, 3, gbk.length);
        BadInputException bytes = assertThrows(BadInputException.class, () -> SensitiveWords.readList(notUtf8, "gbk.txt"));
        assertEquals(2, bytes.line());
        assertEquals("gbk.txt", bytes.source());
    }

    @Test
    void twoListsTogetherCountAWordOnceWithTheFirstListsCategory() {
        SensitiveWords words = SensitiveWords.of(List.of(new SensitiveWords.Word("赌博", "违法"),
                new SensitiveWords.Word("赌博", "其他"), new SensitiveWords.Word("反动", "政治")));
        assertEquals(2, words.size());
        assertEquals("违法", words.find("赌博").get(0).word().category());
    }

    /** Against a plain scan for each word, on random text from a small alphabet, so that words overlap often. */
    @Test
    void findsWhatAPlainScanForEachWordFinds() {
        Random random = new Random(17);
        String alphabet = "赌博彩票网络反动aＡ1１";
        for (int round = 0; round < 200; round++) {
            List<String> listed = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(30); w++) {
                listed.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            SensitiveWords words = of(listed.toArray(String[]::new));
            String text = randomText(random, alphabet, random.nextInt(60));
            TreeSet<String> expected = new TreeSet<>();
            String folded = SensitiveWords.fold(text);
            for (String word : listed) {
                String w = SensitiveWords.fold(word);
                for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + 1)) {
                    expected.add(at + ":" + (at + w.length()));
                }
            }
            TreeSet<String> actual = new TreeSet<>();
            words.find(text).forEach(m -> actual.add(m.start() + ":" + m.end()));
            assertEquals(expected, actual, text + " " + listed);
        }
    }

    /** Lists of thousands, where pairs of characters share the filter's bits: every match Aho–Corasick finds, in the same order. */
    @Test
    void aLongListFindsWhatAhoCorasickFindsInTheSameOrder() {
        StringBuilder alphabet = new StringBuilder("aＡ1１ ");
        for (char c = '\u4e00'; alphabet.length() < 300; c += 7) {
            alphabet.append(c);
        }
        for (int oneCharacterWords : new int[] {0, 20}) {
            Random random = new Random(23 + oneCharacterWords);
            java.util.TreeMap<String, String> byFolded = new java.util.TreeMap<>();
            List<String> listed = new ArrayList<>();
            while (listed.size() < 8_000) {
                String word = randomText(random, alphabet.toString(), listed.size() < oneCharacterWords ? 1 : 2 + random.nextInt(5));
                if (byFolded.putIfAbsent(SensitiveWords.fold(word), word) == null) {
                    listed.add(word);
                }
            }
            com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<String> automaton = new com.hankcs.algorithm.AhoCorasickDoubleArrayTrie<>();
            automaton.build(byFolded);
            SensitiveWords words = of(listed.toArray(String[]::new));
            int matches = 0;
            for (int round = 0; round < 300; round++) {
                String text = randomText(random, alphabet.toString(), random.nextInt(200));
                List<String> expected = automaton.parseText(SensitiveWords.fold(text)).stream()
                        .sorted(java.util.Comparator.comparingInt((com.hankcs.algorithm.AhoCorasickDoubleArrayTrie.Hit<String> h) -> h.begin)
                                .thenComparing(h -> -h.end))
                        .map(h -> h.begin + ":" + h.end + " " + h.value).toList();
                List<String> actual = words.find(text).stream().map(m -> m.start() + ":" + m.end() + " " + m.text()).toList();
                assertEquals(expected, actual, text);
                matches += actual.size();
            }
            assertTrue(matches > 300, "the texts hold listed words: " + matches);
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
