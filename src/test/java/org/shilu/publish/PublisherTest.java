package org.shilu.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.PortalHtmlWriter;
import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;

/** The publisher with a folder target: what goes out, when, and what happens when the target fails. */
class PublisherTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final Reports reports = new Reports();
    private final AtomicReference<LocalDateTime> studio = new AtomicReference<>(LocalDateTime.of(2022, 3, 23, 10, 0));

    @TempDir
    Path web;

    private Publisher publisher(Path folder, PublishOptions options, Predicate<Turn> approved) {
        return new Publisher(new Editions("programme-a", options, approved), options, List.of(new FolderTarget(folder)),
                studio::get, Runnable::run, reports);
    }

    private static PublishOptions quick() {
        return PublishOptions.DEFAULTS.withCoalesceMillis(0);
    }

    private Feed feed(Path folder) throws Exception {
        return Feed.parse(Files.readAllBytes(folder.resolve(Editions.FEED)));
    }

    private static Project withTurns(Project project, List<Turn> turns) {
        return project.with(project.transcript().withTurns(turns), project.profile());
    }

    @Test
    void theFilesAreWhatExportWritesAndTheFeedShowsEveryTurn() throws Exception {
        Project sample = SampleFixture.project();
        try (Publisher publisher = publisher(web, quick(), turn -> true)) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "settled live: " + reports);
        }
        assertArrayEquals(new PortalTextWriter().writeBytes(sample), Files.readAllBytes(web.resolve(Editions.TEXT)),
                "the portal text, byte for byte as Export writes it");
        assertEquals(new PortalHtmlWriter().fragment(sample), Files.readString(web.resolve(Editions.FRAGMENT)));
        Feed feed = feed(web);
        assertEquals("programme-a", feed.programme());
        assertEquals(sample.transcript().turns().size(), feed.turns().size());
        assertEquals(sample.transcript().turns().size(), feed.turns().stream().map(Feed.Entry::id).distinct().count());
        String page = Files.readString(web.resolve(Editions.PAGE));
        assertEquals(new PortalHtmlWriter().livePage(sample, new PortalHtmlWriter.Live("programme-a",
                feed.turns().stream().map(Feed.Entry::id).toList(), Editions.FEED, 5, false)), page);
        assertTrue(page.contains("connect-src 'self'"), "the page may ask its own site only");
        assertEquals(TargetStatus.State.LIVE, reports.last().state());
        assertEquals(List.of(), leftovers(web), "no temporary file is left beside the published ones");
    }

    private static List<String> leftovers(Path folder) throws Exception {
        Set<String> published = Set.of(Editions.FEED, Editions.PAGE, Editions.TEXT, Editions.FRAGMENT);
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> !published.contains(name)).toList();
        }
    }

    @Test
    void anEditedTurnKeepsItsIdADeletedOneGoesAndANewOneGetsANewId() throws Exception {
        Project sample = SampleFixture.project();
        List<Turn> turns = new ArrayList<>(sample.transcript().turns());
        try (Publisher publisher = publisher(web, quick(), turn -> true)) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            List<String> before = feed(web).turns().stream().map(Feed.Entry::id).toList();
            turns.set(2, turns.get(2).withParagraphs(List.of("改过的一段")));
            turns.remove(4);
            turns.add(Turn.of(turns.getFirst().speakerId(), "新的一段"));
            publisher.changed(withTurns(sample, turns));
            assertTrue(publisher.awaitSettled(PATIENCE));
            Feed after = feed(web);
            assertEquals(before.get(2), after.turns().get(2).id(), "the edited turn keeps its id");
            assertEquals("改过的一段", after.turns().get(2).text().strip().replaceAll(" \\[.*", ""));
            assertFalse(after.turns().stream().anyMatch(e -> e.id().equals(before.get(4))), "the deleted turn is gone");
            assertFalse(before.contains(after.turns().getLast().id()), "a new turn, a new id");
        }
        try (Publisher restarted = publisher(web, quick(), turn -> true)) {
            List<String> published = feed(web).turns().stream().map(Feed.Entry::id).toList();
            long version = feed(web).version();
            restarted.changed(withTurns(sample, turns));
            assertTrue(restarted.awaitSettled(PATIENCE));
            assertEquals(published, feed(web).turns().stream().map(Feed.Entry::id).toList(),
                    "after a restart every turn keeps the id readers' pages know it by");
            assertTrue(feed(web).version() > version, "versions only grow");
        }
    }

    @Test
    void aDelayedTurnGoesOutOnlyWhenItsDelayIsOverAndAPulledBackOneNever() throws Exception {
        Project sample = SampleFixture.project();
        List<Turn> turns = new ArrayList<>(sample.transcript().turns());
        String speaker = turns.getFirst().speakerId();
        try (Publisher publisher = publisher(web, quick().withDelaySeconds(30), turn -> true)) {
            LocalDateTime now = studio.get();
            turns.add(new Turn(speaker, List.of("稍后播出"), now, now));
            publisher.changed(withTurns(sample, turns));
            assertTrue(publisher.awaitSettled(PATIENCE));
            assertEquals(sample.transcript().turns().size(), feed(web).turns().size(), "the new turn waits");
            assertEquals(1, reports.last().waiting());
            turns.add(new Turn(speaker, List.of("说错了，收回"), now, now));
            publisher.changed(withTurns(sample, turns));
            assertTrue(publisher.awaitSettled(PATIENCE));
            turns.removeLast();
            publisher.changed(withTurns(sample, turns));
            studio.set(now.plusSeconds(31));
            publisher.publishNow();
            assertTrue(publisher.awaitSettled(PATIENCE));
            Feed feed = feed(web);
            assertEquals(sample.transcript().turns().size() + 1, feed.turns().size());
            assertTrue(feed.turns().getLast().text().startsWith("稍后播出"));
            assertFalse(new String(Files.readAllBytes(web.resolve(Editions.PAGE)), StandardCharsets.UTF_8).contains("收回"),
                    "the turn pulled back in its delay never went out");
        }
    }

    @Test
    void withTheApprovalGateOnlyApprovedTurnsGoOut() throws Exception {
        Project sample = SampleFixture.project();
        Set<Turn> approved = ConcurrentHashMap.newKeySet();
        approved.add(sample.transcript().turns().get(1));
        try (Publisher publisher = publisher(web, quick().withApprovalGate(true), approved::contains)) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            assertEquals(1, feed(web).turns().size());
            assertEquals(sample.transcript().turns().size() - 1, reports.last().held());
            approved.addAll(sample.transcript().turns());
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            assertEquals(sample.transcript().turns().size(), feed(web).turns().size());
            assertArrayEquals(new PortalTextWriter().writeBytes(sample), Files.readAllBytes(web.resolve(Editions.TEXT)));
        }
    }

    @Test
    void nothingGoesOutWhilePausedAndTheNewestGoesOutOnResume() throws Exception {
        Project sample = SampleFixture.project();
        try (Publisher publisher = publisher(web, quick(), turn -> true)) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            publisher.pause();
            List<Turn> turns = new ArrayList<>(sample.transcript().turns());
            turns.add(Turn.of(turns.getFirst().speakerId(), "暂停时打的"));
            publisher.changed(withTurns(sample, turns));
            // The edition holding the new turn has reached the place's lane, which holds it while paused.
            reports.await(r -> r.state() == TargetStatus.State.PAUSED && r.shown() == turns.size(), PATIENCE);
            assertEquals(sample.transcript().turns().size(), feed(web).turns().size(), "nothing went out while paused");
            publisher.resume();
            reports.await(r -> r.state() == TargetStatus.State.LIVE && r.shown() == turns.size(), PATIENCE);
            assertEquals(turns.size(), feed(web).turns().size(), "the newest went out on resume");
        }
    }

    @Test
    void anotherProgrammesPageIsNotReplacedUntilTheUserAgrees() throws Exception {
        Project sample = SampleFixture.project();
        byte[] theirs = new Feed(Feed.FORMAT, "programme-b", "另一个节目", 7, List.of()).toJson();
        Files.write(web.resolve(Editions.FEED), theirs);
        try (Publisher publisher = publisher(web, quick(), turn -> true)) {
            publisher.changed(sample);
            assertFalse(publisher.awaitSettled(PATIENCE));
            TargetStatus held = reports.last();
            assertEquals(TargetStatus.State.OTHER_PROGRAMME, held.state());
            assertEquals("另一个节目", held.reason());
            assertArrayEquals(theirs, Files.readAllBytes(web.resolve(Editions.FEED)), "their page is untouched");
            publisher.overwriteOtherProgramme(new FolderTarget(web).describe());
            assertTrue(publisher.awaitSettled(PATIENCE));
            assertEquals("programme-a", feed(web).programme());
        }
    }

    @Test
    void aMissingFolderFailsWithItsNameAndTheNewestStateGoesOutWhenItIsBack() throws Exception {
        Project sample = SampleFixture.project();
        Path share = web.resolve("share");
        try (Publisher publisher = publisher(share, quick(), turn -> true)) {
            publisher.changed(sample);
            assertFalse(publisher.awaitSettled(PATIENCE));
            TargetStatus failing = reports.last();
            assertEquals(TargetStatus.State.FAILING, failing.state());
            assertTrue(failing.reason().contains(share.toString()), failing.reason());
            List<Turn> turns = new ArrayList<>(sample.transcript().turns());
            turns.add(Turn.of(turns.getFirst().speakerId(), "断网时打的"));
            publisher.changed(withTurns(sample, turns));
            Files.createDirectory(share);
            // The next retry finds the folder back: wait for the report that the newest state is live.
            reports.await(r -> r.state() == TargetStatus.State.LIVE && r.shown() == turns.size(), PATIENCE);
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live again: " + reports.last());
            assertEquals(turns.size(), feed(share).turns().size(), "the newest state went out");
            assertNotEquals(TargetStatus.State.FAILING, reports.last().state());
        }
    }
}
