package org.shilu.ui.media;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.TextInputDialog;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.shilu.media.RecordingTimes;
import org.shilu.model.Edit;
import org.shilu.model.Recording;
import org.shilu.model.TimeInput;
import org.shilu.model.Transcript;
import org.shilu.store.Programme;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.publish.LivePublishing;

/**
 * Hearing a turn again: the programme's recording (made here, or opened: WAV, MP3, AAC/M4A) plays
 * from the selected turn's spoken-at less a lead, and the turn being heard is marked in the list as
 * it plays. Play/pause, back and forward five seconds, slower and faster work while the caret stays
 * in the text. The recording is placed in studio time by its start, typed, or set by a key at the
 * moment a known turn is heard; a recording no longer there is reported and can be found again.
 */
public final class PlaybackActions {
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final double[] RATES = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
    private final Stage stage;
    private final Programme programme;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final LivePublishing.Warning bar;
    private final IntSupplier selectedTurn;
    private final IntConsumer heard;
    private final java.util.function.Supplier<Duration> lead;
    private final Timeline following = new Timeline(new KeyFrame(javafx.util.Duration.millis(250), event -> follow()));
    private MediaPlayer player;
    private Path playing;
    private int rate = 2;

    public PlaybackActions(Stage stage, Programme programme, Messages messages, Dialogs dialogs, Consumer<String> status,
                           LivePublishing.Warning bar, IntSupplier selectedTurn, IntConsumer heard,
                           java.util.function.Supplier<Duration> lead) {
        this.stage = stage;
        this.programme = programme;
        this.messages = messages;
        this.dialogs = dialogs;
        this.status = status;
        this.bar = bar;
        this.selectedTurn = selectedTurn;
        this.heard = heard;
        this.lead = lead;
        following.setCycleCount(Timeline.INDEFINITE);
    }

    public void bind(ActionKeys keys) {
        keys.on(AppAction.PLAY_TURN, this::playTurn);
        keys.on(AppAction.PLAY_PAUSE, () -> whenPlayer(p -> {
            if (p.getStatus() == MediaPlayer.Status.PLAYING) {
                p.pause();
            } else {
                p.play();
            }
        }));
        keys.on(AppAction.BACK_5, () -> whenPlayer(p -> p.seek(p.getCurrentTime().subtract(fx(STEP)))));
        keys.on(AppAction.FORWARD_5, () -> whenPlayer(p -> p.seek(p.getCurrentTime().add(fx(STEP)))));
        keys.on(AppAction.SLOWER, () -> whenPlayer(p -> setRate(p, rate - 1)));
        keys.on(AppAction.FASTER, () -> whenPlayer(p -> setRate(p, rate + 1)));
        keys.on(AppAction.SYNC_RECORDING, this::syncToSelectedTurn);
        keys.on(AppAction.OPEN_RECORDING, this::openRecording);
    }

    /** A programme shown whose recording is not where the project says: reported, with a way to find it. */
    boolean reportIfMissing() {
        Path file = file();
        if (file != null && file.isAbsolute() && !Files.exists(file)) {
            bar.show(messages.text("record.missing", file), messages.text("play.find"), this::findMissing);
            return true;
        }
        return false;
    }

    /** Where the recording is on the disk, or null when the programme has none. */
    Path file() {
        Recording recording = programme.document().transcript().recording();
        if (recording == null) {
            return null;
        }
        Path named = Path.of(recording.file());
        // Named beside a project not yet known (while it opens): not judged until it is.
        return named.isAbsolute() || programme.file() == null ? named
                : programme.file().toAbsolutePath().resolveSibling(named);
    }

    /** The play key: the selected turn (the last one when none is) from its time less the lead. */
    private void playTurn() {
        Transcript now = programme.document().transcript();
        if (now.turns().isEmpty() || !ready()) {
            return;
        }
        int selected = selectedTurn.getAsInt();
        int index = selected >= 0 ? selected : now.turns().size() - 1;
        Duration from = RecordingTimes.playFrom(now.turns(), index, now.recording(), lead.get());
        player.seek(fx(from));
        player.play();
        status.accept(messages.text("play.from", index + 1, clock(from)));
    }

    private void whenPlayer(Consumer<MediaPlayer> action) {
        if (ready()) {
            action.accept(player);
        }
    }

    /** The player of the programme's recording, made (or made again for another file) when first needed. */
    private boolean ready() {
        Path file = file();
        if (file == null) {
            status.accept(messages.text("play.noRecording"));
            return false;
        }
        if (reportIfMissing()) {
            return false;
        }
        if (player != null && file.equals(playing)) {
            return true;
        }
        close();
        try {
            player = new MediaPlayer(new Media(file.toUri().toString()));
        } catch (MediaException | IllegalArgumentException e) {
            dialogs.error(stage, messages.text("play.title"), messages.text("play.cannot", file), e.getMessage());
            return false;
        }
        playing = file;
        player.setOnError(() -> status.accept(messages.text("play.cannot", file) + " " + player.getError().getMessage()));
        player.statusProperty().addListener((o, was, now) -> {
            if (now == MediaPlayer.Status.PLAYING) {
                following.play();
            } else {
                following.stop();
                follow();
            }
        });
        setRate(player, rate);
        return true;
    }

    private void setRate(MediaPlayer p, int index) {
        rate = Math.max(0, Math.min(RATES.length - 1, index));
        p.setRate(RATES[rate]);
        status.accept(messages.text("play.rate", RATES[rate]));
    }

    /** Marks the turn being heard in the list. */
    private void follow() {
        Transcript now = programme.document().transcript();
        if (player == null || now.recording() == null) {
            heard.accept(-1);
            return;
        }
        Duration at = Duration.ofMillis((long) player.getCurrentTime().toMillis());
        heard.accept(player.getStatus() == MediaPlayer.Status.PLAYING || player.getStatus() == MediaPlayer.Status.PAUSED
                ? RecordingTimes.turnAt(now.turns(), at, now.recording()) : -1);
    }

    /** The sync key: the selected turn is the one heard now; the recording's start follows from it. */
    private void syncToSelectedTurn() {
        Transcript now = programme.document().transcript();
        int index = selectedTurn.getAsInt();
        if (player == null || now.recording() == null || index < 0) {
            status.accept(messages.text("play.syncHow"));
            return;
        }
        try {
            Duration at = Duration.ofMillis((long) player.getCurrentTime().toMillis());
            Recording synced = RecordingTimes.syncedTo(now.recording(), now.turns().get(index), at);
            programme.document().apply(new Edit.SetRecording(synced));
            status.accept(messages.text("play.synced", index + 1, TIME.format(synced.startedAt())));
        } catch (IllegalArgumentException e) {
            status.accept(messages.reason(e));
        }
    }

    /** Live → Open recording…: a recording made elsewhere, and when it began in studio time. */
    private void openRecording() {
        File chosen = chooser().showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        Transcript now = programme.document().transcript();
        LocalDateTime first = now.turns().stream().map(t -> t.spokenOrPublishedAt()).filter(java.util.Objects::nonNull)
                .findFirst().orElse(LocalDateTime.now());
        TextInputDialog when = new TextInputDialog(TIME.format(first));
        when.initOwner(stage);
        when.setTitle(messages.text("play.title"));
        when.setHeaderText(messages.text("play.when", chosen.getName()));
        when.getEditor().setId("recordingStart");
        when.showAndWait().ifPresent(typed -> {
            try {
                LocalDateTime start = TimeInput.parse(typed, first.toLocalDate());
                programme.document().apply(new Edit.SetRecording(new Recording(named(chosen.toPath()), start)));
            } catch (IllegalArgumentException e) {
                dialogs.error(stage, messages.text("play.title"), messages.text("play.badTime", typed), messages.reason(e));
            }
        });
    }

    /** A recording no longer where the project says: the user finds it; its start stays. */
    private void findMissing() {
        Recording recording = programme.document().transcript().recording();
        File chosen = chooser().showOpenDialog(stage);
        if (chosen != null && recording != null) {
            programme.document().apply(new Edit.SetRecording(new Recording(named(chosen.toPath()), recording.startedAt())));
        }
    }

    /** The file as the project names it: beside the project, by its name; elsewhere, whole. */
    private String named(Path file) {
        Path folder = programme.file() == null ? null : programme.file().toAbsolutePath().getParent();
        Path absolute = file.toAbsolutePath();
        return folder != null && folder.equals(absolute.getParent()) ? absolute.getFileName().toString() : absolute.toString();
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("play.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("play.files"),
                List.of("*.wav", "*.mp3", "*.m4a", "*.aac")));
        if (programme.file() != null) {
            chooser.setInitialDirectory(programme.file().toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    public void close() {
        following.stop();
        if (player != null) {
            player.dispose();
            player = null;
            playing = null;
        }
    }

    private static javafx.util.Duration fx(Duration d) {
        return javafx.util.Duration.millis(d.toMillis());
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
