package org.shilu.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Future;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.shilu.live.LiveSession;
import org.shilu.live.StudioClock;
import org.shilu.model.Transcript;
import org.shilu.store.Journal;
import org.shilu.store.Programme;
import org.shilu.store.Safekeeper;
import org.shilu.store.Settings;
import org.shilu.store.TranscriptFiles;
import org.shilu.store.UserFolders;
import org.shilu.ui.common.InputMethodGuard;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.main.MainWindow;
import org.shilu.ui.common.UserSettings;

/**
 * The JavaFX application. Arguments: a file to open, {@code --sample} for the built-in sample, or
 * {@code --join postgresql://user@host:port/database#id} for a shared programme;
 * with neither it starts a new programme.
 */
public class ShiluApp extends Application {
    private final UiThread uiThread = new UiThread();
    private final StudioClock clock;
    private final UserFolders folders;
    private final List<String> arguments;
    private final org.shilu.media.SoundInputs inputs;

    public ShiluApp() {
        this(StudioClock.systemClock(), UserFolders.fromEnvironment(), null);
    }

    /** For tests: their own clock, folders and arguments (null: the launch arguments). */
    public ShiluApp(StudioClock clock, UserFolders folders, List<String> arguments) {
        this(clock, folders, arguments, org.shilu.media.SoundInputs.system());
    }

    /** For tests: and the sound inputs a recording can be made from. */
    public ShiluApp(StudioClock clock, UserFolders folders, List<String> arguments, org.shilu.media.SoundInputs inputs) {
        this.clock = clock;
        this.folders = folders;
        this.arguments = arguments;
        this.inputs = inputs;
    }

    @Override
    public void start(Stage stage) {
        List<String> args = arguments != null ? arguments : getParameters().getRaw();
        // The file named at start is read while the window is built (two cores: both at work).
        int join = args.indexOf("--join");
        boolean sample = join < 0 && args.contains("--sample");
        Path file = join < 0 && !sample && !args.isEmpty() ? Path.of(args.get(0)) : null;
        Future<TranscriptFiles.Loaded> reading = sample ? uiThread.startEarly(TranscriptFiles::readSample)
                : file != null ? uiThread.startEarly(() -> TranscriptFiles.read(file, null)) : null;
        InputMethodGuard.guardEveryWindow();
        Settings.Loaded loaded = Settings.load(folders.config());
        Settings settings = loaded.settings();
        if (settings.language() != null) {
            Locale.setDefault(Locale.forLanguageTag(settings.language()));
        }
        Messages messages = new Messages(ResourceBundle.getBundle("org.shilu.ui.messages", Locale.getDefault()));
        clock.setOffset(java.time.Duration.ofSeconds(settings.clockOffsetSeconds()));
        Programme programme = new Programme(Transcript.newProgramme(), settings.defaultProfile());
        LiveSession session = new LiveSession(programme.document(), clock);
        Safekeeper keeper = new Safekeeper(programme, session::draftSnapshot, Clock.systemDefaultZone(), uiThread::onFx);
        MainWindow window = new MainWindow(stage, messages, uiThread, programme, session, keeper, folders,
                new UserSettings(folders.config(), settings, uiThread), inputs);
        if (loaded.notice() != null) {
            window.notice(messages.text("settings.unreadable", loaded.notice()));
        }
        if (sample) {
            window.openSample(reading);
        } else if (file != null) {
            window.openAtStart(file, reading);
        }
        paintOnceUnseen(stage.getScene());
        stage.show();
        StartUpProbe.startIfAsked(stage);
        // Locks that crashed windows left beside no journal protect nothing.
        uiThread.inBackground(() -> {
            Journal.removeStaleLocks(folders.journals());
            return null;
        }, done -> { }, failure -> { });
        if (join >= 0 && join + 1 < args.size()) {
            window.joinAtStart(args.get(join + 1));
        } else if (reading == null) {
            // After start returns: the recovery question, if any, is asked over the window already shown.
            Platform.runLater(window::startNew);
        }
    }

    /**
     * The window's first frame, styled, laid out and painted once off-screen before it shows. That
     * is JavaFX's code running for the first time (the list's text wrapped, about 200 ms; the software
     * pipeline's first painting, about 150 ms) which held the event thread after the window appeared,
     * when the operator may already type. Shown, the window lays out and paints again, with that code warm.
     */
    private static void paintOnceUnseen(javafx.scene.Scene scene) {
        scene.snapshot(null);
    }

    @Override
    public void stop() {
        uiThread.close();
    }
}
