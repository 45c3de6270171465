package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.adobe.testing.s3mock.junit5.S3MockExtension;

import software.amazon.awssdk.services.s3.S3Client;

import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;
import org.shilu.publish.Editions;
import org.shilu.publish.Feed;
import org.shilu.publish.SftpServerForTests;

/**
 * Publishing from the real window, typed by a robot: to a folder, to an SFTP server and to an
 * S3-compatible server, each started here on 127.0.0.1; the approval gate; what the list and the
 * status bar show.
 */
class PublishingTest {
    @RegisterExtension
    static final S3MockExtension S3 = S3MockExtension.builder().silent().withInitialBuckets("portal")
            .withProperty("server.address", "127.0.0.1").build();

    @TempDir
    Path home;
    private RunningApp app;
    private Project opened;
    private Path projectFile;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private void startOnAProject() throws Exception {
        projectFile = Files.createDirectories(home.resolve("programmes")).resolve("interview.shilu");
        opened = SampleFixture.project();
        Files.write(projectFile, new ProjectJson().write(opened));
        app = new RunningApp().start(home, projectFile.toString());
    }

    private void openPublishDialog() throws Exception {
        app.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        app.waitUntil(() -> app.lookup("#publishAddress").tryQuery().isPresent());
        app.clickOn("#publishAddress");
    }

    /** The programme as the window has it now, as Export would write it. */
    private byte[] exported() {
        return new PortalTextWriter().writeBytes(opened.with(opened.transcript().withTurns(app.turns()), opened.profile()));
    }

    private void typeTurns(String... texts) {
        for (String text : texts) {
            app.write(text);
            app.commit();
        }
    }

    private static byte[] object(S3Client s3, String key) {
        try {
            return s3.getObjectAsBytes(b -> b.bucket("portal").key(key)).asByteArray();
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException notYet) {
            return null;
        }
    }

    /** Clicks the turn with this text in the list. */
    private void selectTurn(String text) {
        app.clickOn(app.lookup(".turn-cell").match(cell -> cell instanceof javafx.scene.control.ListCell<?> listCell
                && listCell.getItem() instanceof Turn turn && turn.text().equals(text)).queryAs(javafx.scene.Node.class));
    }

    private String status() {
        return app.lookup("#publishStatus").queryAs(Label.class).getText();
    }

    private List<String> marks() {
        return app.lookup(".turn-publish-mark").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).toList();
    }

    @Test
    void aProgrammePublishedToAFolderGetsEveryTypedTurnAndTheListAndStatusBarSaySo() throws Exception {
        Path web = Files.createDirectories(home.resolve("web"));
        startOnAProject();
        openPublishDialog();
        app.write("folder:" + web);
        app.type(KeyCode.ENTER); // adds the place
        app.type(KeyCode.ENTER); // starts publishing
        app.waitUntil(() -> PublishedFolder.feedIn(web) != null && PublishedFolder.feedIn(web).turns().size() == app.turns().size());
        typeTurns("apple one", "banana two", "cherry three");
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == app.turns().size()
                && status().startsWith(app.text("publish.state.live", "").strip()));
        app.waitUntil(() -> java.util.Arrays.equals(exported(), Files.readAllBytes(web.resolve(Editions.TEXT))));
        assertArrayEquals(exported(), Files.readAllBytes(web.resolve(Editions.TEXT)), "the portal text is Export's");
        app.waitUntil(() -> marks().contains(app.text("publish.mark.live")));
        assertFalse(marks().contains(app.text("publish.mark.held")));

        app.push(KeyCode.SHIFT, KeyCode.F9); // pause
        app.waitUntil(() -> status().contains(app.text("publish.state.paused")));
        typeTurns("durian while paused");
        // That nothing goes out while paused is asserted where the edition's arrival can be waited for:
        // PublisherTest.nothingGoesOutWhilePausedAndTheNewestGoesOutOnResume.
        app.push(KeyCode.SHIFT, KeyCode.F9); // resume: the newest state goes out at once
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().getLast().text().startsWith("durian"));

        // A word marked as doubtful goes out as plain text; publishing now says a doubt is still marked.
        app.write("egg five");
        app.shortcut(KeyCode.D);
        app.commit();
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().getLast().text().equals("egg five"));
        app.waitUntil(() -> java.util.Arrays.equals(exported(), Files.readAllBytes(web.resolve(Editions.TEXT))));
        assertFalse(Files.readString(web.resolve(Editions.PAGE)).contains("<mark"), "no mark on the published page");
        assertEquals(1, app.turns().getLast().doubts().size());
        long before = PublishedFolder.feedIn(web).version();
        app.push(KeyCode.F9);
        String show = app.text("publish.doubts.show");
        app.waitUntil(() -> app.lookup(show).tryQuery().isPresent());
        app.clickOn(show);
        app.waitUntil(() -> app.lookup("#doubtList").tryQuery().isPresent());
        app.push(KeyCode.ESCAPE);
        // The edition F9 asked for is out before the test ends (and its folder is deleted).
        app.waitUntil(() -> PublishedFolder.feedIn(web).version() > before && status().startsWith(app.text("publish.state.live", "").strip()));
    }

    @Test
    void afterACrashPublishingResumesWhenTheProgrammeIsRecovered() throws Exception {
        Path web = Files.createDirectories(home.resolve("web"));
        startOnAProject();
        openPublishDialog();
        app.write(web.toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.ENTER);
        typeTurns("before the crash");
        app.waitUntil(() -> PublishedFolder.feedIn(web) != null && PublishedFolder.feedIn(web).turns().getLast().text().startsWith("before the crash"));
        app.crash();

        app = new RunningApp().startToADialog(home, projectFile.toString());
        app.type(KeyCode.ENTER); // recover
        app.waitUntil(() -> app.turns().size() == opened.transcript().turns().size() + 1);
        app.waitUntil(() -> app.draft().isFocused());
        typeTurns("after the crash");
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().getLast().text().startsWith("after the crash")
                && PublishedFolder.feedIn(web).turns().size() == app.turns().size());
        app.waitUntil(() -> java.util.Arrays.equals(exported(), Files.readAllBytes(web.resolve(Editions.TEXT))));
    }

    @Test
    void anotherProgrammesPageIsToldInTheBarNotADialogAndReplacedOnlyWhenAsked() throws Exception {
        Path web = Files.createDirectories(home.resolve("web"));
        byte[] theirs = new Feed(Feed.FORMAT, "another", "另一个节目", 3, List.of()).toJson();
        Files.write(web.resolve(Editions.FEED), theirs);
        startOnAProject();
        openPublishDialog();
        app.write(web.toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> status().contains("另一个节目"));
        String replace = app.text("publish.other.replace");
        app.waitUntil(() -> app.lookup(replace).tryQuery().isPresent());
        assertFalse(app.dialogShown(), "no dialog takes the operator's keys");
        typeTurns("typing goes on");
        assertEquals("typing goes on", app.turns().getLast().text());
        assertArrayEquals(theirs, Files.readAllBytes(web.resolve(Editions.FEED)), "their page is untouched");
        app.clickOn(replace);
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == app.turns().size());
    }

    @Test
    void aTurnInItsBroadcastDelayWaitsAndOneDeletedInItsDelayNeverGoesOut() throws Exception {
        Path web = Files.createDirectories(home.resolve("web"));
        startOnAProject();
        app.clock.advanceSeconds(3600); // past the sample's own turns (the test's studio clock starts at 9:00 that day)
        openPublishDialog();
        app.write(web.toString());
        app.type(KeyCode.ENTER);
        javafx.scene.control.Spinner<?> delay = app.lookup("#publishDelay").queryAs(javafx.scene.control.Spinner.class);
        app.doubleClickOn(delay.getEditor());
        app.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        app.write("30");
        app.clickOn("#publishGate"); // the spinner takes its value as it loses the focus
        app.clickOn("#publishGate"); // and the gate stays off
        app.clickOn(app.text("publish.start"));
        app.waitUntil(() -> PublishedFolder.feedIn(web) != null && PublishedFolder.feedIn(web).turns().size() == opened.transcript().turns().size());
        typeTurns("wait for it", "a slip of the tongue");
        app.waitUntil(() -> marks().contains(app.text("publish.mark.pending")));
        // The status bar counts both in the delay once the edition holding them is made and sent.
        app.waitUntil(() -> status().contains(app.text("publish.counts", 0, 2)));
        assertEquals(opened.transcript().turns().size(), PublishedFolder.feedIn(web).turns().size(), "both wait out the delay");
        selectTurn("a slip of the tongue");
        app.type(KeyCode.DELETE);
        app.waitUntil(() -> app.turns().size() == opened.transcript().turns().size() + 1);
        app.clock.advanceSeconds(31);
        app.push(KeyCode.F9);
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == opened.transcript().turns().size() + 1);
        assertTrue(PublishedFolder.feedIn(web).turns().getLast().text().startsWith("wait for it"));
        assertFalse(Files.readString(web.resolve(Editions.PAGE)).contains("a slip of the tongue"), "pulled back in time");
    }

    @Test
    void withTheApprovalGateATurnGoesOutOnlyOnceApproved() throws Exception {
        Path web = Files.createDirectories(home.resolve("web"));
        startOnAProject();
        openPublishDialog();
        app.write(web.toString());
        app.type(KeyCode.ENTER);
        app.clickOn("#publishGate");
        app.clickOn(app.text("publish.start"));
        app.waitUntil(() -> PublishedFolder.feedIn(web) != null);
        assertEquals(0, PublishedFolder.feedIn(web).turns().size(), "nothing is approved yet");
        typeTurns("needs a look");
        app.waitUntil(() -> !marks().isEmpty() && marks().stream().allMatch(app.text("publish.mark.held")::equals));
        selectTurn("needs a look");
        app.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        app.waitUntil(() -> PublishedFolder.feedIn(web).turns().size() == 1 && PublishedFolder.feedIn(web).turns().getFirst().text().startsWith("needs a look"));
        assertTrue(app.turns().getLast().approved());
    }

    @Test
    void aProgrammeIsPublishedToSftpAfterThePasswordAndTheHostKeyAreGivenAndThroughAServerOutage() throws Exception {
        try (SftpServerForTests server = new SftpServerForTests(home.resolve("sftp"))) {
            Path live = Files.createDirectories(server.root.resolve("live"));
            startOnAProject();
            openPublishDialog();
            app.write(server.address("/live"));
            app.type(KeyCode.ENTER);
            app.type(KeyCode.ENTER);
            app.waitUntil(() -> app.lookup("#publishSecret").tryQuery().isPresent());
            app.clickOn("#publishSecret");
            app.write(SftpServerForTests.PASSWORD);
            app.type(KeyCode.ENTER);
            app.clickButton("publish.hostKey.trust");
            typeTurns("over sftp");
            app.waitUntil(() -> PublishedFolder.feedIn(live) != null && PublishedFolder.feedIn(live).turns().size() == app.turns().size());
            app.waitUntil(() -> java.util.Arrays.equals(exported(), Files.readAllBytes(live.resolve(Editions.TEXT))));

            server.stop(); // the network drops mid-programme
            typeTurns("while the server is gone", "and another");
            app.waitUntil(() -> status().contains(server.address("/live")));
            assertEquals("and another", app.turns().getLast().text(), "typing goes on");
            server.start(server.port());
            app.push(KeyCode.F9); // retry at once
            app.waitUntil(() -> PublishedFolder.feedIn(live).turns().size() == app.turns().size()
                    && status().startsWith(app.text("publish.state.live", "").strip()));
            app.waitUntil(() -> java.util.Arrays.equals(exported(), Files.readAllBytes(live.resolve(Editions.TEXT))));
        }
    }

    @Test
    void aProgrammeIsPublishedToS3CompatibleStorage() throws Exception {
        startOnAProject();
        openPublishDialog();
        app.write("s3://portal/live");
        app.clickOn("#publishEndpoint").write("http://127.0.0.1:" + S3.getHttpPort());
        app.clickOn("#publishAccessKey").write("shilu");
        app.clickOn("#publishAdd");
        app.clickOn(app.text("publish.start"));
        app.waitUntil(() -> app.lookup("#publishSecret").tryQuery().isPresent());
        app.clickOn("#publishSecret");
        app.write("secret");
        app.type(KeyCode.ENTER);
        typeTurns("over s3");
        try (S3Client s3 = S3.createS3ClientV2()) {
            app.waitUntil(() -> {
                Feed feed = Feed.parse(object(s3, "live/" + Editions.FEED));
                return feed != null && feed.turns().size() == app.turns().size();
            });
            app.waitUntil(() -> java.util.Arrays.equals(exported(), object(s3, "live/" + Editions.TEXT)));
        }
    }
}
