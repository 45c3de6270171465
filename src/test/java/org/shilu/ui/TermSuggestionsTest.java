package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Glossary;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;

/** Terms suggested under the draft while Latin letters are typed, taken with Tab; Enter and Ctrl+Enter stay the draft's. */
class TermSuggestionsTest {
    @TempDir
    Path home;
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    private List<String> suggested() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            HBox strip = app.lookup(".term-suggestions").queryAs(HBox.class);
            if (!strip.isVisible()) {
                return List.<String>of();
            }
            List<String> terms = new java.util.ArrayList<>(List.of(((Label) strip.getChildren().get(1)).getText()));
            String others = ((Label) strip.getChildren().get(2)).getText();
            if (!others.isEmpty()) {
                terms.addAll(List.of(others.split(" · ")));
            }
            return terms;
        }).get();
    }

    @Test
    void lettersTypedInTheDraftBringTheTermsTheyStartAndTabTakesTheFirst() throws Exception {
        Transcript programme = new Transcript(Header.EMPTY.withHeading("行风热线"),
                List.of(Speaker.of("h", "主持人", Role.HOST), new Speaker("g", "陆华副局长", Role.GUEST, "陆华", "副局长", "")),
                List.of(), org.shilu.model.Review.NONE, new Glossary(List.of(
                        new Glossary.Term("市自然资源和规划局", "zrj", "全称"),
                        new Glossary.Term("路华桥", "", ""),
                        new Glossary.Term("Lianyungang Daily", "", ""))));
        Path file = Files.write(home.resolve("hotline.shilu"), new ProjectJson().write(new Project(programme, PortalProfile.DEFAULT)));
        app = new RunningApp().start(home, file.toString());
        app.interact(() -> app.draft().requestFocus());

        app.write("请lh");
        // The guest's name and label from the roster are terms too.
        app.waitUntil(() -> suggested().equals(List.of("陆华", "陆华副局长", "路华桥")));
        app.type(KeyCode.TAB);
        app.waitUntil(() -> app.draft().getText().equals("请陆华"));
        assertEquals(List.of(), suggested(), "nothing to suggest once the letters are gone");
        app.shortcut(KeyCode.Z);
        app.waitUntil(() -> app.draft().getText().equals("请lh"));
        app.type(KeyCode.END); // the undone letters come back selected

        app.write("x zr");
        app.waitUntil(() -> suggested().equals(List.of("市自然资源和规划局（全称）")));
        app.type(KeyCode.ENTER); // a new paragraph, as always: the strip never takes Enter
        try {
            app.waitUntil(() -> app.draft().getText().equals("请lhx zr\n"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("draft: [" + app.draft().getText() + "] turns " + app.turns(), e);
        }
        assertEquals(List.of(), suggested());

        app.write("lianyun");
        app.waitUntil(() -> suggested().equals(List.of("Lianyungang Daily")));
        app.write("x");
        app.waitUntil(() -> suggested().isEmpty());
        app.write(" luhua");
        app.waitUntil(() -> suggested().equals(List.of("陆华", "陆华副局长", "路华桥")));
        app.commit(); // Ctrl+Enter commits what is typed, suggestion or not
        app.waitUntil(() -> app.turns().size() == 1);
        assertEquals("请lhx zr\nlianyunx luhua", app.turns().get(0).text());
        assertEquals("", app.draft().getText());
        assertFalse(app.lookup(".term-suggestions").queryAs(HBox.class).isVisible());

        // Letters an input method is composing are its own: nothing is suggested for them.
        app.interact(() -> app.draft().fireEvent(new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(new javafx.scene.input.InputMethodTextRun(
                        "luhua", javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)), "", 5)));
        app.waitUntil(() -> app.draft().getText().equals("luhua"));
        assertEquals(List.of(), suggested(), "no suggestion under a composition");
        app.type(KeyCode.TAB); // the input method's while it composes: nothing taken, nothing inserted
        assertEquals("luhua", org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.draft().getText()).get());
        app.interact(() -> app.draft().fireEvent(new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "陆华", 0)));
        app.waitUntil(() -> app.draft().getText().equals("陆华"));
        assertEquals(List.of(), suggested());
        app.interact(() -> app.draft().clear());

        app.write("a");
        app.type(KeyCode.TAB); // no suggestion for one letter: Tab is the draft's as before
        app.waitUntil(() -> app.draft().getText().startsWith("a"));
        assertEquals(List.of(), suggested());
    }
}
