package org.shilu.ui.live;

import java.util.ResourceBundle;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The operator's corner of the window, laid out: the speaker bar, the current speaker shown large
 * beside the draft, and the strip of term suggestions. Built in code rather than read from a
 * layout file: reading one (an XML parser and reflection, all cold) took about 200 ms of the event
 * thread at every start.
 */
public final class LiveEntryView {
    final VBox root = new VBox(6);
    final HBox speakerBar = new HBox(6);
    final Label correctionBanner = new Label();
    final Label currentKey = new Label();
    final Label currentSpeaker = new Label();
    final DraftArea draft = new DraftArea();
    final HBox suggestionStrip = new HBox(12);

    public LiveEntryView(ResourceBundle texts) {
        root.setId("liveEntry");
        root.getStyleClass().add("live-entry");
        root.setPadding(new Insets(8, 10, 8, 10));
        named(speakerBar, "speakerBar", "speaker-bar");
        named(correctionBanner, "correctionBanner", "correction-banner");
        correctionBanner.setText(texts.getString("live.correcting"));
        correctionBanner.setMaxWidth(Double.MAX_VALUE);
        named(currentKey, "currentKey", "current-key");
        named(currentSpeaker, "currentSpeaker", "current-speaker");
        currentSpeaker.setWrapText(true);
        VBox speakerBox = new VBox(2, currentKey, currentSpeaker);
        speakerBox.getStyleClass().add("current-speaker-box");
        speakerBox.setMinWidth(150);
        speakerBox.setPrefWidth(170);
        draft.setId("draft");
        draft.setPromptText(texts.getString("live.prompt"));
        HBox.setHgrow(draft, Priority.ALWAYS);
        named(suggestionStrip, "suggestionStrip", "term-suggestions");
        root.getChildren().setAll(speakerBar, correctionBanner, new HBox(10, speakerBox, draft), suggestionStrip);
    }

    /** The corner's outermost pane, to be placed in the window. */
    public VBox root() {
        return root;
    }

    private static void named(javafx.scene.Node node, String id, String styleClass) {
        node.setId(id);
        node.getStyleClass().add(styleClass);
    }
}
