package org.shilu.ui.common;

import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's standard questions and error reports, worded from the message bundle. */
public final class Dialogs {
    private Alert lastError;

    /** What to do with unsaved work before it would be lost. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private final Messages messages;

    public Dialogs(Messages messages) {
        this.messages = messages;
    }

    /** A failure as the user reads it: the file, and what went wrong with it. */
    public String describe(Exception failure) {
        if (failure instanceof org.shilu.format.BadInputException bad) {
            String reason = bad.reasonKey() != null && messages.bundle().containsKey(bad.reasonKey())
                    ? messages.text(bad.reasonKey(), bad.reasonValues()) : bad.reason();
            if (bad.line() > 0) {
                return messages.text("input.atLine", bad.source(), bad.line(), reason);
            }
            if (bad.byteOffset() >= 0) {
                return messages.text("input.atByte", bad.source(), bad.byteOffset(), reason);
            }
            return messages.text("input.inSource", bad.source(), reason);
        }
        if (failure instanceof org.shilu.store.ProjectDiskGoneException e) {
            return messages.text("error.diskGone", e.folder());
        }
        if (failure instanceof java.nio.file.NoSuchFileException e) {
            return messages.text("error.noSuchFile", e.getFile());
        }
        if (failure instanceof java.nio.file.AccessDeniedException e) {
            return messages.text("error.accessDenied", e.getFile());
        }
        if (failure instanceof java.nio.file.FileSystemException e && e.getReason() != null) {
            return messages.text("error.fileSystem", e.getFile(), e.getReason());
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    /** A notice in the window's language; failures among its values are described as above. */
    public String describe(org.shilu.store.Notice notice) {
        if (!messages.bundle().containsKey(notice.key())) {
            return notice.english();
        }
        Object[] values = notice.values().stream()
                .map(value -> value instanceof Exception e ? describe(e) : value).toArray();
        return messages.text(notice.key(), values);
    }

    /** An error message that does not wait: typing goes on behind it. */
    public void error(Window owner, String title, String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.ERROR, detail, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.show();
        lastError = alert;
    }

    /** Runs {@code then} once the error message shown last has been closed (at once if none is up). */
    public void afterTheErrorIsRead(Runnable then) {
        if (lastError != null && lastError.isShowing()) {
            lastError.showingProperty().addListener((o, was, showing) -> {
                if (!showing) {
                    then.run();
                }
            });
        } else {
            then.run();
        }
    }

    /** Asks before typed text is lost; the default button keeps it. */
    public boolean confirmDiscard(Window owner, String header, String detail) {
        return confirm(owner, header, detail, messages.text("dialog.discard"), messages.text("dialog.keep"));
    }

    /** A yes-or-no question whose safe answer, {@code no}, is the default button. */
    public boolean confirm(Window owner, String header, String detail, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, noButton, yesButton);
        alert.initOwner(owner);
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(header);
        ((Button) alert.getDialogPane().lookupButton(yesButton)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(noButton)).setDefaultButton(true);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    public UnsavedChoice askToSave(Window owner, String programmeName) {
        ButtonType save = new ButtonType(messages.text("dialog.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.text("dialog.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.text("unsaved.detail"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(messages.text("unsaved.header", programmeName));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return UnsavedChoice.CANCEL;
        }
        return answer.get() == save ? UnsavedChoice.SAVE : UnsavedChoice.DISCARD;
    }
}
