package org.shilu.ui.share;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.model.Turn;
import org.shilu.share.SharedStore;
import org.shilu.share.TurnWrite;
import org.shilu.ui.common.Messages;

/**
 * Two seats changed one turn: both texts side by side, and the choice of mine, theirs, or the
 * text in the box below (mine to start with, to merge by hand). Nothing is dropped until the user
 * chooses, and the dialog asks until they do: meanwhile the turn keeps mine here, and neither
 * seat's later change to it is sent or taken in.
 */
final class ConflictDialog {
    private ConflictDialog() {
    }

    /** The turn the user chose (empty only for a clash that is not a changed turn's). */
    static Optional<Turn> ask(Window owner, Messages messages, SharedStore.Conflict conflict) {
        Turn mine = conflict.mine() instanceof TurnWrite.Update update ? update.turn() : null;
        if (mine == null) {
            return Optional.empty();
        }
        boolean deleted = conflict.theirs() == null || conflict.theirs().deleted();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("share.conflict.title"));
        dialog.setHeaderText(messages.text(deleted ? "share.conflict.deleted" : "share.conflict.header",
                conflict.theirs() == null ? "" : conflict.theirs().seat()));
        TextArea theirs = box("conflictTheirs", deleted ? messages.text("share.conflict.gone") : conflict.theirs().turn().text(), false);
        TextArea merged = box("conflictMerged", mine.text(), true);
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.text("share.conflict.theirs")), theirs,
                new Label(messages.text("share.conflict.mine")), box("conflictMine", mine.text(), false),
                new Label(messages.text("share.conflict.merged")), merged));
        ButtonType keepMerged = new ButtonType(messages.text("share.conflict.keepMerged"), ButtonBar.ButtonData.OK_DONE);
        ButtonType takeTheirs = new ButtonType(messages.text("share.conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(keepMerged); // no Cancel: the clash holds the turn until settled
        if (!deleted) {
            dialog.getDialogPane().getButtonTypes().add(takeTheirs);
        }
        dialog.getDialogPane().lookupButton(keepMerged).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> Turn.paragraphsOf(merged.getText()).isEmpty(),
                        merged.textProperty()));
        return dialog.showAndWait().flatMap(button -> {
            if (button == takeTheirs) {
                return Optional.of(conflict.theirs().turn());
            }
            return Optional.of(mine.withParagraphs(Turn.paragraphsOf(merged.getText())));
        });
    }

    private static TextArea box(String id, String text, boolean editable) {
        TextArea box = new TextArea(text);
        box.setId(id);
        box.setEditable(editable);
        box.setWrapText(true);
        box.setPrefRowCount(3);
        return box;
    }
}
