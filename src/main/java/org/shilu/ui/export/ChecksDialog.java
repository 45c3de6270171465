package org.shilu.ui.export;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.check.Finding;
import org.shilu.ui.common.Messages;

/**
 * The checks before export, listed: Enter (or Show the turn) closes the list and shows the turn in
 * the window (Export… is not the default button, so that Enter is the list's); Delete (or Ignore) drops a finding, which is not shown again for this programme;
 * Export… goes on to the export. What the user decided comes back as a {@link Choice}.
 */
public final class ChecksDialog extends Dialog<ChecksDialog.Choice> {
    /** Go on to export; or show this turn (by id) instead. */
    public record Choice(boolean export, String turnId) {
    }

    private final ListView<Finding> list = new ListView<>();

    /**
     * @param ignored the keys of findings ignored before; those ignored here are added to it
     * @param toExport whether the list comes before an export (else the programme is only checked)
     */
    ChecksDialog(Window owner, Messages messages, List<Finding> findings, Set<String> ignored, boolean toExport) {
        initOwner(owner);
        setTitle(messages.text("check.title"));
        setHeaderText(messages.text("check.header", findings.size()));
        list.setId("checkFindings");
        list.getItems().setAll(findings);
        list.setPrefSize(680, 300);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Finding finding, boolean empty) {
                super.updateItem(finding, empty);
                setText(empty || finding == null ? null : describe(messages, finding));
            }
        });
        list.getSelectionModel().selectFirst();
        Button show = new Button(messages.text("check.show"));
        show.setId("checkShow");
        Button ignore = new Button(messages.text("check.ignore"));
        ignore.setId("checkIgnore");
        show.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        ignore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(event -> showSelected());
        ignore.setOnAction(event -> ignoreSelected(ignored));
        org.shilu.ui.common.ListKeys.install(list, this::showSelected, () -> ignoreSelected(ignored), this::close);
        Label hint = new Label(messages.text("check.hint"));
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, list, new HBox(8, show, ignore), hint));
        ButtonType export = new ButtonType(messages.text(toExport ? "check.export" : "check.done"),
                ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        // Enter is the list's: it shows the finding's turn. Export… is reached with Tab.
        ((Button) getDialogPane().lookupButton(export)).setDefaultButton(false);
        setResultConverter(button -> button == export && toExport ? new Choice(true, null) : null);
        // After the dialog has given the focus to its first control: the list takes the keys.
        setOnShown(event -> javafx.application.Platform.runLater(list::requestFocus));
    }

    private void showSelected() {
        Finding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null && finding.turnId() != null) {
            setResult(new Choice(false, finding.turnId()));
            close();
        }
    }

    private void ignoreSelected(Set<String> ignored) {
        Finding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null) {
            ignored.add(finding.key());
            list.getItems().remove(finding);
        }
    }

    public static Optional<Choice> ask(Window owner, Messages messages, List<Finding> findings, Set<String> ignored,
                                boolean toExport) {
        return new ChecksDialog(owner, messages, findings, ignored, toExport).showAndWait();
    }

    /** A finding in the user's words: turn numbers count from 1. */
    static String describe(Messages messages, Finding finding) {
        List<String> d = finding.details();
        int turn = finding.turnIndex() + 1;
        return switch (finding.kind()) {
            case NAME_SPELLED_TWO_WAYS -> messages.text("check.NAME_SPELLED_TWO_WAYS", turn, d.get(0), d.get(1));
            case SPEAKER_USED_ONCE, TURN_WITHOUT_TIME -> messages.text("check." + finding.kind().name(), turn, d.get(0));
            case TIME_GOES_BACK -> messages.text("check.TIME_GOES_BACK", turn, d.get(0), d.get(1));
            case MIXED_WIDTHS -> messages.text("check.MIXED_WIDTHS", turn, Integer.parseInt(d.get(0)),
                    messages.text("check.width." + d.get(1)));
            case OPEN_DOUBT -> messages.text("check.OPEN_DOUBT", turn, d.get(0), d.get(1));
            case SENSITIVE_WORD -> messages.text(d.get(1).isEmpty() ? "check.SENSITIVE_WORD" : "check.SENSITIVE_WORD.category",
                    turn, d.get(0), d.get(2), d.get(1));
        };
    }
}
