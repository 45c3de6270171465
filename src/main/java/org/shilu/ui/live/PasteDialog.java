package org.shilu.ui.live;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.live.PastedTurns;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/**
 * Shows how a paste of several labelled turns will be split, and to which speakers, before it is
 * committed. Enter commits them all; Esc pastes the text into the draft unsplit.
 */
final class PasteDialog extends Dialog<ButtonType> {

    PasteDialog(Window owner, PastedTurns pasted, Transcript current, Messages messages) {
        initOwner(owner);
        setTitle(messages.text("paste.title"));
        setHeaderText(messages.text("paste.header", pasted.size()));
        ListView<Turn> preview = new ListView<>();
        preview.setId("pastePreview");
        preview.getItems().setAll(pasted.turns().turns());
        preview.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Turn turn, boolean empty) {
                super.updateItem(turn, empty);
                if (empty || turn == null) {
                    setText(null);
                    return;
                }
                String label = pasted.turns().speakerOf(turn).label();
                String mark = current.speakerByLabel(label).isPresent() ? "" : " " + messages.text("paste.newSpeaker");
                String text = turn.text().replace('\n', ' ');
                setText("[" + label + "]" + mark + "  " + (text.length() > 80 ? text.substring(0, 80) + "…" : text));
            }
        });
        preview.setPrefSize(620, 260);
        VBox content = new VBox(8, preview);
        if (!pasted.leftover().isEmpty()) {
            content.getChildren().add(new Label(messages.text("paste.leftover", pasted.leftover().size())));
        }
        getDialogPane().setContent(content);
        ButtonType commit = new ButtonType(messages.text("paste.commit"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType plain = new ButtonType(messages.text("paste.plain"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(commit, plain);
        setResultConverter(button -> button);
    }

    static boolean committed(ButtonType answer) {
        return answer != null && answer.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE;
    }
}
