package org.shilu.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Doubt;

/** The marks a text box draws: overlapping sensitive words as one mark each stretch, doubts as they are. */
class TextMarksTest {
    @Test
    void overlappingAndTouchingWordsMakeOneMarkAndDoubtsKeepTheirOwn() {
        List<int[]> flagged = List.of(new int[] {2, 6}, new int[] {2, 4}, new int[] {3, 5}, new int[] {6, 8}, new int[] {10, 12});
        assertEquals(List.of(new TextMarks.Mark(1, 3, "doubt-mark"), new TextMarks.Mark(2, 8, "sensitive-mark"),
                new TextMarks.Mark(10, 12, "sensitive-mark")), TextMarks.of(List.of(new Doubt(1, "ab")), flagged));
    }

    @Test
    void noWordsNoMarks() {
        assertEquals(List.of(), TextMarks.of(List.of(), List.of()));
    }
}
