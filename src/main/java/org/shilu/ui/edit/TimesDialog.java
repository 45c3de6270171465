package org.shilu.ui.edit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.shilu.model.TimeInput;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/**
 * A turn's two times, typed as 2022-3-23 9:03:54 or 9:03:54. An impossible time, or a publication
 * before the turn began, is refused with the reason and the dialog stays; the old times stand.
 */
final class TimesDialog extends Dialog<TimesDialog.Times> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss");
    private final TextField spoken = new TextField();
    private final TextField published = new TextField();
    private final Label problem = new Label();

    record Times(LocalDateTime spokenAt, LocalDateTime publishedAt) {
    }

    TimesDialog(Window owner, Messages messages, Turn turn, LocalDate broadcastDate) {
        initOwner(owner);
        setTitle(messages.actionName(org.shilu.ui.common.AppAction.EDIT_TIMES));
        setHeaderText(messages.text("times.header"));
        spoken.setId("spokenAt");
        published.setId("publishedAt");
        problem.setId("timesProblem");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        spoken.setText(turn.spokenAt() == null ? "" : SHOWN.format(turn.spokenAt()));
        published.setText(turn.publishedAt() == null ? "" : SHOWN.format(turn.publishedAt()));
        LocalDate day = turn.publishedAt() != null ? turn.publishedAt().toLocalDate()
                : turn.spokenAt() != null ? turn.spokenAt().toLocalDate() : broadcastDate;
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.text("times.spoken")), spoken);
        grid.addRow(1, new Label(messages.text("times.published")), published);
        grid.add(problem, 0, 2, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Times[] parsed = new Times[1];
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            try {
                Times times = new Times(TimeInput.parse(spoken.getText(), day), TimeInput.parse(published.getText(), day));
                if (times.spokenAt() != null && times.publishedAt() != null && times.publishedAt().isBefore(times.spokenAt())) {
                    throw new IllegalArgumentException(messages.text("times.order"));
                }
                parsed[0] = times;
            } catch (IllegalArgumentException refused) {
                problem.setText(messages.text("times.refused", messages.reason(refused)));
                // The window grows to show the whole reason, not "…".
                getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? parsed[0] : null);
    }
}
