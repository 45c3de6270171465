package org.shilu.ui.live;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.shilu.live.StudioClock;
import org.shilu.ui.common.Messages;

/**
 * Sets the studio clock: how many seconds it is ahead of this computer, or simply the time the
 * studio clock shows now.
 */
public final class StudioClockDialog extends Dialog<ButtonType> {
    private final StudioClock clock;
    private final TextField offset = new TextField();
    private final TextField studioTime = new TextField();
    private final Label problem = new Label();

    public StudioClockDialog(Window owner, StudioClock clock, Messages messages) {
        this.clock = clock;
        initOwner(owner);
        setTitle(messages.text("clock.title"));
        setHeaderText(messages.text("clock.header"));
        offset.setId("clockOffset");
        studioTime.setId("clockTime");
        offset.setText(String.valueOf(clock.offset().toSeconds()));
        studioTime.setPromptText("HH:mm:ss");
        problem.getStyleClass().add("problem");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.text("clock.offset")), offset);
        grid.addRow(1, new Label(messages.text("clock.time")), studioTime);
        grid.add(problem, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            String reason = validate(messages);
            problem.setText(reason == null ? "" : reason);
            if (reason != null) {
                event.consume();
            }
        });
    }

    private String validate(Messages messages) {
        if (!studioTime.getText().isBlank()) {
            try {
                LocalTime.parse(studioTime.getText().strip());
                return null;
            } catch (DateTimeParseException e) {
                return messages.text("clock.badTime", studioTime.getText().strip());
            }
        }
        try {
            Long.parseLong(offset.getText().strip());
            return null;
        } catch (NumberFormatException e) {
            return messages.text("clock.badOffset", offset.getText().strip());
        }
    }

    /** Shows the dialog and sets the clock if the user confirms; the studio time wins over the offset. */
    public void showAndApply() {
        if (showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        if (!studioTime.getText().isBlank()) {
            clock.setStudioTime(LocalTime.parse(studioTime.getText().strip()));
        } else {
            clock.setOffset(Duration.ofSeconds(Long.parseLong(offset.getText().strip())));
        }
    }
}
