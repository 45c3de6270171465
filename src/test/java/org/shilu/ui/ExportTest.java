package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shilu.format.PortalProfile;
import org.shilu.format.PortalTextWriter;
import org.shilu.format.SampleFixture;

/** File → Export, chosen and typed as a user would. */
class ExportTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home, "--sample");
        app.waitUntil(() -> app.turns().size() == 8);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private void openExport() throws Exception {
        app.openExport();
    }

    private void choose(String box, String item) {
        app.clickOn(box).clickOn(item);
    }

    private void target(Path file) {
        TextField target = app.lookup("#exportTarget").queryAs(TextField.class);
        app.interact(target::clear);
        app.clickOn(target).write(file.toString());
    }

    private String sampleLine() {
        return app.lookup("#exportSample").queryAs(Label.class).getText();
    }

    @Test
    void theChosenLayoutShowsInTheSampleLineAndTheExportIsWrittenWithIt() throws Exception {
        openExport();
        choose("#exportFormat", app.text("export.format.portal-text"));
        assertTrue(sampleLine().startsWith("[陆华副局长]:主持人好"), sampleLine());
        choose("#exportLabelStyle", "【" + app.text("export.hostLabel") + "】");
        choose("#exportSeparator", "：");
        assertTrue(sampleLine().startsWith("【陆华副局长】：主持人好"), sampleLine());
        assertTrue(sampleLine().endsWith("[2022-3-23 9:03:54]"), sampleLine());
        Path out = home.resolve("exports/hotline.txt");
        Files.createDirectories(out.getParent());
        target(out);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(out));

        PortalProfile d = PortalProfile.DEFAULT;
        PortalProfile chosen = new PortalProfile(PortalProfile.LabelStyle.LENTICULAR, "：", d.labelOnOwnLine(),
                d.timePlacement(), d.timePattern(), d.timedRoles(), d.printedClock(), d.pageChrome(),
                d.blankLineBetweenTurns(), d.lineSeparator(), d.finalNewline());
        assertArrayEquals(new PortalTextWriter().writeBytes(SampleFixture.project().transcript(), chosen),
                Files.readAllBytes(out));

        openExport();
        assertEquals(out.getParent().toString(),
                Path.of(app.lookup("#exportTarget").queryAs(TextField.class).getText()).getParent().toString(),
                "the last folder is remembered");
        assertTrue(sampleLine().startsWith("【陆华副局长】："), "and the layout stays with the programme");
        choose("#exportFormat", app.text("export.format.html"));
        Path page = Path.of(app.lookup("#exportTarget").queryAs(TextField.class).getText());
        assertEquals("lianyungang-2022-03-23.portal.html", page.getFileName().toString(),
                "named after the programme, with the format's ending");
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(page));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("【陆华副局长】：") && html.contains("id=\"order-reverse\""), html);

        openExport();
        choose("#exportFormat", app.text("export.format.docx"));
        assertEquals(app.text("export.sample.docx"), sampleLine(), "the page's layout is not the Word document's");
        Path word = Path.of(app.lookup("#exportTarget").queryAs(TextField.class).getText());
        assertEquals("lianyungang-2022-03-23.portal.docx", word.getFileName().toString());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(word));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(word))) {
            assertEquals("连云港市自然资源和规划局 在线访谈", document.getParagraphs().get(0).getText());
            assertTrue(document.getParagraphs().get(4).getRuns().get(0).isBold(), "a turn's speaker in bold");
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGetsAClearMessageAndLosesNothing() throws Exception {
        openExport();
        Path nowhere = home.resolve("no-such-folder/hotline.html");
        target(nowhere);
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup(".dialog-pane .header-panel .label").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().contains(nowhere.toString())));
        assertEquals(8, app.turns().size());
    }
}
