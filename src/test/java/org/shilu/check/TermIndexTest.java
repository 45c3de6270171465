package org.shilu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Glossary;

class TermIndexTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(
            new Glossary.Term("市自然资源和规划局", "zrj", ""),
            new Glossary.Term("陆华", "", "副局长"),
            new Glossary.Term("路华桥", "", ""),
            new Glossary.Term("绿化", "LH", ""),
            new Glossary.Term("CCTV", "", "")));

    private static List<String> suggested(TermIndex index, String letters, int most) {
        return index.suggest(letters, most).stream().map(Glossary.Term::term).toList();
    }

    @Test
    void termsAreFoundByAbbreviationInitialsOrWholePinyinWhateverTheCase() {
        TermIndex index = TermIndex.of(GLOSSARY);
        assertEquals(List.of("绿化", "陆华", "路华桥"), suggested(index, "lh", 6),
                "the term whose abbreviation the letters are first (绿化 is lh by pinyin too), then by key");
        assertEquals(List.of("绿化", "陆华", "路华桥"), suggested(index, "LH", 6));
        assertEquals(List.of("陆华", "绿化", "路华桥"), suggested(index, "luhua", 6), "绿 is lü, typed lu");
        assertEquals(List.of("路华桥"), suggested(index, "lhq", 6));
        assertEquals(List.of("市自然资源和规划局"), suggested(index, "zr", 6));
        assertEquals(List.of("市自然资源和规划局"), suggested(index, "szrzyhghj", 6));
        assertEquals(List.of("CCTV"), suggested(index, "cc", 6));
        assertEquals(List.of("绿化"), suggested(index, "lh", 1));
        assertEquals(List.of(), suggested(index, "l", 6), "one letter suggests nothing");
        assertEquals(List.of(), suggested(index, "xyz", 6));
        assertEquals(List.of(), suggested(TermIndex.EMPTY, "lh", 6));
    }

    @Test
    void aGlossaryOfTwentyThousandTermsFindsTheSameAsAPlainScan() {
        List<Glossary.Term> terms = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        String han = "陆华路桥市自然资源和规划局连云港行风热线在线访谈";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder term = new StringBuilder();
            for (int k = 0; k < 2 + random.nextInt(5); k++) {
                term.append(han.charAt(random.nextInt(han.length())));
            }
            terms.add(new Glossary.Term(term.toString() + i, "", ""));
        }
        Glossary glossary = new Glossary(terms);
        TermIndex index = TermIndex.of(glossary);
        Pinyin pinyin = new Pinyin();
        for (String letters : List.of("lh", "luhua", "zr", "lyg", "xfrx", "zx")) {
            List<Glossary.Term> scanned = terms.stream().filter(t -> {
                StringBuilder initials = new StringBuilder();
                StringBuilder whole = new StringBuilder();
                t.term().codePoints().forEach(c -> {
                    String s = pinyin.of(c);
                    if (s != null) {
                        initials.append(s.charAt(0));
                        whole.append(s);
                    }
                });
                return initials.toString().startsWith(letters) || whole.toString().startsWith(letters);
            }).toList();
            List<Glossary.Term> found = index.suggest(letters, Integer.MAX_VALUE);
            assertEquals(new java.util.HashSet<>(scanned), new java.util.HashSet<>(found), letters);
        }
    }
}
