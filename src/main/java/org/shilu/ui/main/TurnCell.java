package org.shilu.ui.main;

import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * One turn in the list: the speaker's label, the paragraphs (with what Find matched marked), and
 * the time it was published. Edited in place: Ctrl+Enter or leaving the cell commits, Esc cancels,
 * and the split key splits the turn at the caret.
 */
final class TurnCell extends ListCell<Turn> {
    /** The turn pulled back into the draft with Ctrl+Up. */
    private static final javafx.css.PseudoClass UNDER_CORRECTION = javafx.css.PseudoClass.getPseudoClass("under-correction");
    private static final javafx.css.PseudoClass HEARD = javafx.css.PseudoClass.getPseudoClass("heard");
    /** A turn the journal has not got on disk: a crash would lose it. */
    private static final javafx.css.PseudoClass NOT_ON_DISK = javafx.css.PseudoClass.getPseudoClass("not-on-disk");
    private final java.util.function.Predicate<Turn> onDisk;
    private final Label notOnDisk = new Label("⚠");
    /** How the turn stands on the published page (live, pending, held), or nothing when not publishing. */
    private final java.util.function.Function<Turn, String> publishMark;
    /** The ranges of a text that hold sensitive words. */
    private final java.util.function.Function<String, java.util.List<int[]>> flagged;
    private final Label published = new Label();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
    private static final KeyCombination COMMIT = KeyCombination.valueOf("Shortcut+Enter");
    private final Supplier<Transcript> transcript;
    private final Supplier<Pattern> highlight;
    private final KeyCombination splitKey;
    private final BiConsumer<Integer, Integer> split;
    private final Label speaker = new Label();
    private final Label time = new Label();
    private final TextFlow text = new TextFlow();
    private final VBox box;
    private final java.util.function.IntSupplier correcting;
    /** The turn being heard in the recording, or -1. */
    private final java.util.function.IntSupplier heard;
    /** Told what is typed into the editor (index, text), and (-1, null) when the edit ends: the journal keeps it. */
    private final BiConsumer<Integer, String> typingInPlace;
    private final java.util.function.Function<Turn, String> openingText;
    private final String emptyHint;
    private TextArea editor;
    /** The doubts marked in the editor's text, following it as it is typed. */
    private java.util.List<org.shilu.model.Doubt> editorDoubts = java.util.List.of();
    private org.shilu.ui.common.TextMarks editorMarks;

    TurnCell(Supplier<Transcript> transcript, Supplier<Pattern> highlight, KeyCombination splitKey,
             BiConsumer<Integer, Integer> split, java.util.function.IntSupplier correcting,
             BiConsumer<Integer, String> typingInPlace, java.util.function.Function<Turn, String> openingText,
             String emptyHint, java.util.function.Predicate<Turn> onDisk,
             java.util.function.Function<Turn, String> publishMark,
             java.util.function.Function<String, java.util.List<int[]>> flagged, java.util.function.IntSupplier heard) {
        this.flagged = flagged;
        this.heard = heard;
        this.onDisk = onDisk;
        this.publishMark = publishMark;
        this.openingText = openingText;
        this.emptyHint = emptyHint;
        this.transcript = transcript;
        this.correcting = correcting;
        this.typingInPlace = typingInPlace;
        this.highlight = highlight;
        this.splitKey = splitKey;
        this.split = split;
        speaker.getStyleClass().add("turn-speaker");
        time.getStyleClass().add("turn-time");
        text.getStyleClass().add("turn-text");
        notOnDisk.getStyleClass().add("turn-not-on-disk");
        notOnDisk.setVisible(false);
        notOnDisk.setManaged(false);
        published.getStyleClass().add("turn-publish-mark");
        published.setManaged(false);
        HBox top = new HBox(8, speaker, time, notOnDisk, published);
        HBox.setHgrow(speaker, Priority.NEVER);
        box = new VBox(2, top, text);
        getStyleClass().add("turn-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Turn turn, boolean empty) {
        super.updateItem(turn, empty);
        pseudoClassStateChanged(UNDER_CORRECTION, !empty && turn != null && getIndex() == correcting.getAsInt());
        pseudoClassStateChanged(HEARD, !empty && turn != null && getIndex() == heard.getAsInt());
        if (empty || turn == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Speaker who = transcript.get().speaker(turn.speakerId()).orElse(null);
        speaker.setText(who == null ? turn.speakerId() : who.label());
        time.setText(turn.publishedAt() == null ? "" : TIME.format(turn.publishedAt()));
        boolean lost = !onDisk.test(turn);
        pseudoClassStateChanged(NOT_ON_DISK, lost);
        notOnDisk.setVisible(lost);
        notOnDisk.setManaged(lost);
        showPublishMark(turn);
        showText(turn.text(), turn.doubts());
        if (!text.maxWidthProperty().isBound()) {
            text.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            text.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        box.getChildren().set(1, isEditing() && editor != null ? editorMarks.pane() : text);
        setGraphic(box);
    }

    /** Shows how the turn stands on the published page; alone, it changes nothing else in the cell. */
    void showPublishMark() {
        if (!isEmpty() && getItem() != null) {
            showPublishMark(getItem());
        }
    }

    private void showPublishMark(Turn turn) {
        String mark = publishMark.apply(turn);
        if (!java.util.Objects.equals(mark, published.getText())) {
            published.setText(mark);
        }
        published.setVisible(mark != null);
        published.setManaged(mark != null);
    }

    /** The marks over the in-place editor: its doubts, and the sensitive words in {@code typed}. */
    private java.util.List<org.shilu.ui.common.TextMarks.Mark> marksInEditor(String typed) {
        return org.shilu.ui.common.TextMarks.of(editorDoubts, flagged.apply(typed));
    }

    /** The text, its doubts and sensitive words highlighted, with every match of the find bar's pattern marked. */
    private void showText(String value, java.util.List<org.shilu.model.Doubt> doubts) {
        text.getChildren().clear();
        java.util.List<int[]> doubted = doubts.stream().map(d -> new int[] {d.start(), d.end()}).toList();
        for (org.shilu.model.MarkedRun run : org.shilu.model.MarkedRun.of(value.length(), doubted, flagged.apply(value))) {
            String piece = value.substring(run.start(), run.end());
            if (run.kinds() == 0) {
                showRun(piece);
                continue;
            }
            Label marked = new Label(piece);
            if ((run.kinds() & org.shilu.model.MarkedRun.DOUBT) != 0) {
                marked.getStyleClass().add("doubt-run");
            }
            if ((run.kinds() & org.shilu.model.MarkedRun.FLAGGED) != 0) {
                marked.getStyleClass().add("sensitive-run");
            }
            text.getChildren().add(marked);
        }
    }

    private void showRun(String value) {
        Pattern pattern = highlight.get();
        if (pattern == null) {
            text.getChildren().add(plain(value));
            return;
        }
        Matcher matcher = pattern.matcher(value);
        int at = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            text.getChildren().add(plain(value.substring(at, matcher.start())));
            Text match = new Text(value.substring(matcher.start(), matcher.end()));
            match.getStyleClass().addAll("turn-text-run", "find-match");
            text.getChildren().add(match);
            at = matcher.end();
        }
        text.getChildren().add(plain(value.substring(at)));
    }

    private static Text plain(String value) {
        Text run = new Text(value);
        run.getStyleClass().add("turn-text-run");
        return run;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing() || getItem() == null) {
            return;
        }
        editor = new TextArea(openingText.apply(getItem()));
        editor.setPromptText(emptyHint);
        editor.setId("turnEditor");
        editor.getStyleClass().add("turn-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(Math.min(12, Math.max(2, getItem().text().length() / 40 + getItem().paragraphs().size())));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
        int editing = getIndex();
        editorDoubts = editor.getText().equals(getItem().text()) ? getItem().doubts() : java.util.List.of();
        editorMarks = org.shilu.ui.common.TextMarks.over(editor, () -> marksInEditor(editor.getText()));
        editor.textProperty().addListener((o, was, now) -> {
            editorDoubts = org.shilu.model.Doubt.follow(editorDoubts, was, now);
            typingInPlace.accept(editing, now);
        });
        editor.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && isEditing()) {
                commit();
            }
        });
        box.getChildren().set(1, editorMarks.pane());
        editor.requestFocus();
        editor.end();
    }

    private void editorKey(KeyEvent event) {
        if (COMMIT.match(event)) {
            event.consume();
            commit();
        } else if (org.shilu.ui.common.AppAction.DOUBT.key().match(event)) {
            event.consume();
            editorDoubts = org.shilu.model.Doubt.toggle(editorDoubts, editor.getText(), editor.getAnchor(), editor.getCaretPosition());
            editorMarks.changed();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            cancelEdit();
            getListView().requestFocus();
        } else if (splitKey.match(event)) {
            event.consume();
            int index = getIndex();
            int caret = editor.getCaretPosition();
            cancelEdit();
            getListView().requestFocus();
            split.accept(index, caret);
        }
    }

    private void commit() {
        typingInPlace.accept(-1, null);
        Turn turn = getItem();
        java.util.List<String> paragraphs = Turn.paragraphsOf(editor.getText());
        java.util.List<org.shilu.model.Doubt> doubts = org.shilu.model.Doubt.follow(editorDoubts, editor.getText(),
                String.join("\n", paragraphs));
        if (paragraphs.isEmpty() || paragraphs.equals(turn.paragraphs()) && doubts.equals(turn.doubts())) {
            cancelEdit();
        } else {
            commitEdit(turn.withParagraphs(paragraphs).withDoubts(doubts));
        }
        if (getListView() != null) {
            getListView().requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        typingInPlace.accept(-1, null);
        super.cancelEdit();
        editor = null;
        editorMarks = null;
        box.getChildren().set(1, text);
    }
}
