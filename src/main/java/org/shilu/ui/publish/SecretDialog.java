package org.shilu.ui.publish;

import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.store.PublishProfile;
import org.shilu.ui.common.Messages;

/**
 * Asks for a place's password, passphrase or secret key. The caller keeps it for the run, and in the
 * owner-only secrets file when "Remember" is ticked (off the FX thread: the dialog writes nothing).
 */
final class SecretDialog {
    private SecretDialog() {
    }

    /** The secret given, and whether to remember it. */
    record Given(String secret, boolean remember) {
    }

    static Optional<Given> ask(Window owner, Messages messages, PublishProfile place, java.nio.file.Path secretsFile) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("publish.title"));
        dialog.setHeaderText(messages.text(place.kind() == PublishProfile.Kind.S3 ? "publish.secret.s3"
                : place.keyFile() != null ? "publish.secret.passphrase" : "publish.secret.password", place.address()));
        PasswordField secret = new PasswordField();
        secret.setId("publishSecret");
        CheckBox remember = new CheckBox(messages.text("publish.secret.remember", secretsFile));
        remember.setId("publishRemember");
        dialog.getDialogPane().setContent(new VBox(8, new Label(place.name()), secret, remember));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> javafx.application.Platform.runLater(secret::requestFocus));
        return dialog.showAndWait().filter(ButtonType.OK::equals)
                .map(ok -> new Given(secret.getText(), remember.isSelected()));
    }
}
