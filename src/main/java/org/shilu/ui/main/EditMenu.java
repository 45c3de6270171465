package org.shilu.ui.main;

import java.util.Optional;

import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

import org.shilu.live.LiveSession;
import org.shilu.model.Turn;
import org.shilu.model.UndoStack;
import org.shilu.store.Programme;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Messages;
import org.shilu.ui.edit.FindBar;
import org.shilu.ui.edit.StatisticsWindow;
import org.shilu.ui.edit.TurnEditor;

/**
 * The Edit menu and its keys: undo and redo with the step's name, the turn editor's actions, find
 * and replace, and the statistics.
 */
final class EditMenu {
    private final Messages messages;
    private final ActionKeys keys;
    private final MainWindowController view;
    private final UndoStack undo;
    private final TurnEditor editor;
    private final FindBar find;
    private final Stage stage;
    /** Made when first asked for: a window of its own is work the start need not do. */
    private StatisticsWindow statistics;
    private final MenuItem undoItem;
    private final MenuItem redoItem;

    EditMenu(Stage stage, Programme programme, LiveSession session, Messages messages, ActionKeys keys,
             MainWindowController view) {
        this.messages = messages;
        this.keys = keys;
        this.view = view;
        undo = new UndoStack(programme.document());
        editor = new TurnEditor(stage, programme.document(), view.turnList(), messages, view::showStatus);
        find = new FindBar(programme.document(), view.turnList(), messages, view::showStatus);
        this.stage = stage;
        view.centre().getChildren().add(0, find);
        view.useCells(find::highlight, AppAction.SPLIT_TURN.key(), editor::split, session::typingInPlace,
                editor::openingText, editor.newTurnHint());
        keys.turnList(node -> node == view.turnList());
        keys.whileFocused(node -> node.getStyleClass().contains("turn-editor"));
        editor.onAbandonedInsert(undo::undo);
        // Undoing a live commit puts its text back into the draft, so it never drops out of sight.
        keys.on(AppAction.UNDO, () -> {
            Optional<Turn> live = undo.nextUndo().flatMap(step -> org.shilu.live.LiveCommits.turnOf(step.redo()));
            if (undo.undo()) {
                view.showStatus(""); // what it said of the step undone no longer holds
                live.ifPresent(session::takeBack);
            }
        });
        Runnable redo = () -> {
            Optional<Turn> live = undo.nextRedo().flatMap(step -> org.shilu.live.LiveCommits.turnOf(step.redo()));
            if (undo.redo()) {
                view.showStatus("");
                live.ifPresent(session::dropTakenBack);
            }
        };
        keys.on(AppAction.REDO, redo);
        keys.on(AppAction.REDO_AGAIN, redo);
        keys.on(AppAction.EDIT_TURN, editor::edit);
        keys.on(AppAction.SPLIT_TURN, () -> view.showStatus(messages.text("edit.splitHow")));
        keys.on(AppAction.MERGE_TURN, editor::mergeWithNext);
        keys.on(AppAction.INSERT_AFTER, () -> editor.insert(true));
        keys.on(AppAction.INSERT_BEFORE, () -> editor.insert(false));
        keys.on(AppAction.DELETE_TURNS, editor::delete);
        keys.on(AppAction.MOVE_UP, () -> editor.move(-1));
        keys.on(AppAction.MOVE_DOWN, () -> editor.move(+1));
        keys.on(AppAction.CHANGE_SPEAKER, editor::chooseSpeaker);
        keys.on(AppAction.EDIT_TIMES, editor::editTimes);
        keys.on(AppAction.APPROVE, editor::toggleApproval);
        keys.on(AppAction.SHIFT_TIMES, editor::shiftTimes);
        keys.on(AppAction.MERGE_SPEAKERS, editor::mergeSpeakers);
        keys.on(AppAction.PUNCTUATION, () -> new org.shilu.ui.edit.PunctuationDialog(stage, programme.document(),
                messages).showAndApply());
        keys.on(AppAction.FIND, () -> find.show(false));
        keys.on(AppAction.REPLACE, () -> find.show(true));
        keys.on(AppAction.FIND_NEXT, find::next);
        keys.on(AppAction.FIND_PREVIOUS, find::previous);
        keys.on(AppAction.STATISTICS, () -> {
            if (statistics == null) {
                statistics = new StatisticsWindow(stage, programme.document(), messages);
            }
            statistics.show();
        });
        undoItem = keys.menuItem(AppAction.UNDO);
        redoItem = keys.menuItem(AppAction.REDO);
        undo.addListener(this::showSteps);
        showSteps();
    }

    TurnEditor editor() {
        return editor;
    }

    void build() {
        view.editMenu().getItems().setAll(undoItem, redoItem, new SeparatorMenuItem(),
                keys.menuItem(AppAction.EDIT_TURN), keys.menuItem(AppAction.SPLIT_TURN), keys.menuItem(AppAction.MERGE_TURN),
                keys.menuItem(AppAction.INSERT_BEFORE), keys.menuItem(AppAction.INSERT_AFTER),
                keys.menuItem(AppAction.DELETE_TURNS), keys.menuItem(AppAction.MOVE_UP), keys.menuItem(AppAction.MOVE_DOWN),
                keys.menuItem(AppAction.CHANGE_SPEAKER), keys.menuItem(AppAction.EDIT_TIMES),
                keys.menuItem(AppAction.APPROVE), keys.menuItem(AppAction.REVIEW), keys.menuItem(AppAction.MARK_PUBLISHED),
                keys.menuItem(AppAction.SHIFT_TIMES), keys.menuItem(AppAction.MERGE_SPEAKERS),
                keys.menuItem(AppAction.PUNCTUATION), keys.menuItem(AppAction.CHECK), new SeparatorMenuItem(),
                keys.menuItem(AppAction.DOUBTS), keys.menuItem(AppAction.NEXT_DOUBT), keys.menuItem(AppAction.PREVIOUS_DOUBT),
                new SeparatorMenuItem(),
                keys.menuItem(AppAction.FIND), keys.menuItem(AppAction.REPLACE), keys.menuItem(AppAction.FIND_NEXT),
                keys.menuItem(AppAction.FIND_PREVIOUS), new SeparatorMenuItem(), keys.menuItem(AppAction.STATISTICS));
    }

    /** "撤销 合并发言": the menu names the step Ctrl+Z would undo, and Ctrl+Shift+Z would redo. */
    private void showSteps() {
        undoItem.setText(undo.undoName().map(name -> messages.text("edit.undoStep", messages.text(name)))
                .orElse(messages.actionText(AppAction.UNDO)));
        undoItem.setDisable(undo.undoName().isEmpty());
        redoItem.setText(undo.redoName().map(name -> messages.text("edit.redoStep", messages.text(name)))
                .orElse(messages.actionText(AppAction.REDO)));
        redoItem.setDisable(undo.redoName().isEmpty());
    }
}
