package org.shilu.ui.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.shilu.live.StudioClock;
import org.shilu.media.Recorder;
import org.shilu.media.SoundInputs;
import org.shilu.media.WavFile;
import org.shilu.model.Edit;
import org.shilu.model.Recording;
import org.shilu.store.Programme;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * Live → Record: records the studio feed from the input the operator picks, into a WAV file beside
 * the project, while typing goes on. The recorder has a thread of its own; the status bar shows that
 * sound comes in (a level meter and the time recorded), and the window says when the input has been
 * silent for 30 s or the recording stopped (a full disk). A recording a crash cut off is mended when
 * its programme is opened again.
 */
public final class RecordingActions {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Stage stage;
    private final Programme programme;
    private final StudioClock clock;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final SoundInputs inputs;
    private final Consumer<String> warn;
    private final Label time = new Label();
    private final ProgressBar meter = new ProgressBar(0);
    private final HBox statusItem = new HBox(4, meter, time);
    private Recorder recorder;
    private boolean starting;
    private String inputName;

    public RecordingActions(Stage stage, Programme programme, StudioClock clock, Messages messages, Dialogs dialogs,
                            UiThread uiThread, SoundInputs inputs, Consumer<String> warn) {
        this.stage = stage;
        this.programme = programme;
        this.clock = clock;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.inputs = inputs;
        this.warn = warn;
        statusItem.setId("recordingStatus");
        statusItem.getStyleClass().add("recording-status");
        meter.setId("recordingLevel");
        meter.setPrefWidth(60);
        meter.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.getStyleClass().add("status-item");
        // Whatever else the status bar shortens, that a recording is running stays readable.
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusItem.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusItem.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        showStatus(false);
    }

    /** The status bar's item: shown while recording. */
    public HBox statusItem() {
        return statusItem;
    }

    public boolean isRecording() {
        return recorder != null;
    }

    /**
     * Live → Record: starts recording (once the programme has a file to record beside: {@code saveAs}
     * asks for one first), or stops it.
     */
    public void toggle(Consumer<Runnable> saveAs) {
        if (starting) {
            return;
        }
        if (recorder != null) {
            stop();
            return;
        }
        if (programme.file() == null) {
            saveAs.accept(() -> {
                if (programme.file() != null) {
                    toggle(saveAs);
                }
            });
            return;
        }
        SoundInputs.Input input = chooseInput();
        if (input != null) {
            start(input);
        }
    }

    /** The input last used if it is still there; else the only one; else the operator picks. */
    private SoundInputs.Input chooseInput() {
        List<SoundInputs.Input> available = inputs.list();
        if (available.isEmpty()) {
            dialogs.error(stage, messages.text("record.title"), messages.text("record.noInput"), messages.text("record.noInput.detail"));
            return null;
        }
        for (SoundInputs.Input input : available) {
            if (input.name().equals(inputName)) {
                return input;
            }
        }
        if (available.size() == 1) {
            return available.get(0);
        }
        ChoiceDialog<String> pick = new ChoiceDialog<>(available.get(0).name(),
                available.stream().map(SoundInputs.Input::name).toList());
        pick.initOwner(stage);
        pick.setTitle(messages.text("record.title"));
        pick.setHeaderText(messages.text("record.pick"));
        return pick.showAndWait().flatMap(name -> available.stream().filter(i -> i.name().equals(name)).findFirst())
                .orElse(null);
    }

    private void start(SoundInputs.Input input) {
        Path project = programme.file().toAbsolutePath();
        String stem = project.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        java.time.LocalDateTime startedAt = clock.now();
        Path file = project.resolveSibling(stem + ".recording-" + STAMP.format(startedAt) + ".wav");
        starting = true;
        uiThread.inBackground(() -> Recorder.start(input.line().call(), file, new Heard(input.name())), started -> {
            starting = false;
            recorder = started;
            inputName = input.name();
            programme.document().apply(new Edit.SetRecording(new Recording(file.getFileName().toString(), startedAt)));
            showStatus(true);
        }, failure -> {
            starting = false;
            dialogs.error(stage, messages.text("record.title"), messages.text("record.failed", input.name()),
                    dialogs.describe(failure));
        });
    }

    /** Stops the recording; the file is made whole on the disk off the FX thread. */
    private void stop() {
        Recorder stopping = recorder;
        recorder = null;
        showStatus(false);
        uiThread.inBackground(() -> {
            stopping.stop();
            return stopping;
        }, stopped -> { }, failure -> { });
    }

    /** The window closes: a recording still going is stopped, and its file made whole, before it does. */
    public void closing() {
        Recorder stopping = recorder;
        recorder = null;
        if (stopping != null) {
            try {
                stopping.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a programme is shown: its recording, if a crash cut it off, is mended (off the FX thread). */
    public void mendIfCut(Path file) {
        if (file == null || !file.isAbsolute() || recorder != null || !Files.exists(file)) {
            return;
        }
        uiThread.inBackground(() -> WavFile.recover(file), seconds -> { }, failure -> warn.accept(
                messages.text("record.unreadable", file, dialogs.describe(failure))));
    }

    private void showStatus(boolean recording) {
        statusItem.setVisible(recording);
        statusItem.setManaged(recording);
        if (!recording) {
            meter.setProgress(0);
        }
    }

    /** What the recorder says, brought to the FX thread. */
    private final class Heard implements Recorder.Listener {
        private final String input;
        private volatile boolean shown = true;

        Heard(String input) {
            this.input = input;
        }

        @Override
        public void level(double peakDb, double seconds) {
            if (!shown) {
                return; // the last level is not on the screen yet: this one waits for none
            }
            shown = false;
            uiThread.onFx(() -> {
                shown = true;
                meter.setProgress(Double.isInfinite(peakDb) ? 0 : Math.max(0, Math.min(1, (peakDb + 60) / 60)));
                long s = (long) seconds;
                time.setText(messages.text("record.time", String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)));
            });
        }

        @Override
        public void silent(Duration silence) {
            uiThread.onFx(() -> warn.accept(messages.text("record.silent", input, silence.toSeconds())));
        }

        @Override
        public void ended(double seconds, Exception failure) {
            if (failure != null) {
                uiThread.onFx(() -> {
                    recorder = null;
                    showStatus(false);
                    warn.accept(messages.text("record.stopped", dialogs.describe(failure)));
                });
            }
        }
    }
}
