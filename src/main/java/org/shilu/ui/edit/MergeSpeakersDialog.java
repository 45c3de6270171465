package org.shilu.ui.edit;

import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.shilu.model.Speaker;
import org.shilu.ui.common.Messages;

/** Two speakers who are one person (a caller entered twice): the first's turns go to the second. */
final class MergeSpeakersDialog extends Dialog<MergeSpeakersDialog.Pair> {
    record Pair(String from, String into) {
    }

    MergeSpeakersDialog(Window owner, Messages messages, List<Speaker> roster) {
        initOwner(owner);
        setTitle(messages.actionName(org.shilu.ui.common.AppAction.MERGE_SPEAKERS));
        setHeaderText(messages.text("mergeSpeakers.header"));
        ChoiceBox<Speaker> from = speakers(roster, "mergeFrom");
        ChoiceBox<Speaker> into = speakers(roster, "mergeInto");
        from.setValue(roster.get(roster.size() - 1));
        into.setValue(roster.get(0));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.text("mergeSpeakers.from")), from);
        grid.addRow(1, new Label(messages.text("mergeSpeakers.into")), into);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(from.valueProperty().isEqualTo(into.valueProperty()));
        setResultConverter(button -> button == ButtonType.OK ? new Pair(from.getValue().id(), into.getValue().id()) : null);
    }

    private static ChoiceBox<Speaker> speakers(List<Speaker> roster, String id) {
        ChoiceBox<Speaker> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(roster);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Speaker speaker) {
                return speaker == null ? "" : speaker.label();
            }

            @Override
            public Speaker fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
