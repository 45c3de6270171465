package org.shilu.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * The listed words in hankcs' double-array trie, read from one place in a text: which words start
 * there. {@link SensitiveWords} asks this only where a word's first two characters stand, so the
 * trie is walked a few characters from a few places instead of at every character of the text.
 * The walk follows the trie's own transitions from its root (the double array's {@code base} and
 * {@code check}) and takes, of the words ending at each state, the one as long as the walk.
 */
final class WordTrie extends AhoCorasickDoubleArrayTrie<SensitiveWords.Word> {
    WordTrie(Map<String, SensitiveWords.Word> byFoldedWord) {
        build(byFoldedWord);
    }

    /** Adds to {@code found} (made when null) every word starting at {@code start}, folded as it is read, the longest first; returns it. */
    List<SensitiveWords.Match> wordsFrom(CharSequence text, int start, List<SensitiveWords.Match> found) {
        List<SensitiveWords.Match> out = found;
        int first = found == null ? 0 : found.size(); // each longer word goes before the shorter ones
        int state = 0;
        for (int at = start; at < text.length(); at++) {
            int from = base[state];
            int next = from + SensitiveWords.narrow(text.charAt(at)) + 1;
            if (next >= check.length || check[next] != from) {
                break;
            }
            state = next;
            int[] ending = output[state];
            if (ending != null) {
                int length = at + 1 - start;
                for (int word : ending) {
                    if (l[word] == length) {
                        if (out == null) {
                            out = new ArrayList<>(2);
                        }
                        out.add(first, new SensitiveWords.Match(start, at + 1, get(word)));
                    }
                }
            }
        }
        return out;
    }
}
