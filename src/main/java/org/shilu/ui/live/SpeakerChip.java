package org.shilu.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;

import org.shilu.model.Speaker;

/** One speaker in the speaker bar: its key and label; clicking makes it current. */
final class SpeakerChip extends Label {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private SpeakerChip(int number, Speaker speaker, boolean current, Consumer<String> select) {
        super((number <= 9 ? number + "  " : "") + speaker.label());
        setId("speaker-" + speaker.id());
        getStyleClass().add("speaker-chip");
        pseudoClassStateChanged(CURRENT, current);
        if (!speaker.colour().isEmpty()) {
            setStyle("-fx-border-color: " + speaker.colour() + ";");
        }
        setOnMouseClicked(event -> select.accept(speaker.id()));
    }

    static List<SpeakerChip> all(List<Speaker> roster, Speaker current, Consumer<String> select) {
        List<SpeakerChip> chips = new ArrayList<>(roster.size());
        for (int i = 0; i < roster.size(); i++) {
            Speaker speaker = roster.get(i);
            chips.add(new SpeakerChip(i + 1, speaker, speaker.equals(current), select));
        }
        return chips;
    }
}
