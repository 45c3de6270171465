package org.shilu.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** One turn in the list: the speaker's label, the paragraphs, and the time it was published. */
final class TurnCell extends ListCell<Turn> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
    private final Supplier<Transcript> transcript;
    private final Label speaker = new Label();
    private final Label time = new Label();
    private final Label text = new Label();
    private final VBox box;

    TurnCell(Supplier<Transcript> transcript) {
        this.transcript = transcript;
        speaker.getStyleClass().add("turn-speaker");
        time.getStyleClass().add("turn-time");
        text.getStyleClass().add("turn-text");
        text.setWrapText(true);
        HBox top = new HBox(8, speaker, time);
        HBox.setHgrow(speaker, Priority.NEVER);
        box = new VBox(2, top, text);
        getStyleClass().add("turn-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Turn turn, boolean empty) {
        super.updateItem(turn, empty);
        if (empty || turn == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Speaker who = transcript.get().speaker(turn.speakerId()).orElse(null);
        speaker.setText(who == null ? turn.speakerId() : who.label());
        time.setText(turn.publishedAt() == null ? "" : TIME.format(turn.publishedAt()));
        text.setText(turn.text());
        if (!text.maxWidthProperty().isBound()) {
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        setGraphic(box);
    }
}
