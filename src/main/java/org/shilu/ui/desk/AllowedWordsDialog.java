package org.shilu.ui.desk;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Messages;

/** The programme's allowed words, a word or phrase on each line: a listed word inside one is never flagged here. */
final class AllowedWordsDialog {
    private AllowedWordsDialog() {
    }

    static Optional<List<String>> show(Window owner, Messages messages, List<String> allowed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.actionName(AppAction.ALLOWED_WORDS));
        dialog.setHeaderText(messages.text("words.allowed.header"));
        TextArea words = new TextArea(String.join("\n", allowed));
        words.setId("allowedWords");
        words.setPrefSize(420, 240);
        dialog.getDialogPane().setContent(new VBox(8, words, new Label(messages.text("words.allowed.hint"))));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> javafx.application.Platform.runLater(words::requestFocus));
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(ok -> words.getText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }
}
