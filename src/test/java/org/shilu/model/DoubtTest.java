package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class DoubtTest {
    private static final String TEXT = "请陆华局长介绍。\n谢谢lu hua。";

    @Test
    void theKeyMarksTheSelectionOrTheWordBeforeTheCaretAndTakesAMarkAway() {
        List<Doubt> marked = Doubt.toggle(List.of(), TEXT, 1, 3);
        assertEquals(List.of(new Doubt(1, "陆华")), marked, "the selection");
        assertEquals(List.of(new Doubt(3, "局长")), Doubt.toggle(List.of(), TEXT, 5, 5), "two characters before the caret");
        assertEquals(List.of(new Doubt(14, "hua")), Doubt.toggle(List.of(), TEXT, 17, 17), "a Latin word before the caret");
        assertEquals(List.of(new Doubt(5, "hua")), Doubt.toggle(List.of(), "谢谢lu hua ", 9, 9), "spaces before the caret skipped");
        assertEquals(List.of(), Doubt.toggle(marked, TEXT, 2, 2), "the caret in a mark takes it away");
        assertEquals(List.of(), Doubt.toggle(marked, TEXT, 1, 3), "the same selection again takes it away");
        assertEquals(List.of(new Doubt(1, "陆华"), new Doubt(3, "局长")), Doubt.toggle(marked, TEXT, 3, 5), "in order");
        assertEquals(List.of(), Doubt.toggle(List.of(), TEXT, 0, 0), "nothing before the caret");
        assertEquals(List.of(), Doubt.toggle(List.of(), TEXT, 7, 10), "never across a paragraph break");
        assertEquals(List.of(), Doubt.toggle(List.of(), TEXT, 8, 8), "nothing to mark after punctuation");
    }

    @Test
    void aMarkFollowsItsTextThroughEditsElsewhereAndGoesWhenItsTextIsEdited() {
        List<Doubt> marked = List.of(new Doubt(1, "陆华"), new Doubt(14, "hua"));
        assertEquals(List.of(new Doubt(3, "陆华"), new Doubt(16, "hua")),
                Doubt.follow(marked, TEXT, "好，" + TEXT), "typed before both");
        assertEquals(List.of(new Doubt(1, "陆华"), new Doubt(15, "hua")),
                Doubt.follow(marked, TEXT, TEXT.replace("谢谢", "谢谢你")), "typed between");
        assertEquals(List.of(new Doubt(14, "hua")), Doubt.follow(marked, TEXT, TEXT.replace("陆华", "路华")),
                "its own text changed: that mark goes");
        assertEquals(List.of(new Doubt(1, "陆华")), Doubt.follow(marked, TEXT, TEXT.replace("hua", "hau")));
        assertEquals(List.of(new Doubt(1, "陆华"), new Doubt(15, "hua")), Doubt.follow(marked, TEXT, TEXT.replace("陆华", "陆华副")),
                "typing on right after a mark (the live typist's next words) keeps it");
        assertEquals(List.of(), Doubt.follow(marked, TEXT, ""));
    }

    @Test
    void aTurnKeepsItsMarksWhereTheyFitAndRefusesOnesThatDoNot() {
        Turn turn = Turn.of("s1", "请陆华局长介绍。", "谢谢lu hua。").withDoubts(List.of(new Doubt(1, "陆华")));
        assertEquals(List.of(new Doubt(3, "陆华")), turn.withParagraphs(List.of("好，请陆华局长介绍。", "谢谢lu hua。")).doubts());
        assertEquals(List.of(), turn.withParagraphs(List.of("请路华局长介绍。")).doubts());
        assertEquals(turn.doubts(), turn.withApproved(true).withSpeaker("s2").withId("t9").doubts());
        assertEquals(false, turn.equals(turn.withDoubts(List.of())), "a mark is part of what the turn holds");
        assertThrows(IllegalArgumentException.class, () -> turn.withDoubts(List.of(new Doubt(0, "陆华"))));
        assertThrows(IllegalArgumentException.class, () -> new Doubt(0, "a\nb"));
    }

    @Test
    void nextAndPreviousGoRoundPastTheEnds() {
        Turn plain = Turn.of("s1", "好。");
        Turn doubtful = Turn.of("s1", "陆华。").withDoubts(List.of(new Doubt(0, "陆华")));
        List<Turn> turns = List.of(plain, doubtful, plain, doubtful, plain);
        assertEquals(1, Doubt.turnWithDoubt(turns, -1, true));
        assertEquals(3, Doubt.turnWithDoubt(turns, 1, true));
        assertEquals(1, Doubt.turnWithDoubt(turns, 3, true), "round past the end");
        assertEquals(3, Doubt.turnWithDoubt(turns, -1, false));
        assertEquals(3, Doubt.turnWithDoubt(turns, 1, false), "round past the start");
        assertEquals(-1, Doubt.turnWithDoubt(List.of(plain, plain), 0, true));
    }
}
