package org.shilu.ui.desk;

import java.util.List;
import java.util.function.Function;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.model.Question;
import org.shilu.ui.common.Messages;

/** Questions about to come in (pasted or imported), as they were split, and the rows that could not be read. */
final class QuestionsPreview {
    private QuestionsPreview() {
    }

    /** True when the user takes the questions in. */
    static boolean confirm(Window owner, Messages messages, List<Question> questions, List<String> badRows,
                           Function<Question, String> describe) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("questions.preview.title"));
        dialog.setHeaderText(messages.text("questions.preview.header", questions.size()));
        ListView<String> split = new ListView<>();
        split.setId("questionPreview");
        split.getItems().setAll(questions.stream().map(describe).toList());
        split.setPrefSize(620, 240);
        VBox content = new VBox(8, split);
        if (!badRows.isEmpty()) {
            ListView<String> bad = new ListView<>();
            bad.setId("questionBadRows");
            bad.getItems().setAll(badRows);
            bad.setPrefSize(620, 120);
            content.getChildren().addAll(new Label(messages.text("questions.preview.bad", badRows.size())), bad);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType take = new ButtonType(messages.text("questions.preview.take", questions.size()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(take, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(take).setDisable(questions.isEmpty());
        return dialog.showAndWait().filter(take::equals).isPresent();
    }
}
