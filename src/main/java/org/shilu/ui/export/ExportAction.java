package org.shilu.ui.export;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Stage;

import org.shilu.check.ConsistencyCheck;
import org.shilu.check.Finding;
import org.shilu.format.Project;
import org.shilu.store.AtomicFile;
import org.shilu.store.Programme;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;

/**
 * File → Export: the checks before export ({@link ConsistencyCheck}, listed by {@link ChecksDialog}
 * when they find something), then {@link ExportDialog}; keeps the chosen layout with the programme,
 * then writes the file atomically off the FX thread. A failure names the file and loses nothing.
 */
public final class ExportAction {
    private final Stage stage;
    private final Programme programme;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final UserSettings settings;
    private final Supplier<String> programmeName;
    private final Runnable profileChanged;
    private final Consumer<String> status;
    private final Consumer<String> showTurn;
    /** The findings of the checks the user ignored for the programme open (their keys). */
    private final Set<String> ignored = new HashSet<>();

    /** @param showTurn shows the turn with this id in the window, as the checks' Enter asks */
    public ExportAction(Stage stage, Programme programme, Messages messages, Dialogs dialogs, UiThread uiThread,
                        UserSettings settings, Supplier<String> programmeName, Runnable profileChanged,
                        Consumer<String> status, Consumer<String> showTurn) {
        this.showTurn = showTurn;
        programme.document().addListener(change -> {
            if (change.edit() instanceof org.shilu.model.Edit.ReplaceTranscript) {
                ignored.clear(); // another programme
            }
        });
        this.stage = stage;
        this.programme = programme;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.settings = settings;
        this.programmeName = programmeName;
        this.profileChanged = profileChanged;
        this.status = status;
    }

    /**
     * Where a file made from the programme goes: beside the project, where the user keeps it; else
     * where the last export went; else the user's home.
     */
    public static Path folderFor(Programme programme, UserSettings settings) {
        if (programme.file() != null && programme.file().toAbsolutePath().getParent() != null) {
            return programme.file().toAbsolutePath().getParent();
        }
        Path last = settings.current().lastExportFolder();
        return last != null ? last : Path.of(System.getProperty("user.home"));
    }

    private java.util.function.Supplier<org.shilu.check.SensitiveWords> sensitiveWords = () -> org.shilu.check.SensitiveWords.NONE;

    /** The checks look for these words too (the sensitive-word lists in force when they run). */
    public void checkWords(java.util.function.Supplier<org.shilu.check.SensitiveWords> words) {
        sensitiveWords = words;
    }

    /** File → Export: the checks first (off the FX thread), then what they found, then the export's dialog. */
    public void run() {
        check(true);
    }

    /** Edit → Check before export: the checks alone. */
    public void checkOnly() {
        check(false);
    }

    private void check(boolean thenExport) {
        var transcript = programme.document().transcript();
        var width = programme.profile().punctuationWidth();
        status.accept(messages.text("check.running"));
        var words = sensitiveWords.get();
        uiThread.inBackground(() -> ConsistencyCheck.check(transcript, width, words), findings -> {
            status.accept("");
            List<Finding> shown = findings.stream().filter(f -> !ignored.contains(f.key())).toList();
            if (shown.isEmpty()) {
                if (thenExport) {
                    export();
                } else {
                    status.accept(messages.text("check.none"));
                }
                return;
            }
            ChecksDialog.ask(stage, messages, shown, ignored, thenExport).ifPresent(choice -> {
                if (choice.export()) {
                    export();
                } else if (choice.turnId() != null) {
                    showTurn.accept(choice.turnId());
                }
            });
        }, failure -> {
            status.accept("");
            dialogs.error(stage, messages.text("check.title"), messages.text("check.title"), dialogs.describe(failure));
        });
    }

    private void export() {
        Path folder = folderFor(programme, settings);
        new ExportDialog(stage, messages, programme.document().transcript(), programme.profile(),
                programme.hasSourceText(), programme.project().source().charset(), folder, settings.current().lastExportFormat(), programmeName.get())
                .showAndWait().ifPresent(request -> {
                    if (!request.profile().equals(programme.profile())) {
                        programme.setProfile(request.profile());
                        profileChanged.run();
                    }
                    Project snapshot = request.normalise() ? programme.project().normalised() : programme.project();
                    var source = snapshot.source();
                    if (!request.encoding().equals(source.charset())) {
                        snapshot = new Project(snapshot.transcript(), snapshot.profile(), source.inEncoding(request.encoding(), false),
                                snapshot.unknownFields());
                    }
                    Project toWrite = snapshot;
                    Path target = request.target();
                    status.accept(messages.text("export.writing", target.getFileName()));
                    String unreadable = request.format().unreadableBecause(toWrite);
                    if (unreadable != null) {
                        status.accept("");
                        dialogs.error(stage, messages.text("export.failed.title"),
                                messages.text("export.failed.header", target), unreadable);
                        return;
                    }
                    uiThread.inBackground(() -> {
                        AtomicFile.write(target, out -> request.format().write(toWrite, out, request.doubtsHighlighted()));
                        return target;
                    }, written -> {
                        settings.update(current -> current.withExport(written, request.format()));
                        status.accept(messages.text("export.done", written));
                    }, failure -> {
                        status.accept("");
                        dialogs.error(stage, messages.text("export.failed.title"),
                                messages.text("export.failed.header", target), dialogs.describe(failure));
                    });
                });
    }
}
