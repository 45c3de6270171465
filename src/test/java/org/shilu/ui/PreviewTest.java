package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.SampleFixture;

/** The page preview beside the turn list, as the operator sees it while typing. */
class PreviewTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
        assertFalse(app.lookup("#preview").tryQuery().isPresent(), "no page preview until the user shows it");
        app.push(KeyCode.F8);
        app.waitUntil(() -> app.lookup("#preview").tryQuery().isPresent()
                && pageText().contains("再见"));
        assertFalse(app.lookup("#preview-on-its-way").tryQuery().isPresent(), "the preview took the line's place");
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private WebView preview() {
        return app.lookup("#preview").queryAs(WebView.class);
    }

    private Object script(String code) throws Exception {
        return new WebPage(preview()).script(code);
    }

    private String pageText() throws Exception {
        return new WebPage(preview()).text();
    }

    private void clickInPage(String id) throws Exception {
        new WebPage(preview()).click(app, id);
        app.clickOn("#draft");
    }

    @Test
    void thePreviewReadsLikeThePortalTextAndGainsEachCommittedTurnWithoutReloading() throws Exception {
        assertEquals(new String(SampleFixture.bytes(), StandardCharsets.UTF_8), pageText());
        script("window.notReloaded = true");
        app.clickOn("#draft").write("第九条发言，来自直播间");
        app.commit();
        app.waitUntil(() -> pageText().endsWith("第九条发言，来自直播间"));
        assertEquals(Boolean.TRUE, script("window.notReloaded"), "the page was patched, not reloaded");
        assertTrue(((Number) script("window.scrollY + window.innerHeight")).doubleValue()
                >= ((Number) script("document.documentElement.scrollHeight")).doubleValue() - 2, "it follows the newest turn");
    }

    @Test
    void afterAPasteOfTurnsWithANewSpeakerThePageFollowsTheLastPastedTurn() throws Exception {
        app.interact(() -> {
            app.turnList().scrollTo(0);
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("[热线听众]:我想问一个问题。\n[主持人]:请讲。\n[热线听众]:粘贴的最后一条。");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            app.draft().requestFocus();
        });
        script("window.scrollTo(0, 0)");
        app.shortcut(KeyCode.V);
        app.waitUntil(() -> app.lookup("#pastePreview").tryQuery().isPresent());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.turns().size() == 11);
        app.waitUntil(() -> pageText().contains("粘贴的最后一条。"));
        app.waitUntil(() -> ((Number) script("window.scrollY + window.innerHeight")).doubleValue()
                >= ((Number) script("document.documentElement.scrollHeight")).doubleValue() - 2);
    }

    @Test
    void aCorrectionIsPatchedInPlace() throws Exception {
        app.clickOn("#draft");
        app.shortcut(KeyCode.UP);
        app.push(KeyCode.END);
        app.write("（已更正）");
        app.commit();
        app.waitUntil(() -> pageText().endsWith("（已更正） [2022-3-23 9:36:12]"));
    }

    @Test
    void in倒序TheNewestTurnIsAtTheTop() throws Exception {
        clickInPage("order-reverse");
        app.waitUntil(() -> pageText().indexOf("再见") < pageText().indexOf("各位听众朋友们上午好"));
        app.write("最新的一条");
        app.commit();
        app.waitUntil(() -> pageText().contains("最新的一条"));
        String text = pageText();
        assertTrue(text.indexOf("最新的一条") < text.indexOf("再见"), "the newest turn comes first in 倒序");
        assertEquals(0.0, ((Number) script("window.scrollY")).doubleValue(), "and it is in view, at the top");
    }

    @Test
    void f8HidesThePreviewAndShowsItAgainUpToDate() throws Exception {
        app.push(KeyCode.F8);
        assertFalse(app.lookup("#preview").tryQuery().isPresent(), "hidden");
        app.write("隐藏时提交的发言");
        app.commit();
        app.push(KeyCode.F8);
        app.waitUntil(() -> app.lookup("#preview").tryQuery().isPresent() && pageText().endsWith("隐藏时提交的发言"));
    }

    @Test
    void theWindowOpensWithThePreviewTheUserLeftItWith() throws Exception {
        restartOnceSaved(true);
        app.write("预览打开时输入的文字");
        app.waitUntil(() -> app.lookup("#preview").tryQuery().isPresent() && pageText().contains("再见"));
        assertEquals("预览打开时输入的文字", app.draft().getText(), "the draft took every key while the preview was made");
        app.interact(() -> app.draft().clear());
        app.push(KeyCode.F8);
        assertFalse(app.lookup("#preview").tryQuery().isPresent(), "hidden");
        restartOnceSaved(false);
        app.write("隐藏预览后的草稿");
        app.waitUntil(() -> app.draft().getText().equals("隐藏预览后的草稿"));
        assertFalse(app.lookup("#preview").tryQuery().isPresent(), "still hidden at the next start");
        assertFalse(app.lookup("#preview-on-its-way").tryQuery().isPresent());
        app.interact(() -> app.draft().clear());
    }

    @Test
    void f8PressedTwiceQuicklyLeavesThePreviewHidden() throws Exception {
        app.push(KeyCode.F8);
        restartOnceSaved(false);
        assertFalse(app.lookup("#preview").tryQuery().isPresent());
        app.push(KeyCode.F8);
        app.push(KeyCode.F8);
        app.write("第二次按键");
        app.waitUntil(() -> app.draft().getText().equals("第二次按键"));
        assertFalse(app.lookup("#preview-on-its-way").tryQuery().isPresent(), "the line went with the second key");
        app.push(KeyCode.F8);
        app.waitUntil(() -> app.lookup("#preview").tryQuery().isPresent() && pageText().contains("再见"));
        app.push(KeyCode.F8);
        assertFalse(app.lookup("#preview").tryQuery().isPresent(), "hidden again");
        app.interact(() -> app.draft().clear());
    }

    /** Starts the window again with the sample, once the settings say whether the preview is shown. */
    private void restartOnceSaved(boolean shown) throws Exception {
        Path settings = home.resolve("config").resolve("settings.json");
        app.waitUntil(() -> java.nio.file.Files.exists(settings)
                && java.nio.file.Files.readString(settings).matches("(?s).*\"previewShown\" : " + shown + ".*"));
        app.stop();
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
    }

    @Test
    void hostileTurnsShowAsTextAndRunNothing() throws Exception {
        int before = ((Number) script("document.querySelectorAll('*').length")).intValue();
        java.util.List<String> payloads = HostilePayloads.all("http://127.0.0.1:9").subList(0, 12);
        for (String payload : payloads) {
            app.interact(() -> app.draft().setText(payload));
            app.commit();
        }
        app.waitUntil(() -> pageText().contains(payloads.get(11)));
        for (String payload : payloads) {
            assertTrue(pageText().contains(payload), "shown literally: " + payload);
        }
        assertEquals("undefined", script("typeof window.pwned"));
        int spans = 12 * 2;
        assertTrue(((Number) script("document.querySelectorAll('*').length")).intValue() <= before + 12 + spans,
                "each turn added only its own element, label and time");
        assertEquals(0, ((Number) script("document.querySelectorAll('#turns img, #turns svg, #turns iframe, "
                + "#turns script, #turns a, #turns object, #turns embed').length")).intValue());
    }
}
