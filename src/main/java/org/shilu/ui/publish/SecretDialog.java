package org.shilu.ui.publish;

import java.io.IOException;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.store.PublishProfile;
import org.shilu.store.Secrets;
import org.shilu.ui.common.Messages;

/** Asks for a place's password or secret key, once per run; "Remember" keeps it in the owner-only secrets file. */
final class SecretDialog {
    private SecretDialog() {
    }

    static Optional<String> ask(Window owner, Messages messages, PublishProfile place, Secrets secrets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("publish.title"));
        dialog.setHeaderText(messages.text(place.kind() == PublishProfile.Kind.S3 ? "publish.secret.s3"
                : place.keyFile() != null ? "publish.secret.passphrase" : "publish.secret.password", place.address()));
        PasswordField secret = new PasswordField();
        secret.setId("publishSecret");
        CheckBox remember = new CheckBox(messages.text("publish.secret.remember", secrets.file()));
        remember.setId("publishRemember");
        dialog.getDialogPane().setContent(new VBox(8, new Label(place.name()), secret, remember));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setOnShown(event -> javafx.application.Platform.runLater(secret::requestFocus));
        Optional<String> given = dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> secret.getText());
        if (given.isPresent() && remember.isSelected()) {
            try {
                secrets.remember(place.secretName(), given.get());
            } catch (IOException e) {
                // Used for this run all the same; asked again next time.
            }
        }
        return given;
    }
}
