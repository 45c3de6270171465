package org.shilu.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Header;
import org.shilu.model.PunctuationWidth;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** The checks before export, each on a programme made to have it, and the sample, which has none but its widths. */
class ConsistencyCheckTest {
    private static final Speaker HOST = new Speaker("h", "主持人", Role.HOST, "", "", "");
    private static final Speaker LU = new Speaker("g", "陆华副局长", Role.GUEST, "陆华", "副局长", "");
    private static final Speaker WANG = new Speaker("w", "王建国处长", Role.GUEST, "王建国", "处长", "");
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0);

    private static Turn turn(String speaker, String text, LocalDateTime at) {
        return new Turn(speaker, List.of(text), at, null, false, null);
    }

    private static List<String> check(List<Speaker> roster, PunctuationWidth.Direction width, Turn... turns) {
        return ConsistencyCheck.check(new Transcript(Header.EMPTY, roster, List.of(turns)), width).stream()
                .map(f -> f.kind() + "@" + f.turnIndex() + " " + String.join("/", f.details())).toList();
    }

    @Test
    void aNameWrittenWithAnotherCharacterOfTheSameSoundIsFoundAndTheRightOneIsNot() {
        assertEquals(List.of("NAME_SPELLED_TWO_WAYS@1 路华/陆华"), check(List.of(HOST, LU), null,
                turn("h", "请陆华副局长介绍一下。", null), turn("h", "感谢路华局长。", null), turn("g", "好的。", NINE),
                turn("g", "陆续开展。", NINE)));
    }

    @Test
    void aNameWithCharactersThatAnInputMethodMixesUpIsFoundButNotAnotherWordOfTheSameShape() {
        Speaker liu = new Speaker("l", "刘宁主任", Role.GUEST, "刘宁", "主任", "");
        assertEquals(List.of("NAME_SPELLED_TWO_WAYS@0 王建果/王建国", "NAME_SPELLED_TWO_WAYS@0 王见国/王建国",
                        "NAME_SPELLED_TWO_WAYS@1 牛宁/刘宁", "NAME_SPELLED_TWO_WAYS@1 刘凝/刘宁"),
                check(List.of(HOST, WANG, liu), null, turn("h", "请王建果处长介绍王建设的情况，王见国。", null),
                        turn("h", "牛宁主任、刘凝主任，牛奶。", null), turn("w", "好的。", NINE), turn("w", "好。", NINE),
                        turn("l", "好。", NINE), turn("l", "好。", NINE)));
    }

    @Test
    void aSpeakerWithOneTurnAGuestWithoutATimeAndATimeThatGoesBackAreFound() {
        assertEquals(List.of("SPEAKER_USED_ONCE@1 王建国处长", "TURN_WITHOUT_TIME@1 王建国处长",
                        "TIME_GOES_BACK@3 09:00:00/09:05:00"),
                check(List.of(HOST, LU, WANG), null, turn("g", "答一", NINE.plusMinutes(1)), turn("w", "答二", null),
                        turn("g", "答三", NINE.plusMinutes(5)), turn("g", "答四", NINE), turn("h", "问", null),
                        turn("h", "问", null)));
    }

    @Test
    void widthsAreFoundAsThePortalExpectsThemAndNotCheckedWhenItNamesNone() {
        Turn half = turn("h", "你好,欢迎收听。", null);
        Turn full = turn("h", "你好，欢迎收听。", null);
        assertEquals(List.of(), check(List.of(HOST), null, half, full), "mixed, as real portal pages are: not checked");
        assertEquals(List.of("MIXED_WIDTHS@0 1/FULL"), check(List.of(HOST), PunctuationWidth.Direction.FULL, half, full, full));
        assertEquals(List.of("MIXED_WIDTHS@0 3/HALF"), check(List.of(HOST), PunctuationWidth.Direction.HALF, half, full),
                "the full-width marks of both turns, from the first");
        assertEquals(List.of(), check(List.of(HOST), PunctuationWidth.Direction.FULL, full, full));
    }

    @Test
    void theSampleHasNothingToSayButItsMixedPunctuationWhenThePortalWantsOneWidth() throws Exception {
        Transcript sample = org.shilu.format.SampleFixture.project().transcript();
        assertEquals(List.of(), ConsistencyCheck.check(sample, null));
        List<Finding> findings = ConsistencyCheck.check(sample, PunctuationWidth.Direction.FULL);
        assertEquals(List.of(Finding.Kind.MIXED_WIDTHS), findings.stream().map(Finding::kind).toList(), findings.toString());
    }
}
