package org.shilu.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.shilu.format.JournalCodec.Base;
import org.shilu.format.Project;
import org.shilu.live.LiveSession;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Journal;
import org.shilu.store.Notice;
import org.shilu.store.OpenElsewhereException;
import org.shilu.store.Programme;
import org.shilu.store.Recovery;
import org.shilu.store.Safekeeper;
import org.shilu.store.Claim;
import org.shilu.store.UserFolders;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.WarningBar;

/**
 * The window's side of keeping work safe: each programme shown gets its journal, what a crash left
 * is offered back, the draft is journalled every second, and a failing disk is shown until it mends.
 */
final class Keeping {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Stage stage;
    private final Programme programme;
    private final LiveSession session;
    private final Safekeeper keeper;
    private final UserFolders folders;
    private final Messages messages;
    private final Dialogs dialogs;
    private final MainWindowController view;
    private final Timeline ticker;
    private Runnable saveElsewhere = () -> { };
    private Runnable retrySave = () -> { };
    private boolean warned;
    private Exception saveFailure;
    private int ticks;

    Keeping(Stage stage, Programme programme, LiveSession session, Safekeeper keeper, UserFolders folders,
            Messages messages, Dialogs dialogs, MainWindowController view) {
        this.stage = stage;
        this.programme = programme;
        this.session = session;
        this.keeper = keeper;
        this.folders = folders;
        this.messages = messages;
        this.dialogs = dialogs;
        this.view = view;
        keeper.keepSecondCopiesIn(folders.journals());
        keeper.addListener(this::showHealth);
        programme.document().addListener(change -> showHealth());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        // A window hidden without closing (the session ends, the toolkit stops) leaves its journal for recovery.
        stage.showingProperty().addListener((observable, was, showing) -> {
            if (!showing) {
                ticker.stop();
                keeper.release(false);
            }
        });
    }

    /** What to offer when the disk fails, and how to retry a save that failed. */
    void onFailure(Runnable saveElsewhere, Runnable retrySave) {
        this.saveElsewhere = saveElsewhere;
        this.retrySave = retrySave;
    }

    /**
     * Whether {@link #show} would show a programme of this project file (null: one without) asking
     * nothing: neither a journal nor a lock stands beside the file, a crash's or another window's.
     */
    boolean asksNothingShowing(Path file) {
        return file == null || !Journal.isLeftOrHeld(Journal.besideProject(file));
    }

    /**
     * Puts {@code project} in the window with its journal, offering back what a crash left in that
     * journal. Returns false, with a message, when another Shilu has the programme open.
     */
    boolean show(Project project, Path file, String sha256) {
        Path journal = file != null ? Journal.besideProject(file) : Journal.untitled(folders, LocalDateTime.now());
        Claim claim;
        try {
            claim = keeper.claim(journal);
        } catch (OpenElsewhereException e) {
            dialogs.error(stage, messages.text("elsewhere.title"), messages.text("elsewhere.header"),
                    messages.text("elsewhere.detail", file != null ? file : journal));
            return false;
        }
        if (claim.offersRecovery() && askToRestore(claim.recovery())) {
            restore(claim, file);
            return true;
        }
        keeper.release(true);
        programme.replace(project, file);
        Base base = file != null && sha256 != null ? Base.savedAs(file.getFileName().toString(), sha256)
                : Safekeeper.embeddedBase(programme);
        keeper.keepIn(claim, base, false);
        notify(claim.notices());
        return true;
    }

    /**
     * Shows what a journal kept: the programme as its file held it, then the recovered state as an
     * unsaved change on top, and the draft; the journal carries on from where it stopped.
     */
    private void restore(Claim claim, Path file) {
        Recovery recovery = claim.recovery();
        keeper.release(true);
        programme.replace(recovery.base(), file);
        programme.document().apply(new Edit.ReplaceTranscript(recovery.project().transcript()));
        keeper.keepIn(claim, null, true);
        // After the journal carries on: an edit in place that comes back as a change is journalled.
        session.restoreDraft(recovery.draft());
        notify(claim.notices());
    }

    /**
     * At a start with nothing to open: the newest journal a crash left (of a never-saved programme,
     * or beside a recent file) is offered back; otherwise a new programme starts.
     */
    void startNew(Project fresh, List<Path> recentFiles, java.util.function.BiConsumer<Path, Boolean> shown) {
        for (Path journal : leftovers(recentFiles)) {
            Claim claim;
            try {
                claim = keeper.claim(journal);
            } catch (OpenElsewhereException e) {
                continue;
            }
            boolean beside = !journal.startsWith(folders.journals());
            if (claim.offersRecovery() && askToRestore(claim.recovery())) {
                Path file = beside ? Recovery.projectOf(journal) : null;
                restore(claim, file);
                shown.accept(file, true);
                return;
            }
            List<Notice> notices = new ArrayList<>(claim.notices());
            notices.addAll(keeper.decline(claim));
            notify(notices);
        }
        show(fresh, null, null);
        shown.accept(null, false);
    }

    /** A save failed: the same persistent warning as a failing journal, until a retry works. */
    void saveFailed(Exception failure) {
        saveFailure = failure;
        showHealth();
    }

    void saved(Path target, String sha256, Transcript snapshot) {
        boolean wasFailing = saveFailure != null;
        saveFailure = null;
        if (wasFailing) {
            showHealth();
        }
        try {
            keeper.saved(target, sha256, snapshot);
        } catch (OpenElsewhereException e) {
            notify(List.of(Notice.of("notice.openElsewhere", e.getMessage(), e.journal())));
        }
    }

    /** The window closes with its programme saved or given up: the journal goes. */
    void closing() {
        ticker.stop();
        keeper.release(true);
    }

    private List<Path> leftovers(List<Path> recentFiles) {
        List<Path> journals = new ArrayList<>();
        if (Files.isDirectory(folders.journals())) {
            try (Stream<Path> files = Files.list(folders.journals())) {
                files.filter(p -> p.getFileName().toString().endsWith(Journal.SUFFIX))
                        // a second copy is offered only when its project's own journal is gone (a pulled stick)
                        .filter(p -> !org.shilu.store.Safekeeper.isCopyOfAPresentJournal(p))
                        .forEach(journals::add);
            } catch (java.io.IOException e) {
                notify(List.of(Notice.of("notice.journalUnreadable", e.getMessage(), e)));
            }
        }
        recentFiles.stream().map(Journal::besideProject).filter(Files::isRegularFile).forEach(journals::add);
        journals.sort((a, b) -> Long.compare(modified(b), modified(a)));
        return journals;
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The recovery question; restoring is the default, one Enter away. */
    private boolean askToRestore(Recovery recovery) {
        List<Turn> turns = recovery.project().transcript().turns();
        String lastWords = turns.isEmpty() ? "" : firstWords(turns.get(turns.size() - 1).text());
        StringBuilder detail = new StringBuilder(messages.text("recover.turns", turns.size(), recovery.changes()));
        if (!lastWords.isEmpty()) {
            detail.append('\n').append(messages.text("recover.lastTurn", lastWords));
        }
        org.shilu.model.Draft draft = recovery.draft();
        if (draft.isCorrection()) {
            detail.append('\n').append(messages.text("recover.correction", draft.correcting().index() + 1,
                    firstWords(draft.text())));
            if (!draft.correcting().displaced().isBlank()) {
                detail.append('\n').append(messages.text("recover.setAsideDraft",
                        firstWords(draft.correcting().displaced().text())));
            }
        } else if (!draft.isBlank()) {
            // A commit whose line was torn comes back as the draft it was typed from: say so.
            detail.append('\n').append(messages.text(recovery.lastWriteTorn() ? "recover.tornCommit" : "recover.draft",
                    firstWords(draft.text())));
        }
        if (draft.inPlace() != null) {
            detail.append('\n').append(messages.text("recover.inPlace", draft.inPlace().index() + 1,
                    firstWords(draft.inPlace().text())));
        }
        recovery.notices().forEach(notice -> detail.append('\n').append(dialogs.describe(notice)));
        ButtonType restore = new ButtonType(messages.text("recover.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType setAside = new ButtonType(messages.text("recover.setAside"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail.toString(), restore, setAside);
        alert.initOwner(stage);
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(messages.text("recover.header"));
        ((Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(setAside)).setDefaultButton(false);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }

    private static String firstWords(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= 30 ? line : line.substring(0, 30) + "…";
    }

    private void tick() {
        keeper.tick();
        showHealth(); // a disk that stalls shows, a second on, the turns waiting for it
        if (++ticks % 5 == 0) {
            retrySave.run();
        }
    }

    private void showHealth() {
        Exception failure = keeper.isFailing() ? keeper.failure() : saveFailure;
        NotificationPane bar = view.notifications();
        if (failure != null) {
            if (keeper.isFailing()) {
                int notOnDisk = keeper.turnsNotOnDisk();
                view.showSaveState(messages.text("disk.failing", notOnDisk));
                view.markTurnsNotOnDisk(keeper::isOnDisk, notOnDisk);
            } else {
                LocalDateTime durable = keeper.lastDurableWrite();
                view.showSaveState(messages.text("save.failing", durable == null ? "--:--:--" : durable.format(TIME)));
            }
            if (!warned) {
                warned = true;
                bar.getActions().setAll(new Action(messages.text("disk.saveElsewhere"), event -> saveElsewhere.run()));
                bar.getStyleClass().setAll("notification-pane", "disk-failing");
                // A save that failed is told here too, never in a dialog: a dialog would take the keys
                // of an operator typing on air.
                String title = keeper.isFailing() ? messages.text("disk.failing.title") : messages.text("save.failed.title");
                WarningBar.show(bar, title + " — " + messages.text("disk.failing.detail", dialogs.describe(failure)));
            }
            return;
        }
        if (keeper.isBehind()) {
            int notOnDisk = keeper.turnsNotOnDisk();
            view.showSaveState(messages.text("disk.behind", notOnDisk));
            view.markTurnsNotOnDisk(keeper::isOnDisk, notOnDisk);
            return;
        }
        view.markTurnsNotOnDisk(null, 0);
        if (warned) {
            warned = false;
            bar.getActions().clear();
            bar.getStyleClass().setAll("notification-pane");
            WarningBar.show(bar, messages.text("disk.mended.title") + " — " + messages.text("disk.mended.detail"));
            hideLater(bar);
        }
        // Two different times: when the file was saved, and when the journal last reached the disk
        // (the draft keeps the second moving while the first stands still).
        LocalDateTime durable = keeper.lastDurableWrite();
        String safe = durable == null ? "--:--:--" : durable.format(TIME);
        LocalDateTime saved = programme.savedAt();
        String file = programme.isModified() ? messages.text("save.state.modified")
                : programme.file() == null ? messages.text("save.state.never")
                : saved == null ? messages.text("save.state.opened") : messages.text("save.state.savedAt", saved.format(TIME));
        view.showSaveState(messages.text("save.state", file, safe));
    }

    /** Takes a passing notice away after a while, unless a warning has replaced it. */
    private void hideLater(NotificationPane bar) {
        PauseTransition pause = new PauseTransition(Duration.seconds(8));
        pause.setOnFinished(event -> {
            if (!warned) {
                bar.hide();
            }
        });
        pause.play();
    }

    private void notify(List<Notice> notices) {
        if (!notices.isEmpty() && !warned) {
            NotificationPane bar = view.notifications();
            bar.getActions().clear();
            WarningBar.show(bar, messages.text("journal.notice.title") + " — "
                    + String.join("; ", notices.stream().map(dialogs::describe).toList()));
            hideLater(bar);
        }
    }
}
