package org.shilu.ui.edit;

import java.util.List;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.shilu.model.Document;
import org.shilu.model.PunctuationWidth;
import org.shilu.model.PunctuationWidth.Direction;
import org.shilu.ui.common.Messages;

/**
 * Edit → Punctuation widths…: which way, straight quotes too or not, and every turn it would change,
 * before and after, with the count of marks; applied as one step that Ctrl+Z undoes.
 */
public final class PunctuationDialog extends Dialog<ButtonType> {
    private final Document document;
    private final Messages messages;
    private final ChoiceBox<Direction> direction = new ChoiceBox<>();
    private final CheckBox quotes = new CheckBox();
    private final Label count = new Label();
    private final ListView<String> preview = new ListView<>();
    private final ButtonType apply;
    private List<PunctuationWidth.Change> changes = List.of();

    public PunctuationDialog(Window owner, Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.actionName(org.shilu.ui.common.AppAction.PUNCTUATION));
        setHeaderText(messages.text("punctuation.header"));
        direction.setId("punctuationDirection");
        quotes.setId("punctuationQuotes");
        count.setId("punctuationCount");
        preview.setId("punctuationPreview");
        direction.getItems().setAll(Direction.values());
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Direction way) {
                return way == null ? "" : way == Direction.FULL ? messages.text("punctuation.full")
                        : messages.text("punctuation.half");
            }

            @Override
            public Direction fromString(String text) {
                throw new UnsupportedOperationException("chosen, not typed");
            }
        });
        direction.setValue(Direction.FULL);
        quotes.setText(messages.text("punctuation.quotes"));
        preview.setPrefSize(720, 320);
        getDialogPane().setContent(new VBox(8, new HBox(12, direction, quotes), count, preview));
        apply = new ButtonType(messages.text("punctuation.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(apply, ButtonType.CANCEL);
        direction.valueProperty().addListener((o, was, now) -> look());
        quotes.selectedProperty().addListener((o, was, now) -> look());
        look();
    }

    /** Shows the dialog; Apply changes the turns in one step. */
    public void showAndApply() {
        showAndWait().filter(apply::equals).ifPresent(ok -> {
            if (!changes.isEmpty()) {
                document.apply(PunctuationWidth.edit(document.transcript(), changes));
            }
        });
    }

    private void look() {
        changes = PunctuationWidth.changes(document.transcript(), direction.getValue(), quotes.isSelected());
        int marks = changes.stream().mapToInt(PunctuationWidth.Change::marks).sum();
        count.setText(messages.text("punctuation.count", marks, changes.size()));
        preview.getItems().setAll(changes.stream().map(change -> messages.text("punctuation.line", change.index() + 1,
                change.marks(), change.before().text(), change.after().text())).toList());
        getDialogPane().lookupButton(apply).setDisable(changes.isEmpty());
    }
}
