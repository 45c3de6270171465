package org.shilu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary on the real window: a term and its abbreviation typed into the table, then expanded in the draft with Alt+/. */
class GlossaryWindowTest {
    @TempDir
    Path home;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        app = new RunningApp().start(home);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
    }

    private int rows() throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> app.lookup("#glossaryTable").queryAs(TableView.class)
                .getItems().size()).get();
    }

    private javafx.scene.Node okButton() {
        return app.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK);
    }

    /** Double-clicks a cell of the glossary's table to edit it, types over what it holds and presses Enter. */
    private void editCell(int row, int column, String text) throws Exception {
        javafx.scene.Node cell = app.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row
                        && c.getTableView().getColumns().indexOf(c.getTableColumn()) == column)
                .findFirst().orElseThrow();
        app.doubleClickOn(cell);
        typeIntoTheEditor(text);
    }

    /** Clicks into the cell's editor once it shows (keys go to the window clicked), types over it and presses Enter. */
    private void typeIntoTheEditor(String text) throws Exception {
        app.waitUntil(() -> app.lookup(".table-cell .text-field").tryQuery().isPresent());
        app.clickOn(app.lookup(".table-cell .text-field").queryAs(javafx.scene.Node.class));
        app.shortcut(KeyCode.A);
        app.write(text);
        app.push(KeyCode.ENTER);
    }

    @Test
    void aTermTypedIntoTheGlossaryIsWhatItsAbbreviationBecomesInTheDraft() throws Exception {
        app.shortcut(KeyCode.G);
        app.waitUntil(() -> app.lookup("#glossaryTable").tryQuery().isPresent());
        app.clickButton("glossary.add"); // a row, its term being edited
        app.waitUntil(() -> app.lookup(".table-cell .text-field").tryQuery()
                .filter(editor -> editor.getScene().getFocusOwner() == editor).isPresent());
        typeIntoTheEditor("Shilu Studio");
        app.waitUntil(() -> app.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && "Shilu Studio".equals(c.getItem())));
        editCell(0, 1, "s1");
        app.clickOn(okButton());
        app.waitUntil(() -> !app.lookup("#glossaryProblem").queryAs(Label.class).getText().isEmpty());
        assertTrue(app.lookup("#glossaryProblem").queryAs(Label.class).getText().equals(app.text("glossary.row", 1,
                "an abbreviation is 1 to 16 Latin letters: s1")),
                "an abbreviation of letters only: the row is named and the dialog stays: "
                        + app.lookup("#glossaryProblem").queryAs(Label.class).getText());
        editCell(0, 1, "ss");
        app.clickOn(okButton());
        try {
            app.waitUntil(() -> app.lookup("#glossaryTable").tryQuery().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the glossary stayed open: " + app.lookup("#glossaryProblem").queryAs(Label.class).getText(), e);
        }

        app.shortcut(KeyCode.G);
        app.waitUntil(() -> app.lookup("#glossaryTable").tryQuery().isPresent());
        assertEquals(1, rows(), "the term is kept");
        app.clickButton("glossary.add");
        app.waitUntil(() -> rows() == 2);
        app.clickOn(okButton()); // a row left blank is left out
        app.waitUntil(() -> app.lookup("#glossaryTable").tryQuery().isEmpty());

        app.interact(() -> app.draft().requestFocus());
        app.write("welcome to ss");
        app.push(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.ALT_DOWN));
        app.waitUntil(() -> app.draft().getText().equals("welcome to Shilu Studio"));
        app.write(" xyz");
        app.push(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.ALT_DOWN));
        app.waitUntil(() -> app.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText()
                .equals(app.text("glossary.noTerm", "xyz")));
        assertEquals("welcome to Shilu Studio xyz", app.draft().getText(), "an unknown abbreviation stays as typed");
        app.commit();
        app.waitUntil(() -> app.turns().size() == 1 && app.turns().get(0).text().equals("welcome to Shilu Studio xyz"));
    }
}
