package org.shilu.ui.edit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TurnEdits;
import org.shilu.ui.common.Messages;

/**
 * The editor's actions on the turns selected in the list: edit in place, split, merge, insert,
 * delete, move, change the speaker, edit and shift times, merge speakers. Each is one undoable
 * step; one that does not apply says why in the status bar.
 */
public final class TurnEditor {
    /** The turn Insert just made, until its edit ends. */
    private Turn fresh;
    private Runnable abandonInsert = () -> { };
    private Consumer<String> strayTyping = typed -> { };
    private final Window owner;
    private final Document document;
    private final ListView<Turn> list;
    private final Messages messages;
    private final Consumer<String> status;

    public TurnEditor(Window owner, Document document, ListView<Turn> list, Messages messages, Consumer<String> status) {
        this.owner = owner;
        this.document = document;
        this.list = list;
        this.messages = messages;
        this.status = status;
        list.setEditable(true);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setOnEditCommit(event -> {
            int index = event.getIndex();
            Turn edited = event.getNewValue();
            fresh = null;
            apply(() -> new Edit.Named("step.editText", new Edit.ReplaceTurn(index, edited)), index);
        });
        list.setOnEditCancel(event -> {
            // A new turn left without text was never wanted: it goes, as if Insert had not been pressed.
            Turn abandoned = fresh;
            fresh = null;
            int index = event.getIndex();
            if (abandoned != null && index >= 0 && index < list.getItems().size() && list.getItems().get(index) == abandoned) {
                javafx.application.Platform.runLater(abandonInsert);
            }
        });
        // Space would start an edit (JavaFX's list "activates" on it) after letters typed on the list
        // were dropped: an operator typing with the list focused meant the draft. Enter and F2 edit.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown() && !event.isAltDown()
                    && !event.isShiftDown() && list.getEditingIndex() < 0) {
                event.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (list.getEditingIndex() < 0 && !event.isShortcutDown() && !event.isAltDown() && !typed.isEmpty()
                    && !Character.isISOControl(typed.codePointAt(0))) {
                event.consume();
                strayTyping.accept(typed);
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown() && list.getEditingIndex() < 0) {
                event.consume();
                edit();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && list.getEditingIndex() < 0) {
                edit();
            }
        });
    }

    /** Whether the list (not the draft) has the keyboard, so that speaker keys retag the selection. */
    public boolean listHasFocus() {
        return list.isFocused();
    }

    public void edit() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            list.scrollTo(index);
            list.edit(index);
        }
    }

    public void split(int index, int caret) {
        apply(() -> TurnEdits.split(document.transcript(), index, caret), index + 1);
    }

    public void mergeWithNext() {
        int index = first();
        if (index >= 0) {
            apply(() -> TurnEdits.mergeWithNext(document.transcript(), index), index);
        }
    }

    public void delete() {
        List<Integer> chosen = selected();
        if (!chosen.isEmpty()) {
            int next = Math.min(chosen.get(0), document.transcript().turns().size() - chosen.size() - 1);
            apply(() -> TurnEdits.delete(document.transcript(), chosen), next);
        }
    }

    /** Approves the selected turns, or takes their approval back when all are approved. */
    public void toggleApproval() {
        List<Integer> chosen = selected();
        if (chosen.isEmpty()) {
            status.accept(messages.text("edit.selectFirst"));
            return;
        }
        apply(() -> TurnEdits.toggleApproval(document.transcript(), chosen), chosen.get(0));
    }

    public void move(int by) {
        int index = first();
        if (index >= 0) {
            apply(() -> TurnEdits.move(document.transcript(), index, by), index + by);
        }
    }

    /** A new turn beside the selection (at the end with none), the same speaker's, opened for typing. */
    public void insert(boolean after) {
        Transcript transcript = document.transcript();
        int index = first();
        int at = index < 0 ? transcript.turns().size() : after ? index + 1 : index;
        Turn near = index >= 0 ? transcript.turns().get(index) : null;
        String speakerId = near != null ? near.speakerId() : transcript.roster().get(0).id();
        // The model needs text in a turn: a placeholder, which the editor opens empty.
        Turn placeholder = new Turn(speakerId, List.of(messages.text("edit.newTurn")),
                near == null ? null : near.publishedAt(), near == null ? null : near.publishedAt());
        if (apply(() -> new Edit.Named("step.insert", new Edit.InsertTurn(at, placeholder)), at)) {
            fresh = document.transcript().turns().get(at); // as the transcript holds it, with its id
            edit();
        }
    }

    /** The text the in-place editor opens with: empty for a turn just inserted (its hint shows instead). */
    public String openingText(Turn turn) {
        return turn == fresh ? "" : turn.text();
    }

    /** The hint an empty editor shows. */
    public String newTurnHint() {
        return messages.text("edit.newTurnHint");
    }

    /** Where characters typed on the list (not in an editor) go: the draft, so that none is lost. */
    public void onStrayTyping(Consumer<String> draft) {
        strayTyping = draft;
    }

    /** How a new turn left without text is taken away again (the undo of its insert). */
    public void onAbandonedInsert(Runnable undoInsert) {
        abandonInsert = undoInsert;
    }

    /** Speaker key N with the list focused: the selected turns become speaker N's. */
    public void changeSpeaker(int key) {
        List<Speaker> roster = document.transcript().roster();
        if (key >= 1 && key <= roster.size()) {
            changeSpeakerTo(roster.get(key - 1).id());
        }
    }

    public void chooseSpeaker() {
        List<Integer> chosen = selected();
        if (chosen.isEmpty()) {
            status.accept(messages.text("edit.selectFirst"));
            return;
        }
        List<String> labels = document.transcript().roster().stream().map(Speaker::label).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle(messages.actionName(org.shilu.ui.common.AppAction.CHANGE_SPEAKER));
        dialog.setHeaderText(messages.text("edit.chooseSpeaker"));
        dialog.showAndWait().flatMap(label -> document.transcript().speakerByLabel(label))
                .ifPresent(speaker -> changeSpeakerTo(speaker.id()));
    }

    public void editTimes() {
        int index = first();
        if (index < 0) {
            status.accept(messages.text("edit.selectFirst"));
            return;
        }
        Turn turn = document.transcript().turns().get(index);
        new TimesDialog(owner, messages, turn, document.transcript().header().broadcastDate()).showAndWait()
                .ifPresent(times -> apply(() -> new Edit.Named("step.times",
                        new Edit.ReplaceTurn(index, turn.withTimes(times.spokenAt(), times.publishedAt()))), index));
    }

    public void shiftTimes() {
        List<Integer> chosen = selected();
        new ShiftTimesDialog(owner, messages, chosen.size()).showAndWait().ifPresent(shift -> {
            List<Integer> which = shift.selectedOnly() ? chosen : List.of();
            Duration offset = shift.offset();
            apply(() -> TurnEdits.shiftTimes(document.transcript(), which, offset), first());
        });
    }

    public void mergeSpeakers() {
        new MergeSpeakersDialog(owner, messages, document.transcript().roster()).showAndWait().ifPresent(pair ->
                apply(() -> TurnEdits.mergeSpeakers(document.transcript(), pair.from(), pair.into()), first()));
    }

    private void changeSpeakerTo(String speakerId) {
        List<Integer> chosen = selected();
        if (chosen.isEmpty()) {
            status.accept(messages.text("edit.selectFirst"));
            return;
        }
        apply(() -> TurnEdits.changeSpeaker(document.transcript(), chosen, speakerId), chosen.get(0));
        for (int i : chosen) {
            list.getSelectionModel().select(i);
        }
    }

    /** Makes the edit and applies it, then selects {@code select}; a refusal goes to the status bar. */
    private boolean apply(java.util.function.Supplier<Edit> edit, int select) {
        try {
            document.apply(edit.get());
        } catch (IllegalArgumentException refused) {
            status.accept(messages.text("edit.refused", messages.reason(refused)));
            return false;
        }
        status.accept("");
        if (select >= 0 && select < list.getItems().size()) {
            list.getSelectionModel().clearAndSelect(select);
            list.scrollTo(Math.max(0, select - 2));
        }
        list.requestFocus();
        return true;
    }

    private int first() {
        List<Integer> chosen = selected();
        return chosen.isEmpty() ? -1 : chosen.get(0);
    }

    private List<Integer> selected() {
        List<Integer> chosen = new ArrayList<>(list.getSelectionModel().getSelectedIndices());
        chosen.removeIf(i -> i < 0 || i >= list.getItems().size());
        chosen.sort(null);
        return chosen;
    }
}
