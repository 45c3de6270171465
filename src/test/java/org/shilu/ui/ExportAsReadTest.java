package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page opened in the window and exported untouched comes out byte for byte, in its own encoding. */
class ExportAsReadTest {
    private static final String PAGE = "嘉宾：市自然资源和规划局副局长 陆华\r\n\r\n[主持人]：各位听众上午好。\r\n"
            + "陆华：主持人好! [03-23 09:36]\r\n\r\n【陆华】市民朋友们：请拨打热线。\r\n热线电话：85806789\r\n"
            + "网友“江南雨”:请问供暖何时开始?\r\n";

    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @Test
    void anOpenedGb18030PageIsExportedAsItWasRead() throws Exception {
        byte[] original = PAGE.getBytes(Charset.forName("GB18030"));
        Path page = Files.write(home.resolve("page.txt"), original);
        app = new RunningApp().start(home, page.toString());
        app.waitUntil(() -> app.turns().size() == 4);
        app.openExport();
        app.clickOn("#exportFormat").clickOn(app.text("export.format.portal-text"));
        @SuppressWarnings("unchecked")
        ChoiceBox<Charset> encoding = app.lookup("#exportEncoding").queryAs(ChoiceBox.class);
        assertEquals("GB18030", encoding.getValue().name(), "the page's own encoding is offered first");
        assertFalse(app.lookup("#exportNormalise").queryAs(CheckBox.class).isSelected());
        Path out = home.resolve("out.txt");
        TextField target = app.lookup("#exportTarget").queryAs(TextField.class);
        app.interact(target::clear);
        app.clickOn(target).write(out.toString());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(out));
        assertArrayEquals(original, Files.readAllBytes(out));
    }
}
