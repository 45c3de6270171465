package org.shilu.ui.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.shilu.format.GlossaryFile;
import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Glossary;
import org.shilu.store.AtomicFile;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * Live → Glossary…: the programme's terms, their abbreviations and notes, edited in a table (Insert
 * adds a row and edits its term, Delete removes the selected rows, the arrows and F2 edit a cell), imported from and exported
 * to UTF-8 CSV or plain lines. OK sets the glossary in one step that Ctrl+Z undoes; a row that is
 * wrong is named under the table and the dialog stays open.
 */
public final class GlossaryDialog extends Dialog<ButtonType> {
    /** A row of the table, as typed. */
    private static final class Row {
        final StringProperty term = new SimpleStringProperty("");
        final StringProperty abbreviation = new SimpleStringProperty("");
        final StringProperty note = new SimpleStringProperty("");

        Row(String term, String abbreviation, String note) {
            this.term.set(term);
            this.abbreviation.set(abbreviation);
            this.note.set(note);
        }
    }

    private final TableView<Row> table = new TableView<>();
    private final Label problem = new Label();
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final Document document;

    public GlossaryDialog(Window owner, Document document, Messages messages, Dialogs dialogs, UiThread uiThread) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.document = document;
        initOwner(owner);
        setTitle(messages.actionName(org.shilu.ui.common.AppAction.GLOSSARY));
        setHeaderText(messages.text("glossary.header"));
        table.setId("glossaryTable");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true); // arrows go from cell to cell, F2 edits one
        table.setPrefSize(640, 320);
        table.getColumns().setAll(List.of(column("glossary.term", r -> r.term, 260),
                column("glossary.abbreviation", r -> r.abbreviation, 120), column("glossary.note", r -> r.note, 220)));
        for (Glossary.Term t : document.transcript().glossary().terms()) {
            table.getItems().add(new Row(t.term(), t.abbreviation(), t.note()));
        }
        table.setPlaceholder(new Label(messages.text("glossary.empty")));
        // Esc in a cell's editor leaves the cell as it was; only outside one does it close the dialog.
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && table.getEditingCell() != null) {
                table.edit(-1, null);
                event.consume();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.INSERT) {
                addRow();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && table.getEditingCell() == null) {
                table.getItems().removeAll(table.getSelectionModel().getSelectedItems());
                event.consume();
            }
        });
        Button add = button("glossaryAdd", "glossary.add", this::addRow);
        Button remove = button("glossaryRemove", "glossary.remove",
                () -> table.getItems().removeAll(table.getSelectionModel().getSelectedItems()));
        Button importFile = button("glossaryImport", "glossary.import", this::importFile);
        Button exportFile = button("glossaryExport", "glossary.export", this::exportFile);
        problem.setId("glossaryProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        Label hint = new Label(messages.text("glossary.hint"));
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, table, new HBox(8, add, remove, importFile, exportFile), hint, problem));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                Glossary glossary = typed();
                if (!glossary.equals(document.transcript().glossary())) {
                    document.apply(new Edit.Named("step.glossary", new Edit.SetGlossary(glossary)));
                }
            } catch (IllegalArgumentException refused) {
                problem.setText(refused.getMessage());
                event.consume();
            }
        });
        // Enter belongs to the table's cells; Ctrl+Enter takes the glossary, as it commits a turn in the draft.
        getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown() && table.getEditingCell() == null) {
                ((Button) getDialogPane().lookupButton(ButtonType.OK)).fire();
                event.consume();
            }
        });
        setOnShown(event -> javafx.application.Platform.runLater(table::requestFocus));
    }

    /** The glossary as the table has it; a row with a term blank and nothing else is left out. */
    private Glossary typed() {
        List<Glossary.Term> terms = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            Row row = table.getItems().get(i);
            if (row.term.get().isBlank() && row.abbreviation.get().isBlank() && row.note.get().isBlank()) {
                continue;
            }
            try {
                terms.add(new Glossary.Term(row.term.get(), row.abbreviation.get(), row.note.get()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(messages.text("glossary.row", i + 1, e.getMessage()), e);
            }
        }
        return new Glossary(terms);
    }

    private void addRow() {
        Row row = new Row("", "", "");
        table.getItems().add(row);
        int index = table.getItems().size() - 1;
        TableColumn<Row, ?> term = table.getColumns().get(0);
        table.getSelectionModel().clearAndSelect(index, term);
        table.getFocusModel().focus(index, term);
        table.scrollTo(index);
        table.requestFocus();
        // Once the new row is laid out: a cell that is not there yet cannot be edited (its editor takes the keys).
        javafx.application.Platform.runLater(() -> {
            table.layout();
            table.edit(index, term);
        });
    }

    private void importFile() {
        FileChooser chooser = chooser();
        java.io.File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        uiThread.inBackground(() -> GlossaryFile.read(Files.readAllBytes(path), path.toString(), isCsv(path)), glossary -> {
            for (Glossary.Term t : glossary.terms()) {
                boolean known = table.getItems().stream().anyMatch(r -> r.term.get().equals(t.term())
                        && r.abbreviation.get().equals(t.abbreviation()));
                if (!known) {
                    table.getItems().add(new Row(t.term(), t.abbreviation(), t.note()));
                }
            }
            problem.setText("");
        }, failure -> problem.setText(dialogs.describe(failure)));
    }

    private void exportFile() {
        Glossary glossary;
        try {
            glossary = typed();
        } catch (IllegalArgumentException refused) {
            problem.setText(refused.getMessage());
            return;
        }
        java.io.File file = chooser().showSaveDialog(getDialogPane().getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        byte[] bytes = isCsv(path) ? GlossaryFile.writeCsv(glossary) : GlossaryFile.writeLines(glossary);
        uiThread.inBackground(() -> {
            AtomicFile.write(path, bytes);
            return path;
        }, written -> problem.setText(""), failure -> problem.setText(dialogs.describe(failure)));
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("glossary.file"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv"),
                new FileChooser.ExtensionFilter(messages.text("glossary.lines"), "*.txt"));
        return chooser;
    }

    private static boolean isCsv(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    private TableColumn<Row, String> column(String key, java.util.function.Function<Row, StringProperty> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(data -> value.apply(data.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(width);
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.text(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
