package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.SplitPane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shilu.format.PortalProfile;
import org.shilu.format.PortalTextWriter;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.ui.preview.PreviewPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview's page patches, against the page written afresh: random edits across block
 * boundaries, in 正序 and in 倒序, must leave the page reading exactly as the transcript does.
 */
class PreviewPatchTest {
    private final FxRobot robot = new FxRobot();
    private final AtomicInteger updates = new AtomicInteger();
    private Programme programme;
    private PreviewPane preview;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void open(int turns) throws Exception {
        List<Turn> list = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            list.add(Turn.of(i % 3 == 0 ? "s1" : "s2", "第" + i + "条"));
        }
        programme = new Programme(Transcript.newProgramme().withTurns(list), PortalProfile.DEFAULT);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            SplitPane split = new SplitPane();
            stage.setScene(new Scene(split, 900, 600));
            stage.show();
            preview = new PreviewPane(programme, split);
            preview.onUpdated(updates::incrementAndGet);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> updates.get() > 0);
    }

    private String pageText() throws Exception {
        return (String) WaitForAsyncUtils.asyncFx(() -> preview.view().getEngine()
                .executeScript("document.body.innerText")).get(10, TimeUnit.SECONDS);
    }

    /** The page's text as it must read: the turns in the order shown. */
    private String expected(boolean reversed) {
        Transcript transcript = programme.document().transcript();
        PortalProfile profile = programme.profile();
        List<String> lines = new ArrayList<>(PortalTextWriter.headerLines(transcript.header(), profile));
        List<Turn> turns = new ArrayList<>(transcript.turns());
        if (reversed) {
            java.util.Collections.reverse(turns);
        }
        for (Turn turn : turns) {
            lines.add(PortalTextWriter.mark(transcript.speakerOf(turn), profile)
                    + PortalTextWriter.body(turn, transcript.speakerOf(turn), profile));
        }
        return String.join("\n", lines);
    }

    private void randomEdits(boolean reversed) throws Exception {
        Random random = new Random(reversed ? 2 : 1);
        for (int step = 0; step < 60; step++) {
            Transcript now = programme.document().transcript();
            int size = now.turns().size();
            Edit edit = switch (random.nextInt(5)) {
                case 0 -> new Edit.InsertTurn(random.nextInt(size + 1), Turn.of("s2", "插入" + step));
                case 1 -> new Edit.RemoveTurns(random.nextInt(Math.max(1, size - 3)), Math.min(size, 1 + random.nextInt(3)));
                case 2 -> new Edit.MoveTurn(random.nextInt(size), random.nextInt(size));
                case 3 -> new Edit.ReplaceTurn(random.nextInt(size), Turn.of("s1", "改写" + step));
                default -> new Edit.InsertTurn(size, Turn.of("s1", "追加" + step));
            };
            int before = updates.get();
            robot.interact(() -> programme.document().apply(edit));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> updates.get() > before);
            assertEquals(expected(reversed), pageText(), "after step " + step + ": " + edit);
        }
    }

    @Test
    void patchesAcrossBlocksReadLikeTheTranscriptIn正序() throws Exception {
        open(300);
        assertEquals(expected(false), pageText());
        randomEdits(false);
    }

    /** A long page is loaded with its newest blocks and filled in with the older ones after: it must read whole. */
    @Test
    void aLongPageFilledInPiecesReadsLikeTheTranscriptAndTakesPatches() throws Exception {
        open(1_000);
        assertEquals(expected(false), pageText());
        robot.interact(() -> preview.view().getEngine().executeScript("document.getElementById('order-reverse').click()"));
        assertEquals(expected(true), pageText());
        robot.interact(() -> preview.view().getEngine().executeScript("document.getElementById('order-forward').click()"));
        randomEdits(false);
    }

    @Test
    void patchesAcrossBlocksReadLikeTheTranscriptIn倒序() throws Exception {
        open(300);
        robot.interact(() -> preview.view().getEngine().executeScript("document.getElementById('order-reverse').click()"));
        assertEquals(expected(true), pageText());
        randomEdits(true);
    }
}
