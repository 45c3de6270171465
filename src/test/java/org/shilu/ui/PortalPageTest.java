package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shilu.format.PortalHtmlWriter;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The exported page in WebView's WebKit: it reads like the portal text, its switch works, and nothing in it runs. */
class PortalPageTest {
    private final FxRobot robot = new FxRobot();
    private final List<String> alerts = Collections.synchronizedList(new ArrayList<>());
    private WebView view;

    @BeforeEach
    void showAWebView() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new WebView();
            view.getEngine().setOnAlert(event -> alerts.add(event.getData()));
            view.getEngine().setConfirmHandler(message -> {
                alerts.add(message);
                return false;
            });
            view.getEngine().setPromptHandler(prompt -> {
                alerts.add(prompt.getMessage());
                return null;
            });
            stage.setScene(new Scene(view, 900, 700));
            stage.show();
        });
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void load(String html) throws Exception {
        robot.interact(() -> view.getEngine().loadContent(html));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object script(String code) throws Exception {
        return new WebPage(view).script(code);
    }

    private String innerText() throws Exception {
        return new WebPage(view).text();
    }

    private void click(String id) throws Exception {
        new WebPage(view).click(robot, id);
    }

    /** A speaker label holds at most 40 characters and no brackets or colons: the rest of the payload's start. */
    private static String label(String payload, int i) {
        String allowed = payload.replaceAll("[\\[\\]【】:：\\p{Cntrl}]", "");
        return (allowed.length() > 36 ? allowed.substring(0, 36) : allowed).strip() + "#" + i;
    }

    @Test
    void theSamplePageReadsExactlyLikeThePortalTextAndItsSwitchReversesTheTurns() throws Exception {
        Project sample = SampleFixture.project();
        load(new PortalHtmlWriter().page(sample));
        String expected = new String(SampleFixture.bytes(), StandardCharsets.UTF_8);
        assertEquals(expected, innerText());

        click("order-reverse");
        String reversed = innerText();
        List<Turn> turns = sample.transcript().turns();
        Turn last = turns.get(turns.size() - 1);
        Turn first = turns.get(0);
        int lastAt = reversed.indexOf(last.paragraphs().get(0));
        int firstAt = reversed.indexOf(first.paragraphs().get(0));
        assertTrue(lastAt > 0 && firstAt > lastAt, "倒序 shows the newest turn first");
        assertTrue(reversed.startsWith(expected.substring(0, expected.indexOf("倒序") + 2)), "the header stays on top");

        click("order-forward");
        assertEquals(expected, innerText(), "正序 restores the order");
    }

    @Test
    void aShortPageIsWhiteToTheBottomOfTheWindow() throws Exception {
        Project sample = SampleFixture.project();
        Project shortOne = new Project(new org.shilu.model.Transcript(sample.transcript().header(),
                sample.transcript().roster(), sample.transcript().turns().subList(0, 1)), sample.profile());
        load(new PortalHtmlWriter().page(shortOne));
        double bottom = ((Number) script("document.getElementById('page').getBoundingClientRect().bottom")).doubleValue();
        double window = ((Number) script("window.innerHeight")).doubleValue();
        assertTrue(bottom >= window - 1, "no grey band under the page: it ends at " + bottom + " of " + window);
    }

    @Test
    void aLayoutWithoutPageChromeAndWithBlankLinesReadsLikeItsPortalTextToo() throws Exception {
        Project sample = SampleFixture.project();
        Project plain = new Project(sample.transcript(), SampleFixture.plainSpacedProfile());
        load(new PortalHtmlWriter().page(plain));
        assertEquals(new org.shilu.format.PortalTextWriter().write(plain.transcript(), plain.profile()), innerText());
        click("order-reverse");
        assertTrue(innerText().indexOf("再见") < innerText().indexOf("各位听众朋友们上午好"), "倒序 works without the chrome");
    }

    @Test
    void hostileTextInEveryFieldShowsLiterallyAndNeitherRunsNorFetches() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            // The wait for a fetch that should never come: WebKit would have tried while loading.
            trap.setSoTimeout(700);
            List<String> payloads = HostilePayloads.all("http://127.0.0.1:" + trap.getLocalPort());
            assertTrue(payloads.size() >= 30, "the corpus holds " + payloads.size());
            List<Speaker> roster = new ArrayList<>();
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < payloads.size(); i++) {
                roster.add(new Speaker("s" + i, label(payloads.get(i), i), i % 2 == 0 ? Role.HOST : Role.GUEST,
                        null, null));
                turns.add(Turn.of("s" + i, payloads.get(i), "第二段 " + payloads.get((i + 7) % payloads.size())));
            }
            String all = String.join(" ", payloads);
            Transcript transcript = new Transcript(new Header(all, all, all, null, List.of(all)), roster, turns);
            for (PortalProfile profile : List.of(PortalProfile.DEFAULT, SampleFixture.plainSpacedProfile())) {
                load(new PortalHtmlWriter().page(new Project(transcript, profile)));
                click("order-reverse");
                String text = innerText();
                for (int i = 0; i < payloads.size(); i++) {
                    assertTrue(text.contains(payloads.get(i)), "shown literally: " + payloads.get(i));
                    assertTrue(text.contains(label(payloads.get(i), i)), "a label shown literally: " + payloads.get(i));
                }
                assertEquals("undefined", script("typeof window.pwned"), "no payload ran");
                assertEquals(0, ((Number) script("document.querySelectorAll('img,svg,iframe,object,embed,script,"
                        + "link,meta[http-equiv=refresh],style,form,input,a[href],video,audio,base').length")).intValue()
                        - 2, "no element came from a payload (2 are the page's own: its style and its script)");
            }
            assertEquals(List.of(), alerts, "no alert, confirm or prompt");
            AtomicInteger fetched = new AtomicInteger();
            try {
                trap.accept().close();
                fetched.incrementAndGet();
            } catch (SocketTimeoutException expected) {
                // Nothing tried to fetch anything.
            }
            assertEquals(0, fetched.get(), "nothing was fetched");
        }
    }
}
