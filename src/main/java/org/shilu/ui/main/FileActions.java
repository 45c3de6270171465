package org.shilu.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.TranscriptFormat;
import org.shilu.model.Transcript;
import org.shilu.store.Programme;
import org.shilu.store.Templates;
import org.shilu.store.TranscriptFiles;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;

/**
 * New, open, save and templates: each asks before unsaved work is lost, and reads or writes off
 * the FX thread.
 */
final class FileActions {
    /**
     * How long a window being built waits for the file named at start, so that it shows with the file
     * already laid out instead of laying it out while the operator may type: a three-hour programme is
     * read in a fraction of this. A slower file (a network folder) is shown when it comes, as before.
     */
    private static final Duration WAIT_BEFORE_SHOWING = Duration.ofMillis(1500);
    private final Stage stage;
    private final Programme programme;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final Templates templates;
    private final MainWindowController view;
    private final Keeping keeping;
    private final UserSettings settings;
    private final java.util.function.Supplier<PortalProfile> defaultProfile;
    private String name;
    private Path failedSave;
    private Runnable recentFilesChanged = () -> { };
    private boolean saving;

    FileActions(Stage stage, Programme programme, Messages messages, Dialogs dialogs, UiThread uiThread,
                Templates templates, MainWindowController view, Keeping keeping, UserSettings settings,
                java.util.function.Supplier<PortalProfile> defaultProfile) {
        this.stage = stage;
        this.programme = programme;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.templates = templates;
        this.view = view;
        this.keeping = keeping;
        this.settings = settings;
        this.defaultProfile = defaultProfile;
        this.name = messages.text("programme.untitled");
        programme.document().addListener(change -> showState());
        keeping.onFailure(() -> saveAs(() -> { }), this::retryFailedSave);
        showState();
    }

    String programmeName() {
        return name;
    }

    void newProgramme() {
        whenWorkIsSafe(() -> show(newProject(), null, null, messages.text("programme.untitled")));
    }

    /** A programme joined from a shared database: shown as a new, never-saved one, once unsaved work here is safe. */
    void openShared(org.shilu.model.Transcript transcript, String title) {
        whenWorkIsSafe(() -> show(new Project(transcript, defaultProfile.get()), null, null, title));
    }

    /** At start with nothing to open: what a crash left, if the user wants it back, else a new programme. */
    void startNew() {
        keeping.startNew(newProject(), settings.current().recentPaths(), (file, restored) -> {
            name = file != null ? file.getFileName().toString() : messages.text("programme.untitled");
            showState();
        });
    }

    void startBlank() {
        show(newProject(), null, null, messages.text("programme.untitled"));
    }

    List<Path> recentFiles() {
        return settings.current().recentPaths();
    }

    void onRecentFilesChanged(Runnable listener) {
        recentFilesChanged = listener;
    }

    private Project newProject() {
        return new Project(Transcript.newProgramme(), defaultProfile.get());
    }

    void newFromTemplate() {
        uiThread.inBackground(templates::names, names -> {
            if (names.isEmpty()) {
                dialogs.error(stage, messages.text("template.title"), messages.text("template.none.header"),
                        messages.text("template.none.detail"));
                return;
            }
            ChoiceDialog<String> choice = new ChoiceDialog<>(names.get(0), names);
            choice.initOwner(stage);
            choice.setTitle(messages.text("template.title"));
            choice.setHeaderText(messages.text("template.choose"));
            choice.showAndWait().ifPresent(template -> whenWorkIsSafe(() -> load(() -> templates.load(template),
                    project -> show(project, null, null, messages.text("programme.untitled")), () -> { })));
        }, this::failedToRead);
    }

    void saveTemplate() {
        TextInputDialog ask = new TextInputDialog(programme.document().transcript().header().programme());
        ask.initOwner(stage);
        ask.setTitle(messages.text("template.title"));
        ask.setHeaderText(messages.text("template.saveAs"));
        ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(templateName -> {
            Transcript snapshot = programme.document().transcript();
            PortalProfile profile = programme.profile();
            uiThread.inBackground(() -> {
                templates.save(templateName, snapshot, profile);
                return templateName;
            }, saved -> view.showStatus(messages.text("template.saved", saved)),
                    failure -> view.showStatus(messages.text("template.failed", describe(failure))));
        });
    }

    void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("open.filter.transcripts"), "*.shilu", "*.txt"),
                new FileChooser.ExtensionFilter(messages.text("open.filter.all"), "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            whenWorkIsSafe(() -> open(file.toPath()));
        }
    }

    /** Opens a file into the window; a project keeps its file, a portal text is saved elsewhere. */
    void open(Path path) {
        open(path, inBackground(() -> TranscriptFiles.read(path, null)), () -> { }, () -> { });
    }

    /**
     * The file named at start, opened directly: no programme is made before it. If it cannot be
     * read, a new programme starts after the message; if another window has it open, this one has
     * said so and closes.
     */
    void openAtStart(Path path, Future<TranscriptFiles.Loaded> reading) {
        open(path, takenAtStart(reading, path), this::startBlank, () -> dialogs.afterTheErrorIsRead(stage::close));
    }

    private void open(Path path, Reading<TranscriptFiles.Loaded> reading, Runnable unreadable, Runnable refused) {
        String fileName = path.getFileName().toString();
        view.showStatus(messages.text("status.opening", fileName));
        // Asked again when the file has been read: work may have been typed meanwhile.
        load(reading, loaded -> whenWorkIsSafe(() -> {
            boolean isProject = loaded.format() == TranscriptFormat.JSON;
            if (!show(loaded.result().project(), isProject ? path : null, loaded.sha256(), fileName)) {
                view.showStatus("");
                refused.run();
                return;
            }
            remember(path);
            int warnings = loaded.result().warnings().size();
            view.showStatus(warnings == 0 ? "" : messages.text("status.warnings", warnings));
        }), unreadable);
    }

    /** The built-in sample, at start (mvn javafx:run): shown as a new, never-saved programme. */
    void openSample(Future<TranscriptFiles.Loaded> reading) {
        load(takenAtStart(reading, null), loaded -> whenWorkIsSafe(
                () -> show(loaded.result().project(), null, null, TranscriptFiles.SAMPLE)), this::startBlank);
    }

    /** Saves to the project file, asking where the first time. */
    void save(Runnable afterwards) {
        if (programme.file() == null) {
            saveAs(afterwards);
        } else {
            write(programme.file(), afterwards);
        }
    }

    void saveAs(Runnable afterwards) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("save.filter"), "*.shilu"));
        chooser.setInitialFileName(name.endsWith(".shilu") ? name : name.replaceFirst("\\.[^.]*$", "") + ".shilu");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.getName().contains(".") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".shilu");
            write(target, afterwards);
        }
    }

    /** Runs {@code next} once unsaved changes are saved or given up; not at all if the user cancels. */
    void whenWorkIsSafe(Runnable next) {
        if (!programme.isModified()) {
            next.run();
            return;
        }
        switch (dialogs.askToSave(stage, name)) {
            case SAVE -> save(next);
            case DISCARD -> next.run();
            case CANCEL -> { }
        }
    }

    /** Tries a save that failed again, quietly; the disk warning stays up until it works. */
    void retryFailedSave() {
        if (failedSave != null && !saving) {
            write(failedSave, () -> { });
        }
    }

    private void write(Path target, Runnable afterwards) {
        Project snapshot = programme.project();
        saving = true;
        view.showSaveState(messages.text("save.saving"));
        uiThread.inBackground(() -> Programme.write(target, snapshot), sha256 -> {
            saving = false;
            failedSave = null;
            programme.markSaved(target, snapshot);
            keeping.saved(target, sha256, snapshot.transcript());
            name = target.getFileName().toString();
            showState();
            remember(target);
            afterwards.run();
        }, failure -> {
            saving = false;
            failedSave = target;
            showState();
            keeping.saveFailed(failure); // the warning bar says so: no dialog takes the operator's keys
        });
    }

    private void remember(Path file) {
        settings.update(current -> current.withRecentFile(file));
        recentFilesChanged.run();
    }

    /** How a file comes to the window: read in the background now, or taken from a reading begun at start. */
    private interface Reading<T> {
        void then(Consumer<T> onResult, Consumer<Exception> onFailure);
    }

    private <T> Reading<T> inBackground(Callable<T> reading) {
        return (onResult, onFailure) -> uiThread.inBackground(reading, onResult, onFailure);
    }

    /**
     * The file read while the window was being built: shown before the window appears if it has come
     * in time and showing it asks nothing (neither a journal nor a lock beside the project, a crash's or
     * another window's). Otherwise it is shown once the window is there, and any question comes over it.
     */
    private Reading<TranscriptFiles.Loaded> takenAtStart(Future<TranscriptFiles.Loaded> reading, Path path) {
        return (onResult, onFailure) -> uiThread.takeBeforeShowing(reading, WAIT_BEFORE_SHOWING, loaded -> {
            if (keeping.asksNothingShowing(loaded.format() == TranscriptFormat.JSON ? path : null)) {
                onResult.accept(loaded);
            } else {
                uiThread.later(() -> onResult.accept(loaded));
            }
        }, onFailure);
    }

    private <T> void load(Callable<T> reading, Consumer<T> then, Runnable afterFailure) {
        load(inBackground(reading), then, afterFailure);
    }

    private <T> void load(Reading<T> reading, Consumer<T> then, Runnable afterFailure) {
        view.showProgress(true);
        reading.then(result -> {
            view.showProgress(false);
            then.accept(result);
        }, failure -> {
            view.showProgress(false);
            view.showStatus("");
            failedToRead(failure);
            afterFailure.run();
        });
    }

    private boolean show(Project project, Path file, String sha256, String shownName) {
        if (!keeping.show(project, file, sha256)) {
            return false;
        }
        name = shownName;
        showState();
        return true;
    }

    /** Told after every showing of the programme's state: opened, saved, changed. */
    void onShown(Runnable listener) {
        shownListener = listener;
        listener.run();
    }

    private Runnable shownListener = () -> { };

    void showState() {
        shownListener.run();
        boolean modified = programme.isModified();
        stage.setTitle(messages.text("app.title") + " — " + name + (modified ? " *" : ""));
    }

    private void failedToRead(Exception failure) {
        dialogs.error(stage, messages.text("open.failed.title"), messages.text("open.failed.header"), describe(failure));
    }

    private String describe(Exception failure) {
        return dialogs.describe(failure);
    }
}
