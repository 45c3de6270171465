package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import com.sun.net.httpserver.HttpServer;

import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;
import org.shilu.publish.Editions;
import org.shilu.publish.FolderTarget;
import org.shilu.publish.PublishOptions;
import org.shilu.publish.Publisher;

/**
 * The published page in WebView's WebKit, served over HTTP from the target folder on 127.0.0.1, as
 * a reader's browser gets it: new, edited and deleted turns come in without a reload, 倒序 and the
 * reader's place are kept, its text stays the portal text, and it fetches nothing but its feed.
 */
class PublishedPageTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final FxRobot robot = new FxRobot();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    Path web;
    private HttpServer server;
    private WebView view;
    private Publisher publisher;
    private Project sample;
    private final List<Turn> turns = new ArrayList<>();

    @BeforeEach
    void serveAndShow() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            Path file = web.resolve(exchange.getRequestURI().getPath().substring(1));
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", file.toString().endsWith(".json")
                    ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new WebView();
            stage.setScene(new Scene(view, 900, 500));
            stage.show();
        });
        sample = SampleFixture.project();
        turns.addAll(sample.transcript().turns());
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0).withPollSeconds(1).withMarkNewest(true);
        publisher = new Publisher(new Editions("programme-a", options, turn -> true), options,
                List.of(new FolderTarget(web)), LocalDateTime::now, Runnable::run, status -> { });
        publish();
    }

    @AfterEach
    void stop() throws Exception {
        publisher.close();
        server.stop(0);
        FxToolkit.cleanupStages();
    }

    private Project programme() {
        return sample.with(sample.transcript().withTurns(turns), sample.profile());
    }

    private void publish() throws Exception {
        publisher.changed(programme());
        assertTrue(publisher.awaitSettled(PATIENCE));
    }

    private Object script(String code) throws Exception {
        return new WebPage(view).script(code);
    }

    private void waitFor(String condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(script(condition)));
    }

    @Test
    void newEditedAndDeletedTurnsComeInWithoutAReloadKeeping倒序AndTheReadersPlace() throws Exception {
        String page = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + Editions.PAGE;
        robot.interact(() -> view.getEngine().load(page));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> view.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        String portalText = new String(new PortalTextWriter().writeBytes(programme()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(portalText, new WebPage(view).text(), "the page reads as the portal text");
        script("window.notReloaded = true; document.getElementById('order-reverse').click(); true");
        script("window.scrollTo(0, 400); true");
        assertTrue(((Number) script("window.scrollY")).intValue() > 0, "the reader has scrolled");
        // What the reader looks at: the turn at the top of the window, and where it is.
        String watched = "(function(){var ts=document.querySelectorAll('.turn');for(var i=0;i<ts.length;i++){"
                + "var r=ts[i].getBoundingClientRect();if(r.bottom>0){return ts[i].getAttribute('data-id')+'@'+Math.round(r.top);}}"
                + "return '';})()";
        String before = (String) script(watched);

        String speaker = turns.getFirst().speakerId();
        turns.add(Turn.of(speaker, "新来的一段"));
        turns.set(1, turns.get(1).withParagraphs(List.of("改过的第二段")));
        Turn deleted = turns.remove(3);
        publish();
        waitFor("document.body.innerText.indexOf('新来的一段') >= 0 && document.body.innerText.indexOf('改过的第二段') >= 0");
        assertEquals(Boolean.TRUE, script("window.notReloaded === true"), "no reload");
        assertEquals("reverse", script("document.getElementById('turns').getAttribute('data-order')"), "倒序 is kept");
        assertTrue(((String) script("document.querySelector('.turn').innerText")).contains("新来的一段"),
                "in 倒序 the new turn is on top");
        assertEquals(Boolean.TRUE, script("document.querySelectorAll('.newest').length === 1"
                + " && document.querySelector('.turn.newest').innerText.indexOf('新来的一段') >= 0"), "the newest turn is marked");
        assertEquals(before, script(watched), "what the reader was looking at did not move");
        assertFalse(new WebPage(view).text().contains(deleted.paragraphs().getFirst()), "the deleted turn went");

        script("document.getElementById('order-forward').click(); true");
        String now = new String(new PortalTextWriter().writeBytes(programme()), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(now, new WebPage(view).text(), "updated in place, the page still reads as the portal text");
        assertTrue(requests.stream().allMatch(path -> path.equals("/" + Editions.PAGE) || path.equals("/" + Editions.FEED)),
                "only the page and its feed were fetched: " + requests);
        assertEquals(Boolean.TRUE, script("performance.getEntriesByType('resource').every(function(e){"
                + "return e.name.indexOf('http://127.0.0.1:') === 0;})"), "nothing external");
    }
}
