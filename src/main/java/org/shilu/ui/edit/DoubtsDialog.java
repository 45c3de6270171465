package org.shilu.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.shilu.model.Document;
import org.shilu.model.Doubt;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/**
 * Every doubt marked in the programme, in order, with its turn, speaker and a few characters
 * around it: Enter (or Show the turn) closes the list and shows the turn; Delete takes the mark
 * away (a step of its own, undone with Ctrl+Z); Esc closes.
 */
public final class DoubtsDialog extends Dialog<String> {
    /** One marker: the turn's index and id, and the marker. */
    record Entry(int index, String turnId, Doubt doubt) {
    }

    private final ListView<Entry> list = new ListView<>();
    private final Document document;
    private final Messages messages;

    private DoubtsDialog(Window owner, Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.text("doubts.title"));
        list.setId("doubtList");
        list.setPrefSize(680, 300);
        Transcript transcript = document.transcript();
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : describe(transcript, entry));
            }
        });
        list.getItems().setAll(entries(transcript));
        setHeaderText(messages.text("doubts.header", list.getItems().size()));
        list.getSelectionModel().selectFirst();
        Button show = new Button(messages.text("doubts.show"));
        show.setId("doubtShow");
        Button clear = new Button(messages.text("doubts.clear"));
        clear.setId("doubtClear");
        show.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        clear.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(event -> showSelected());
        clear.setOnAction(event -> clearSelected());
        org.shilu.ui.common.ListKeys.install(list, this::showSelected, this::clearSelected, this::close);
        Label hint = new Label(messages.text("doubts.hint"));
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, list, new HBox(8, show, clear), hint));
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setResultConverter(button -> null);
        setOnShown(event -> javafx.application.Platform.runLater(list::requestFocus));
    }

    /** Shows the list; {@code showTurn} is given the id of the turn the user asked to see. */
    public static void show(Window owner, Document document, Messages messages, Consumer<String> showTurn) {
        Optional<String> chosen = new DoubtsDialog(owner, document, messages).showAndWait();
        chosen.ifPresent(showTurn);
    }

    static List<Entry> entries(Transcript transcript) {
        List<Entry> entries = new ArrayList<>();
        List<Turn> turns = transcript.turns();
        for (int i = 0; i < turns.size(); i++) {
            for (Doubt doubt : turns.get(i).doubts()) {
                entries.add(new Entry(i, turns.get(i).id(), doubt));
            }
        }
        return entries;
    }

    private String describe(Transcript transcript, Entry entry) {
        Turn turn = transcript.turns().get(entry.index());
        return messages.text("doubts.entry", entry.index() + 1, transcript.speakerOf(turn).label(), entry.doubt().text(),
                entry.doubt().context(turn.text(), 10));
    }

    private void showSelected() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            setResult(entry.turnId());
            close();
        }
    }

    private void clearSelected() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        int index = document.transcript().indexOfTurn(entry.turnId());
        if (index < 0) {
            return;
        }
        Turn turn = document.transcript().turns().get(index);
        List<Doubt> rest = new ArrayList<>(turn.doubts());
        if (rest.remove(entry.doubt())) {
            document.apply(new Edit.Named("step.doubt", new Edit.ReplaceTurn(index, turn.withDoubts(rest))));
        }
        int at = list.getSelectionModel().getSelectedIndex();
        list.getItems().remove(entry);
        list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
        setHeaderText(messages.text("doubts.header", list.getItems().size()));
    }

    /** F4, Shift+F4: shows the next (previous) turn with a doubt marked after turn {@code from}, going round past the end. */
    public static void showNext(boolean forward, Transcript transcript, int from, Messages messages, Consumer<String> status,
                                Consumer<String> showTurn) {
        var turns = transcript.turns();
        int at = Doubt.turnWithDoubt(turns, from, forward);
        if (at < 0) {
            status.accept(messages.text("doubt.none"));
            return;
        }
        boolean wrapped = from >= 0 && (forward ? at <= from : at >= from);
        status.accept(wrapped ? messages.text("doubt.wrapped") : "");
        showTurn.accept(turns.get(at).id());
    }
}
