package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.check.Finding;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** The checks before export on the real window: listed, a turn shown with Enter, a finding ignored with Delete. */
class ChecksBeforeExportTest {
    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private ListView<Finding> findings() {
        return app.lookup("#checkFindings").queryAs(ListView.class);
    }

    private List<Finding.Kind> kinds() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> findings().getItems().stream().map(Finding::kind).toList()).get();
    }

    private void openChecks() throws Exception {
        app.shortcut(KeyCode.E);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isPresent());
    }

    @Test
    void aMisspeltNameIsShownInItsTurnAndAnIgnoredFindingIsNotListedAgain() throws Exception {
        LocalDateTime nine = LocalDateTime.of(2022, 3, 23, 9, 0);
        Transcript programme = new Transcript(Header.EMPTY.withHeading("行风热线"),
                List.of(Speaker.of("h", "主持人", Role.HOST), new Speaker("g", "陆华副局长", Role.GUEST, "陆华", "副局长", "")),
                List.of(new Turn("h", List.of("请陆华副局长介绍。"), null, null, false, null),
                        new Turn("g", List.of("好的。"), nine.plusMinutes(5), null, false, null),
                        new Turn("h", List.of("感谢路华局长。"), null, null, false, null),
                        new Turn("g", List.of("再见。"), nine, null, false, null)));
        Path file = Files.write(home.resolve("hotline.shilu"), new ProjectJson().write(new Project(programme, PortalProfile.DEFAULT)));
        app = new RunningApp().start(home, file.toString());
        app.waitUntil(() -> app.turns().size() == 4);

        openChecks();
        assertEquals(List.of(Finding.Kind.NAME_SPELLED_TWO_WAYS, Finding.Kind.TIME_GOES_BACK), kinds());
        app.interact(() -> findings().getSelectionModel().select(0));
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isEmpty());
        app.waitUntil(() -> app.turnList().getSelectionModel().getSelectedIndex() == 2);

        openChecks();
        app.interact(() -> findings().getSelectionModel().select(1));
        app.type(KeyCode.DELETE);
        assertEquals(List.of(Finding.Kind.NAME_SPELLED_TWO_WAYS), kinds());
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> app.lookup("#checkFindings").tryQuery().isEmpty());

        // The portal wants full-width punctuation; the programme has none but full-width, so nothing new.
        openChecks();
        assertEquals(List.of(Finding.Kind.NAME_SPELLED_TWO_WAYS), kinds(), "the time ignored stays ignored");
        app.clickButton("check.export");
        app.waitUntil(() -> app.lookup("#exportPunctuationWidth").tryQuery().isPresent());
        app.clickOn("#exportPunctuationWidth").clickOn(app.text("export.width.HALF"));
        app.push(KeyCode.ESCAPE);
        app.waitUntil(() -> app.lookup("#exportPunctuationWidth").tryQuery().isEmpty());
        openChecks();
        assertEquals(List.of(Finding.Kind.NAME_SPELLED_TWO_WAYS), kinds(), "a width chosen in a dialog left by Esc is not kept");
        app.clickButton("check.export");
        app.waitUntil(() -> app.lookup("#exportPunctuationWidth").tryQuery().isPresent());
        app.clickOn("#exportPunctuationWidth").clickOn(app.text("export.width.HALF"));
        Path out = home.resolve("hotline.txt");
        javafx.scene.control.TextField target = app.lookup("#exportTarget").queryAs(javafx.scene.control.TextField.class);
        app.interact(target::clear);
        app.clickOn(target).write(out.toString());
        app.type(KeyCode.ENTER);
        app.waitUntil(() -> Files.exists(out));
        openChecks();
        assertEquals(List.of(Finding.Kind.NAME_SPELLED_TWO_WAYS, Finding.Kind.MIXED_WIDTHS), kinds(),
                "the portal wants half-width now: the full-width marks are listed");
        assertEquals("4", org.testfx.util.WaitForAsyncUtils.asyncFx(() -> findings().getItems().get(1).details().get(0)).get(),
                "the four full-width marks, from the first turn");
    }
}
