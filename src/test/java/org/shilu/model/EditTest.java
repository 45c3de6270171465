package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EditTest {
    private static final Speaker HOST = Speaker.of("h", "主持人", Role.HOST);
    private static final Speaker GUEST = Speaker.of("g", "嘉宾", Role.GUEST);

    static Transcript threeTurns() {
        return new Transcript(Header.EMPTY, List.of(HOST, GUEST),
                List.of(Turn.of("h", "问一"), Turn.of("g", "答一", "答一续"), Turn.of("h", "问二")));
    }

    static List<Edit> edits() {
        return List.of(
                new Edit.InsertTurn(3, Turn.of("g", "答二")),
                new Edit.InsertTurn(0, Turn.of("g", "开场")),
                new Edit.InsertTurns(1, List.of(Turn.of("g", "插入一"), Turn.of("h", "插入二"))),
                new Edit.RemoveTurns(1, 2),
                new Edit.SetRoster(List.of(GUEST, HOST, Speaker.of("x", "旁白", Role.NARRATOR))),
                new Edit.RemoveTurn(1),
                new Edit.ReplaceTurn(1, Turn.of("g", "改过的答一")),
                new Edit.MoveTurn(0, 2),
                new Edit.MoveTurn(2, 0),
                new Edit.ChangeHeader(Header.EMPTY.withProgramme("行风热线").withBroadcastDate(LocalDate.of(2022, 3, 23))),
                new Edit.AddSpeaker(1, Speaker.of("c", "听众", Role.CALLER)),
                new Edit.ReplaceSpeaker(GUEST.withLabel("陆华副局长")),
                new Edit.Batch(List.of(new Edit.AddSpeaker(2, Speaker.of("n", "网友", Role.NETIZEN)),
                        new Edit.InsertTurn(3, Turn.of("n", "网友提问")), new Edit.RemoveTurn(0))));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void everyEditIsUndoneByItsInverse(Edit edit) {
        Transcript before = threeTurns();
        Document document = new Document(before);
        TranscriptChange change = document.apply(edit);
        assertEquals(edit.applyTo(before), change.after());
        document.apply(change.inverse());
        assertEquals(before, document.transcript());
    }

    @Test
    void renamingASpeakerRenamesEveryTurn() {
        Transcript renamed = new Edit.ReplaceSpeaker(GUEST.withLabel("陆华副局长")).applyTo(threeTurns());
        assertEquals("陆华副局长", renamed.speakerOf(renamed.turns().get(1)).label());
    }

    @Test
    void aSpeakerWithTurnsCannotBeRemoved() {
        assertThrows(IllegalArgumentException.class, () -> new Edit.RemoveSpeaker("g").applyTo(threeTurns()));
        Transcript withoutCaller = new Edit.RemoveSpeaker("c")
                .applyTo(new Edit.AddSpeaker(2, Speaker.of("c", "听众", Role.CALLER)).applyTo(threeTurns()));
        assertEquals(threeTurns(), withoutCaller);
    }

    @Test
    void aFailingEditLeavesTheDocumentAndListenersUntouched() {
        Transcript before = threeTurns();
        Document document = new Document(before);
        List<TranscriptChange> seen = new ArrayList<>();
        document.addListener(seen::add);
        assertThrows(IllegalArgumentException.class, () -> document.apply(new Edit.RemoveTurn(3)));
        assertThrows(IllegalArgumentException.class, () -> document.apply(new Edit.InsertTurn(0, Turn.of("x", "?"))));
        assertSame(before, document.transcript());
        assertEquals(List.of(), seen);
    }

    @Test
    void listenersHearEachChange() {
        Document document = new Document(threeTurns());
        List<TranscriptChange> seen = new ArrayList<>();
        document.addListener(seen::add);
        TranscriptChange change = document.apply(new Edit.RemoveTurn(2));
        assertEquals(List.of(change), seen);
        assertEquals(new Edit.InsertTurn(2, Turn.of("h", "问二")), change.inverse());
    }
}
