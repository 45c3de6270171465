package org.shilu.ui.media;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;

import org.shilu.live.StudioClock;
import org.shilu.media.SoundInputs;
import org.shilu.store.Programme;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;
import org.shilu.ui.publish.LivePublishing;

/** The programme's recording, as the main window offers it: recording while typing, and playing turns back. */
public final class MediaActions {
    private final RecordingActions recording;
    private final PlaybackActions playback;

    /**
     * @param selectedTurn the turn selected in the list (-1: none)
     * @param heard        marks the turn being heard in the list (-1: none)
     */
    public MediaActions(Stage stage, Programme programme, StudioClock clock, Messages messages, Dialogs dialogs,
                        UiThread uiThread, UserSettings settings, SoundInputs inputs, LivePublishing.Warning bar,
                        Consumer<String> status, IntSupplier selectedTurn, IntConsumer heard) {
        Consumer<String> warn = text -> bar.show(text, messages.text("play.dismiss"), () -> { });
        recording = new RecordingActions(stage, programme, clock, messages, dialogs, uiThread, inputs, warn);
        playback = new PlaybackActions(stage, programme, messages, dialogs, status, bar, selectedTurn, heard,
                () -> Duration.ofSeconds(settings.current().playLeadSeconds()));
    }

    public void bind(ActionKeys keys, Consumer<Runnable> saveAs) {
        keys.on(AppAction.RECORD, () -> recording.toggle(saveAs));
        playback.bind(keys);
    }

    /** The Live menu's items for the recording. */
    public List<MenuItem> menuItems(ActionKeys keys) {
        return List.of(keys.menuItem(AppAction.RECORD), keys.menuItem(AppAction.OPEN_RECORDING),
                keys.menuItem(AppAction.PLAY_TURN), keys.menuItem(AppAction.PLAY_PAUSE), keys.menuItem(AppAction.BACK_5),
                keys.menuItem(AppAction.FORWARD_5), keys.menuItem(AppAction.SLOWER), keys.menuItem(AppAction.FASTER),
                keys.menuItem(AppAction.SYNC_RECORDING));
    }

    public Node statusItem() {
        return recording.statusItem();
    }

    /** After a programme is shown: its recording, cut off by a crash, is mended; a missing one is reported. */
    public void programmeShown() {
        playback.close();
        if (!playback.reportIfMissing()) {
            recording.mendIfCut(playback.file());
        }
    }

    /** The window closes: a recording still going is finished, the player let go. */
    public void closing() {
        recording.closing();
        playback.close();
    }
}
