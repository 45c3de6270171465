package org.shilu.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.model.Recording;
import org.shilu.model.Turn;

class RecordingTimesTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0);
    private final Recording recording = new Recording("p.wav", NINE.plusSeconds(30));
    private final List<Turn> turns = List.of(
            new Turn("s1", List.of("开场"), NINE.plusSeconds(40), NINE.plusSeconds(50)),
            Turn.of("s2", "没有时间的导入发言"),
            new Turn("s1", List.of("只有提交时间"), null, NINE.plusMinutes(2)),
            new Turn("s2", List.of("第四条"), NINE.plusMinutes(3), NINE.plusMinutes(4)));

    @Test
    void studioTimeAndThePositionInTheRecordingMapBothWays() {
        assertEquals(Duration.ofSeconds(90), RecordingTimes.positionOf(NINE.plusMinutes(2), recording));
        assertEquals(Duration.ofSeconds(-30), RecordingTimes.positionOf(NINE, recording));
        assertEquals(NINE.plusMinutes(2), RecordingTimes.studioTimeAt(Duration.ofSeconds(90), recording));
    }

    @Test
    void aTurnPlaysFromALeadBeforeItsTimeNeverBeforeTheStartAndATurnWithoutOneWhereTheTurnBeforeIt() {
        Duration lead = Duration.ofSeconds(3);
        assertEquals(Duration.ofSeconds(7), RecordingTimes.playFrom(turns, 0, recording, lead));
        assertEquals(Duration.ofSeconds(7), RecordingTimes.playFrom(turns, 1, recording, lead), "no time: the one before");
        assertEquals(Duration.ofSeconds(87), RecordingTimes.playFrom(turns, 2, recording, lead), "committed at, when not spoken at");
        assertEquals(Duration.ZERO, RecordingTimes.playFrom(turns, 0, recording, Duration.ofSeconds(20)), "not before the start");
        assertEquals(Duration.ZERO, RecordingTimes.playFrom(List.of(Turn.of("s1", "无")), 0, recording, lead));
    }

    @Test
    void theTurnHeardIsTheLastSpokenByThenAndTheOffsetFollowsAKnownTurn() {
        assertEquals(-1, RecordingTimes.turnAt(turns, Duration.ofSeconds(5), recording));
        assertEquals(0, RecordingTimes.turnAt(turns, Duration.ofSeconds(10), recording));
        assertEquals(0, RecordingTimes.turnAt(turns, Duration.ofSeconds(60), recording), "not the timeless turn after it");
        assertEquals(2, RecordingTimes.turnAt(turns, Duration.ofSeconds(90), recording), "committed at 9:02");
        assertEquals(3, RecordingTimes.turnAt(turns, Duration.ofMinutes(10), recording));
        Recording synced = RecordingTimes.syncedTo(recording, turns.get(3), Duration.ofSeconds(100));
        assertEquals(NINE.plusMinutes(3).minusSeconds(100), synced.startedAt());
        assertEquals(3, RecordingTimes.turnAt(turns, Duration.ofSeconds(100), synced));
    }

    @Test
    void theRecordingIsKeptByTheJournalSetAndTakenAwayAndIsNoUndoStep() throws Exception {
        org.shilu.model.Transcript without = org.shilu.model.Transcript.newProgramme();
        org.shilu.model.Document document = new org.shilu.model.Document(without);
        org.shilu.model.UndoStack undo = new org.shilu.model.UndoStack(document);
        document.apply(new org.shilu.model.Edit.SetRecording(recording));
        org.shilu.model.Transcript with = document.transcript();
        assertEquals(java.util.Optional.empty(), undo.nextUndo(), "Ctrl+Z after starting a recording undoes the typist's last step, not it");
        org.shilu.format.JournalCodec codec = new org.shilu.format.JournalCodec();
        var set = (org.shilu.format.JournalCodec.Change) codec.decode(codec.encode(org.shilu.format.JournalCodec.Change.between(
                without, with, org.shilu.model.Draft.NONE)), 1, "journal");
        assertEquals(with, set.applyTo(without));
        var gone = (org.shilu.format.JournalCodec.Change) codec.decode(codec.encode(org.shilu.format.JournalCodec.Change.between(
                with, without, org.shilu.model.Draft.NONE)), 2, "journal");
        assertEquals(null, gone.applyTo(with).recording());
    }
}
