package org.shilu.ui.main;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.shilu.live.LiveSession;
import org.shilu.live.StudioClock;
import org.shilu.model.Edit;
import org.shilu.model.Header;
import org.shilu.model.Transcript;
import org.shilu.model.TranscriptChange;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.ui.common.ListPatch;
import org.shilu.ui.common.Messages;

/**
 * Binds the main window's controls to the programme: the header fields, the turn list (newest at
 * the bottom, following new turns), and the status bar with the on-air clock.
 */
public final class MainWindowController {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Programme programme;
    private final StudioClock clock;
    private final Messages messages;
    private final Label clockLabel = new Label();
    private final Label elapsedLabel = new Label();
    private final Label countsLabel = new Label();
    private final Label saveLabel = new Label();
    private long characters;

    private final MainWindowView view;
    private final NewestInView newest;

    MainWindowController(Programme programme, StudioClock clock, Messages messages, MainWindowView view) {
        this.programme = programme;
        this.clock = clock;
        this.messages = messages;
        this.view = view;
        newest = new NewestInView(view.turnList);
        view.turnList.getItems().setAll(programme.document().transcript().turns());
        programme.document().addListener(this::show);
        view.heading.setOnAction(event -> commitHeader());
        view.programmeTitle.setOnAction(event -> commitHeader());
        view.broadcastDate.setOnAction(event -> commitHeader());
        view.heading.focusedProperty().addListener((o, was, is) -> commitHeaderWhenLeft(is));
        view.programmeTitle.focusedProperty().addListener((o, was, is) -> commitHeaderWhenLeft(is));
        view.sectionLabel.setOnAction(event -> commitHeader());
        view.sectionLabel.focusedProperty().addListener((o, was, is) -> commitHeaderWhenLeft(is));
        clockLabel.setId("studioClock");
        elapsedLabel.setId("elapsed");
        countsLabel.setId("counts");
        saveLabel.setId("saveState");
        view.statusBar.setText("");
        for (Label item : List.of(countsLabel, elapsedLabel, clockLabel, saveLabel)) {
            item.getStyleClass().add("status-item");
        }
        view.statusBar.getRightItems().setAll(countsLabel, new Separator(Orientation.VERTICAL), elapsedLabel,
                new Separator(Orientation.VERTICAL), clockLabel);
        view.statusBar.getLeftItems().setAll(saveLabel);
        showHeader(programme.document().transcript().header());
        characters = characterCount(programme.document().transcript().turns());
        showCounts(programme.document().transcript());
        Timeline ticking = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        ticking.play();
        tick();
    }

    /**
     * How the list draws turns: with the find bar's matches marked, and the split key handed to the
     * in-place editor.
     */
    void useCells(java.util.function.Supplier<java.util.regex.Pattern> highlight,
                  javafx.scene.input.KeyCombination splitKey, java.util.function.BiConsumer<Integer, Integer> split,
                  java.util.function.BiConsumer<Integer, String> typingInPlace,
                  java.util.function.Function<Turn, String> openingText, String emptyHint) {
        view.turnList.setCellFactory(list -> {
            TurnCell cell = new TurnCell(() -> programme.document().transcript(), highlight, splitKey, split,
                    () -> correcting, typingInPlace, openingText, emptyHint, turn -> onDisk == null || onDisk.test(turn),
                    turn -> publishMark.apply(turn), text -> flagged.apply(text), () -> heard);
            cells.add(cell);
            return cell;
        });
    }

    private java.util.function.Function<String, List<int[]>> flagged = text -> List.of();
    private int heard = -1;

    /** Marks the turn being heard in the recording (-1: none). */
    public void markHeard(int index) {
        if (index != heard) {
            heard = index;
            cells.forEach(cell -> cell.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("heard"),
                    !cell.isEmpty() && cell.getIndex() == index));
        }
    }

    /** Marks the ranges of each turn's text that {@code ranges} finds (sensitive words); the list is drawn again. */
    public void markFlagged(java.util.function.Function<String, List<int[]>> ranges) {
        flagged = ranges;
        view.turnList.refresh();
    }

    /** The list's cells, to change their publishing marks alone: redrawing every cell costs a commit's time. */
    private final java.util.Set<TurnCell> cells = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /** Marks each turn as the published page has it; the list is drawn again when the marks change. */
    void markPublishing(java.util.function.Function<Turn, String> marks) {
        publishMark = marks;
    }

    void refreshPublishMarks() {
        cells.forEach(TurnCell::showPublishMark);
    }

    private java.util.function.Function<Turn, String> publishMark = turn -> null;

    void addStatusItem(javafx.scene.Node item) {
        view.statusBar.getLeftItems().add(item);
    }

    /**
     * Marks the turn under correction (-1: none) and brings it into view, so the operator sees
     * which turn Ctrl+Enter will put back.
     */
    void showCorrection(int index) {
        if (index == correcting) {
            return;
        }
        correcting = index;
        view.turnList.refresh();
        bringIntoView(index);
        if (!keepingCorrectionInView) {
            // The draft grows with the corrected text and takes height from the list: scroll again.
            keepingCorrectionInView = true;
            view.turnList.heightProperty().addListener((o, was, now) -> bringIntoView(correcting));
        }
    }

    private void bringIntoView(int index) {
        if (index < 0) {
            return;
        }
        if (index == view.turnList.getItems().size() - 1) {
            newest.follow(index, false);
        } else {
            view.turnList.scrollTo(index);
        }
    }

    private boolean keepingCorrectionInView;

    ListView<Turn> turnList() {
        return view.turnList;
    }

    /** The column holding the turn list; the find bar goes at its top. */
    javafx.scene.layout.VBox centre() {
        return view.centre;
    }

    /** The in-window bar for warnings that must stay in view without taking the keyboard. */
    NotificationPane notifications() {
        return view.notifications;
    }

    Menu editMenu() {
        return view.editMenu;
    }

    /**
     * Marks the turns that are not on disk (null: all are; {@code notOnDisk} of them are not), so the
     * operator sees what a crash would cost.
     */
    void markTurnsNotOnDisk(java.util.function.Predicate<Turn> isOnDisk, int notOnDisk) {
        // The test is live: a turn added or changed is drawn marked or not by itself; the cells
        // already drawn change only when the count does.
        boolean changed = (onDisk == null) != (isOnDisk == null) || notOnDisk != markedNotOnDisk;
        onDisk = isOnDisk;
        markedNotOnDisk = notOnDisk;
        if (changed) {
            view.turnList.refresh();
        }
    }

    private java.util.function.Predicate<Turn> onDisk;
    private int markedNotOnDisk;

    void showSaveState(String text) {
        saveLabel.setText(text);
    }

    void showStatus(String text) {
        view.statusBar.setText(text);
    }

    void showProgress(boolean busy) {
        view.statusBar.setProgress(busy ? -1 : 0);
    }

    private int correcting = -1;

    private void show(TranscriptChange change) {
        Transcript before = change.before();
        Transcript after = change.after();
        // Another seat's new turns are followed only by a list that shows the end: a proof-reader
        // reading older turns is not pulled down by each of the typist's commits.
        boolean appended = after.turns().size() > before.turns().size()
                && (!(change.edit() instanceof Edit.Remote) || newest.showsTheEnd(before.turns().size()));
        ListPatch.Change<Turn> patched = ListPatch.apply(view.turnList.getItems(), after.turns());
        if (before.roster() != after.roster()) {
            view.turnList.refresh();
        }
        if (before.header() != after.header()) {
            showHeader(after.header());
        }
        characters += characterCount(patched.added()) - characterCount(patched.removed());
        showCounts(after);
        if (appended && !(change.edit() instanceof Edit.ReplaceTranscript)) {
            int kept = before.turns().size();
            // turns added after all the turns there were: a commit or a paste, not a split
            boolean addedAtTheEnd = kept == 0 || after.turns().get(kept - 1) == before.turns().get(kept - 1);
            newest.follow(after.turns().size() - 1, addedAtTheEnd);
        }
        tick();
    }

    private static long characterCount(List<Turn> turns) {
        long total = 0;
        for (Turn turn : turns) {
            total += turn.characterCount();
        }
        return total;
    }

    /** Counts follow the list's changes, so a commit costs the same at 10 turns as at 5,000. */
    private void showCounts(Transcript transcript) {
        countsLabel.setText(messages.text("status.counts", transcript.turns().size(), characters));
    }

    private void tick() {
        LocalDateTime now = clock.now();
        clockLabel.setText(messages.text("status.clock", CLOCK.format(now)));
        LiveSession.OnAir from = onAir.get();
        if (from == null || from.since().isAfter(now)) {
            elapsedLabel.setText(messages.text("status.elapsed.none", "--:--:--"));
        } else {
            long seconds = java.time.Duration.between(from.since(), now).toSeconds();
            elapsedLabel.setText(messages.text(from.setByOperator() ? "status.elapsed.onAir" : "status.elapsed.typed",
                    String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)));
        }
    }

    private java.util.function.Supplier<LiveSession.OnAir> onAir = () -> null;

    /** Elapsed time counts from the on-air start the live session knows. */
    void countElapsedFrom(java.util.function.Supplier<LiveSession.OnAir> onAir) {
        this.onAir = onAir;
        tick();
    }

    /** Header fields commit on Enter or on leaving them, so a change arriving here is never half-typed. */
    private void showHeader(Header header) {
        if (!view.heading.getText().equals(header.heading())) {
            view.heading.setText(header.heading());
        }
        if (!view.programmeTitle.getText().equals(header.programme())) {
            view.programmeTitle.setText(header.programme());
        }
        if (!view.sectionLabel.getText().equals(header.sectionLabel())) {
            view.sectionLabel.setText(header.sectionLabel());
        }
        view.broadcastDate.setValue(header.broadcastDate());
    }

    private void commitHeaderWhenLeft(boolean focused) {
        if (!focused) {
            commitHeader();
        }
    }

    private void commitHeader() {
        Header current = programme.document().transcript().header();
        Header edited = new Header(view.heading.getText().replace('\n', ' '), view.programmeTitle.getText().replace('\n', ' '),
                view.sectionLabel.getText().replace('\n', ' '), view.broadcastDate.getValue(), current.introduction());
        if (!edited.equals(current)) {
            programme.document().apply(new Edit.ChangeHeader(edited));
        }
    }
}
