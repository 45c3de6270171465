package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.PortalProfile;
import org.shilu.format.ProjectJson;
import org.shilu.model.Draft;
import org.shilu.model.Edit;
import org.shilu.model.Header;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class SafekeeperTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0, 0);
    @TempDir
    Path folder;
    private final Programme programme = new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT);
    private final AtomicReference<Draft> draft = new AtomicReference<>(Draft.NONE);
    private final Safekeeper keeper = new Safekeeper(programme, draft::get, Clock.systemDefaultZone());

    private void commit(String text) {
        programme.document().apply(new Edit.InsertTurn(programme.document().transcript().turns().size(),
                new Turn("s1", List.of(text), NINE, NINE.plusSeconds(5))));
    }

    /** What the journal holds once every line given to its writer is on disk. */
    private Recovery recover(Path journal) throws Exception {
        keeper.awaitOnDisk();
        return Recovery.read(journal);
    }

    private Path startUntitled() throws Exception {
        Path journal = folder.resolve("untitled.journal");
        keeper.keepIn(keeper.claim(journal), Safekeeper.embeddedBase(programme), false);
        keeper.awaitOnDisk();
        return journal;
    }

    @Test
    void aCommittedTurnIsNotOnDiskUntilTheWriterReportsItsLineForced() throws Exception {
        Path journal = startUntitled();
        commit("第一条");
        Turn turn = programme.document().transcript().turns().get(0);
        // Nothing was reported yet: this keeper takes the writer's reports only when called.
        assertFalse(keeper.isOnDisk(turn));
        assertEquals(1, keeper.turnsNotOnDisk());
        keeper.awaitOnDisk();
        assertTrue(keeper.isOnDisk(turn));
        assertEquals(0, keeper.turnsNotOnDisk());
        assertEquals(List.of("第一条"), Recovery.read(journal).project().transcript().turns().stream().map(Turn::text).toList());
    }

    @Test
    void turnsCommittedFasterThanTheDiskForcesAllReachTheJournalInOrder() throws Exception {
        Path journal = startUntitled();
        for (int i = 0; i < 300; i++) {
            programme.document().apply(new Edit.InsertTurn(i, new Turn("s1", List.of("第" + i + "条"), NINE, NINE.plusSeconds(5))));
        }
        keeper.awaitOnDisk();
        assertEquals(0, keeper.turnsNotOnDisk());
        assertEquals(programme.document().transcript(), Recovery.read(journal).project().transcript());
        assertEquals(300, Recovery.read(journal).changes());
    }

    @Test
    void everyCommittedTurnIsInTheJournalOnceOnDisk() throws Exception {
        Path journal = startUntitled();
        commit("第一条");
        commit("第二条");
        draft.set(new Draft("s2", "正在输入", NINE));
        keeper.tick();
        Recovery recovery = recover(journal);
        assertEquals(programme.document().transcript(), recovery.project().transcript());
        assertEquals(2, recovery.changes());
        assertEquals("正在输入", recovery.draft().text());
        assertTrue(recovery.holdsMore());
        assertFalse(keeper.isFailing());
    }

    @Test
    void anUndoneChangeIsJournalledSoRecoveryRestoresWhatTheUserLastSaw() throws Exception {
        Path journal = startUntitled();
        org.shilu.model.UndoStack undo = new org.shilu.model.UndoStack(programme.document());
        commit("第一条");
        commit("第二条");
        programme.document().apply(org.shilu.model.TurnEdits.delete(programme.document().transcript(), List.of(0)));
        undo.undo();
        undo.undo();
        assertEquals(List.of("第一条"), recover(journal).project().transcript().turns().stream().map(Turn::text).toList());
        undo.redo();
        assertEquals(programme.document().transcript(), recover(journal).project().transcript());
    }

    /** The journal's lines, without the space it reserves ahead (zeros after them). */
    static byte[] linesOf(Path journal) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(journal);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    @Test
    void aTornLastLineIsSkippedWithANoticeAndEverythingBeforeItKept() throws Exception {
        Path journal = startUntitled();
        commit("第一条");
        commit("第二条");
        keeper.awaitOnDisk();
        byte[] whole = linesOf(journal);
        // The last write stopped half way: the line has neither its end nor the rest of its JSON.
        Files.write(journal, java.util.Arrays.copyOf(whole, whole.length - 20));
        Recovery recovery = recover(journal);
        assertEquals(List.of("第一条"), recovery.project().transcript().turns().stream().map(Turn::text).toList());
        assertEquals(1, recovery.notices().size(), recovery.notices().toString());
        assertTrue(recovery.notices().get(0).english().contains("line 3"), recovery.notices().toString());
        assertTrue(recovery.lastWriteTorn(), "the window says the draft may be a commit that was cut off");
    }

    @Test
    void aCorruptMiddleLineEndsTheReplayThereAndSaysHowMuchWasLeft() throws Exception {
        Path journal = startUntitled();
        commit("第一条");
        commit("第二条");
        commit("第三条");
        keeper.awaitOnDisk();
        List<String> lines = new String(linesOf(journal), StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors.toList());
        lines.set(2, lines.get(2).replace("第二条", "第二天"));
        Files.write(journal, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        Recovery recovery = recover(journal);
        assertEquals(1, recovery.project().transcript().turns().size());
        assertTrue(recovery.notices().get(0).english().contains("checksum") && recovery.notices().get(0).english().contains("1 later"),
                recovery.notices().toString());
        assertFalse(recovery.lastWriteTorn(), "a bad line in the middle is no torn last write");
    }

    @Test
    void aSecondClaimOnTheSameJournalIsRefused() throws Exception {
        Path journal = startUntitled();
        Safekeeper other = new Safekeeper(new Programme(Transcript.newProgramme(), PortalProfile.DEFAULT),
                () -> Draft.NONE, Clock.systemDefaultZone());
        assertThrows(OpenElsewhereException.class, () -> other.claim(journal));
        keeper.release(false);
        other.decline(other.claim(journal));
    }

    @Test
    void approvalsThePublishedVersionAndCorrectionsComeBackFromTheJournalWithTheTurnsIds() throws Exception {
        startUntitled();
        commit("第一条");
        commit("第二条");
        programme.document().logCorrectionsAs("校对甲", () -> NINE.plusMinutes(30));
        programme.document().apply(org.shilu.model.TurnEdits.toggleApproval(programme.document().transcript(), List.of(0)));
        Transcript before = programme.document().transcript();
        programme.document().apply(new Edit.SetReview(before.review().markPublished(before, NINE.plusMinutes(20))));
        programme.document().apply(org.shilu.model.TurnEdits.move(programme.document().transcript(), 1, -1));
        Path project = folder.resolve("hotline.shilu");
        String sha = Programme.write(project, programme.project());
        Transcript saved = programme.document().transcript();
        programme.markSaved(project, new org.shilu.format.Project(saved, programme.profile()));
        keeper.saved(project, sha, saved);
        programme.document().apply(new Edit.ReplaceTurn(0, saved.turns().get(0).withParagraphs(List.of("第二条，更正"))));
        Transcript recovered = recover(Journal.besideProject(project)).project().transcript();
        Transcript now = programme.document().transcript();
        assertEquals(now, recovered);
        assertEquals(1, recovered.review().corrections().size());
        assertEquals(now.turns().stream().map(Turn::id).toList(), recovered.turns().stream().map(Turn::id).toList());
        assertEquals(List.of("t2", "t1"), recovered.turns().stream().map(Turn::id).toList());
    }

    @Test
    void savingCompactsTheJournalToTheFileAndWhatCameAfter() throws Exception {
        startUntitled();
        commit("第一条");
        Path project = folder.resolve("hotline.shilu");
        Transcript snapshot = programme.document().transcript();
        String sha = Programme.write(project, programme.project());
        commit("保存之后");
        programme.markSaved(project, new org.shilu.format.Project(snapshot, programme.profile()));
        keeper.saved(project, sha, snapshot);
        assertFalse(Files.exists(folder.resolve("untitled.journal")), "the untitled journal moved beside the file");
        Path journal = Journal.besideProject(project);
        assertEquals(2, new String(linesOf(journal), StandardCharsets.UTF_8).lines().count(), "a base naming the file, and the one later change");
        Recovery recovery = recover(journal);
        assertEquals(programme.document().transcript(), recovery.project().transcript());
        assertEquals(1, recovery.changes());
    }

    @Test
    void aSecondSaveKeepsTheFirstAsBakAndTheJournalStillReplaysFromIt() throws Exception {
        Path project = folder.resolve("hotline.shilu");
        commit("第一条");
        String first = Programme.write(project, programme.project());
        programme.markSaved(project, programme.project());
        keeper.keepIn(keeper.claim(Journal.besideProject(project)),
                org.shilu.format.JournalCodec.Base.savedAs("hotline.shilu", first), false);
        commit("第二条");
        // The second save reached the disk, but the app died before the journal was compacted.
        Programme.write(project, programme.project());
        assertEquals(1, new ProjectJson().read(Files.readAllBytes(AtomicFile.backupOf(project)), "bak")
                .transcript().turns().size());
        Recovery recovery = recover(Journal.besideProject(project));
        assertEquals(programme.document().transcript(), recovery.project().transcript());
    }

    @Test
    void aRemovedJournalIsWrittenAgainOnTheNextTick() throws Exception {
        Path journal = startUntitled();
        commit("第一条");
        Files.delete(journal);
        commit("删除之后");
        keeper.tick();
        assertEquals(programme.document().transcript(), recover(journal).project().transcript());
        assertTrue(recover(journal).holdsMore());
    }

    @Test
    void whenTheFolderGoesAwayWorkGoesOnInMemoryAndTheJournalIsMendedWhenItComesBack() throws Exception {
        Path stick = Files.createDirectories(folder.resolve("usb-stick"));
        Path journal = stick.resolve("untitled.journal");
        keeper.keepIn(keeper.claim(journal), Safekeeper.embeddedBase(programme), false);
        commit("第一条");
        keeper.awaitOnDisk(); // the stick is pulled after the journal is on it
        Files.walk(stick).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        commit("拔掉之后");
        programme.document().apply(new Edit.ChangeHeader(new Header("某市广播电台", "民生热线", null, null, List.of())));
        keeper.tick();
        assertTrue(keeper.isFailing(), "the failure is reported");
        assertEquals(2, programme.document().transcript().turns().size(), "nothing is lost from memory");
        Files.createDirectories(stick);
        keeper.tick();
        assertFalse(keeper.isFailing());
        assertNull(keeper.failure());
        assertEquals(programme.document().transcript(), recover(journal).project().transcript());
    }
}
