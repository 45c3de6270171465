package org.shilu.ui.edit;

import java.text.NumberFormat;
import java.time.Duration;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.shilu.model.Document;
import org.shilu.model.Statistics;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Messages;

/**
 * The programme's numbers in a window of their own, kept up to date as the transcript changes, and
 * copied as text with one button.
 */
public final class StatisticsWindow {
    private final Document document;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final TextArea text = new TextArea();

    public StatisticsWindow(Window owner, Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        text.setId("statsText");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        Button copy = new Button(messages.text("stats.copy"));
        copy.setId("statsCopy");
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        HBox buttons = new HBox(copy);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(text, null, null, buttons, null);
        Scene scene = new Scene(root, 560, 360);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(messages.actionName(AppAction.STATISTICS));
        stage.setScene(scene);
        document.addListener(change -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
    }

    public void show() {
        refresh();
        stage.show();
        stage.toFront();
    }

    private void refresh() {
        text.setText(format(Statistics.of(document.transcript())));
    }

    String format(Statistics stats) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(messages.bundle().getLocale());
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", messages.text("stats.speaker"), messages.text("stats.turns"),
                messages.text("stats.characters"), messages.text("stats.punctuation"), messages.text("stats.talkTime")))
                .append('\n');
        for (Statistics.PerSpeaker s : stats.speakers()) {
            out.append(String.join("\t", s.speaker().label(), numbers.format(s.turns()), numbers.format(s.characters()),
                    numbers.format(s.punctuation()), clock(s.talkTime()))).append('\n');
        }
        out.append('\n').append(messages.text("stats.total", numbers.format(stats.turns()), numbers.format(stats.characters()),
                numbers.format(stats.punctuation()))).append('\n');
        out.append(messages.text("stats.duration", clock(stats.duration()))).append('\n');
        out.append(messages.text("stats.pace", numbers.format(Math.round(stats.charactersPerMinute())))).append('\n');
        if (stats.questions() > 0) {
            out.append(messages.text("stats.questions", stats.questions(), stats.questionsAsked(), stats.questionsSkipped()))
                    .append('\n');
        }
        out.append('\n').append(messages.text("stats.definition")).append('\n');
        return out.toString();
    }

    private static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
