package org.shilu.ui.edit;

import java.time.Duration;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.shilu.model.TimeInput;
import org.shilu.ui.common.Messages;

/** Moves the times of all turns, or of the selected ones, by an offset: for a studio clock that was wrong. */
final class ShiftTimesDialog extends Dialog<ShiftTimesDialog.Shift> {
    record Shift(Duration offset, boolean selectedOnly) {
    }

    ShiftTimesDialog(Window owner, Messages messages, int selectedCount) {
        initOwner(owner);
        setTitle(messages.actionName(org.shilu.ui.common.AppAction.SHIFT_TIMES));
        setHeaderText(messages.text("shift.header"));
        TextField offset = new TextField();
        offset.setId("shiftOffset");
        offset.setPromptText("+0:05:00");
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton(messages.text("shift.all"));
        RadioButton selected = new RadioButton(messages.text("shift.selected", selectedCount));
        all.setToggleGroup(scope);
        selected.setToggleGroup(scope);
        selected.setDisable(selectedCount == 0);
        (selectedCount > 1 ? selected : all).setSelected(true);
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.text("shift.offset")), offset);
        grid.add(all, 1, 1);
        grid.add(selected, 1, 2);
        grid.add(problem, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Duration[] parsed = new Duration[1];
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                parsed[0] = TimeInput.offset(offset.getText());
            } catch (IllegalArgumentException refused) {
                problem.setText(messages.reason(refused));
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? new Shift(parsed[0], selected.isSelected()) : null);
    }
}
