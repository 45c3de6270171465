package org.shilu.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

/**
 * The toneless pinyin of Chinese characters, one at a time (ICU's Han-Latin transliteration), so
 * that 陆 and 路 are both "lu". One instance per thread: ICU's transliterators are not to be shared.
 */
final class Pinyin {
    private final Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private final Map<Integer, String> known = new HashMap<>();

    /** The syllable of {@code codePoint}, or null when it is no Chinese character. */
    String of(int codePoint) {
        if (Character.UnicodeScript.of(codePoint) != Character.UnicodeScript.HAN) {
            return null;
        }
        return known.computeIfAbsent(codePoint,
                c -> toLatin.transliterate(new String(Character.toChars(c))).strip().toLowerCase(Locale.ROOT));
    }
}
