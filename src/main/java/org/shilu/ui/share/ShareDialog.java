package org.shilu.ui.share;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.shilu.share.SeatRole;
import org.shilu.share.ShareAddress;
import org.shilu.ui.common.Messages;

/**
 * Where the shared database is and who logs in, for File → Share programme… and File → Join
 * shared programme…: host, port, database, user, password, TLS, this seat's role, and either the
 * database users to let in (sharing) or the programme's id (joining). A value that is wrong is
 * said under the fields and the dialog stays open.
 */
final class ShareDialog {
    /** What was asked for. */
    record Request(ShareAddress address, String password, boolean remember, SeatRole role, List<String> letIn,
                   SeatRole letInAs, UUID programme) {
    }

    private ShareDialog() {
    }

    static Optional<Request> ask(Window owner, Messages messages, boolean joining, ShareAddress last) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text(joining ? "share.join.title" : "share.title"));
        dialog.setHeaderText(messages.text(joining ? "share.join.header" : "share.header"));
        TextField host = field("shareHost", last == null ? "" : last.host());
        TextField port = field("sharePort", last == null ? "5432" : String.valueOf(last.port()));
        TextField database = field("shareDatabase", last == null ? "shilu" : last.database());
        TextField user = field("shareUser", last == null ? System.getProperty("user.name", "") : last.user());
        PasswordField password = new PasswordField();
        password.setId("sharePassword");
        ChoiceBox<String> tls = new ChoiceBox<>();
        tls.setId("shareTls");
        tls.getItems().setAll("verify-full", "require", "prefer", "disable");
        tls.getSelectionModel().select(last == null ? "verify-full" : last.sslMode());
        ChoiceBox<SeatRole> role = roles("shareRole", SeatRole.OPERATOR, messages);
        ChoiceBox<SeatRole> letInAs = roles("shareLetInAs", SeatRole.PROOFREADER, messages);
        TextField extra = field(joining ? "shareProgramme" : "shareLetIn", "");
        CheckBox remember = new CheckBox(messages.text("share.remember"));
        remember.setId("shareRemember");
        Label problem = new Label();
        problem.setId("shareProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        // A seat that joins has the role the programme's access list gives it.
        Object[][] lines = joining ? new Object[][] {{"share.host", host}, {"share.port", port}, {"share.database", database},
                {"share.user", user}, {"share.password", password}, {"share.tls", tls}, {"share.programme", extra}}
                : new Object[][] {{"share.host", host}, {"share.port", port}, {"share.database", database},
                {"share.user", user}, {"share.password", password}, {"share.tls", tls}, {"share.role", role},
                {"share.letIn", extra}, {"share.letInAs", letInAs}};
        for (Object[] line : lines) {
            Label label = new Label(messages.text((String) line[0]));
            label.setLabelFor((javafx.scene.Node) line[1]);
            grid.addRow(row++, label, (javafx.scene.Node) line[1]);
        }
        grid.add(remember, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Request[] made = new Request[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                ShareAddress address = new ShareAddress(host.getText().strip(), Integer.parseInt(port.getText().strip()),
                        database.getText().strip(), user.getText().strip(), tls.getValue(), null);
                if (address.host().isEmpty() || address.database().isEmpty() || address.user().isEmpty()) {
                    throw new IllegalArgumentException(messages.text("share.problem.empty"));
                }
                UUID programme = joining ? UUID.fromString(extra.getText().strip()) : null;
                List<String> letIn = joining ? List.of() : Arrays.stream(extra.getText().split("[,，\\s]+"))
                        .map(String::strip).filter(name -> !name.isEmpty()).toList();
                made[0] = new Request(address, password.getText(), remember.isSelected(), role.getValue(), letIn,
                        letInAs.getValue(), programme);
            } catch (IllegalArgumentException e) {
                problem.setText(e instanceof NumberFormatException ? messages.text("share.problem.port", port.getText())
                        : joining && e.getMessage() != null && e.getMessage().contains("UUID")
                        ? messages.text("share.problem.programme", extra.getText()) : e.getMessage());
                event.consume();
            }
        });
        dialog.setOnShown(event -> javafx.application.Platform.runLater(
                () -> (host.getText().isEmpty() ? host : password).requestFocus()));
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> made[0]);
    }

    private static ChoiceBox<SeatRole> roles(String id, SeatRole chosen, Messages messages) {
        ChoiceBox<SeatRole> role = new ChoiceBox<>();
        role.setId(id);
        role.getItems().setAll(SeatRole.values());
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(SeatRole value) {
                return value == null ? "" : messages.text("share.role." + value.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SeatRole fromString(String text) {
                return null;
            }
        });
        role.getSelectionModel().select(chosen);
        return role;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }
}
