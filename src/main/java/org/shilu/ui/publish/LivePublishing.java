package org.shilu.ui.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.shilu.live.StudioClock;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.publish.Edition;
import org.shilu.publish.Editions;
import org.shilu.publish.HostKeys;
import org.shilu.publish.PublishOptions;
import org.shilu.publish.PublishTarget;
import org.shilu.publish.Publisher;
import org.shilu.publish.TargetStatus;
import org.shilu.publish.Targets;
import org.shilu.store.Programme;
import org.shilu.store.PublishProfile;
import org.shilu.store.PublishingSettings;
import org.shilu.store.UserFolders;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;

/**
 * Publishing from the window: Live → Publish… starts it, every change of the programme is handed to
 * the {@link Publisher} (which does all its work off the FX thread), the status bar shows each
 * target, and the list marks each turn live, pending or held. A programme that was publishing when
 * Shilu stopped publishes again when it is opened (after a crash too).
 */
public final class LivePublishing {
    /** How a turn stands on the published page. */
    public enum Mark { LIVE, PENDING, HELD }

    private static final java.time.format.DateTimeFormatter SECONDS = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Stage stage;
    private final Programme programme;
    private final StudioClock clock;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final UserSettings settings;
    private final UserFolders folders;
    private final Runnable marksChanged;
    /** Shows a warning with one action in the bar over the window: never a dialog that takes the operator's keys. */
    public interface Warning {
        void show(String text, String action, Runnable onAction);
    }

    private Warning warning = (text, action, onAction) -> { };
    private final Label status = new Label();
    private final Map<String, TargetStatus> targets = new LinkedHashMap<>();
    private final PublishingSecrets secrets;
    /** Counts the starts, so that a start whose secrets come back after a stop or another start is dropped. */
    private long starts;
    private Publisher publisher;
    private PublishingSettings.Plan plan;
    private String programmeId;
    private java.nio.file.Path programmeFile;
    private Transcript lastSeen;
    /** The turns of the last few editions made, by version: a target may be an edition or two behind. */
    private final Map<Long, Set<Turn>> shown = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<Turn>> eldest) {
            return size() > 16;
        }
    };
    private boolean paused;

    public LivePublishing(Stage stage, Programme programme, StudioClock clock, Messages messages, Dialogs dialogs,
                          UiThread uiThread, UserSettings settings, UserFolders folders, Runnable marksChanged) {
        this.stage = stage;
        this.programme = programme;
        this.clock = clock;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.settings = settings;
        this.folders = folders;
        this.marksChanged = marksChanged;
        this.secrets = new PublishingSecrets(stage, messages, uiThread, folders.config(), this::status);
        status.setId("publishStatus");
        status.getStyleClass().add("status-item");
        status.setVisible(false);
        status.setManaged(false);
        programme.document().addListener(this::changed);
    }

    /** Where warnings that need the user go (the bar over the window). */
    public void warnIn(Warning bar) {
        warning = bar;
    }

    private Runnable warnings = () -> { };

    /**
     * What is said when publishing starts from the dialog, and at each publish now (F9): sensitive
     * words held back, doubts still marked.
     */
    public void warnWith(Runnable said) {
        warnings = said;
    }

    private volatile java.util.function.BiPredicate<org.shilu.model.Transcript, Turn> flagged = (transcript, turn) -> false;

    /** Turns {@code flags} holds (a sensitive word) wait for approval, gate or no gate; called again when the words change. */
    public void holdFlagged(java.util.function.BiPredicate<org.shilu.model.Transcript, Turn> flags) {
        flagged = flags;
        if (publisher != null) {
            publisher.changed(programme.project());
        }
    }

    /** The status bar's item: each target live as of a time, pending, or failing and why. */
    public Label statusItem() {
        return status;
    }

    public boolean isPublishing() {
        return publisher != null;
    }

    /** How a turn stands, or null while the programme is not published. */
    public Mark markOf(Turn turn) {
        if (publisher == null) {
            return null;
        }
        if (!turn.approved() && (plan.approvalGate() || flagged.test(programme.document().transcript(), turn))) {
            return Mark.HELD;
        }
        // Live when the oldest edition any target has holds the turn.
        long oldest = targets.values().stream().mapToLong(TargetStatus::liveVersion).min().orElse(0);
        Set<Turn> out = shown.get(oldest);
        return out != null && out.contains(turn) ? Mark.LIVE : Mark.PENDING;
    }

    /** The list's word for how a turn stands, or null while the programme is not published. */
    public String markTextOf(Turn turn) {
        Mark mark = markOf(turn);
        return mark == null ? null : switch (mark) {
            case LIVE -> messages.text("publish.mark.live");
            case PENDING -> messages.text("publish.mark.pending");
            case HELD -> messages.text("publish.mark.held");
        };
    }

    /** Live → Publish…: where and how; then publishing starts (the programme is saved first if it never was). */
    public void choose(java.util.function.Consumer<Runnable> saveAs) {
        if (programme.file() == null) {
            // The page is known by its programme's file: a programme never saved is saved first.
            saveAs.accept(() -> {
                if (programme.file() != null) {
                    choose(saveAs);
                }
            });
            return;
        }
        String id = PublishProfile.programmeId(programme.file());
        PublishingSettings publishing = settings.current().publishing();
        new PublishDialog(stage, messages, uiThread, publishing.places(), publishing.plan(id).orElse(null)).showAndWait()
                .ifPresent(choice -> {
                    settings.update(current -> current.withPublishing(current.publishing().withPlaces(choice.places())
                            .withPlan(id, choice.plan())));
                    stop(false);
                    programmeId = id;
                    start(choice.plan(), false);
                    warnings.run();
                });
    }

    /** After a programme is shown, opened or saved: publishing follows the programme in the window. */
    public void programmeMaybeChanged() {
        // Called at every change of the programme: the id is worked out only when the file is another.
        if (java.util.Objects.equals(programme.file(), programmeFile)) {
            return;
        }
        programmeFile = programme.file();
        String id = programmeFile == null ? null : PublishProfile.programmeId(programmeFile);
        if (java.util.Objects.equals(id, programmeId)) {
            return;
        }
        boolean savedUnderNewName = publisher != null && id != null && lastSeen == programme.document().transcript();
        PublishingSettings.Plan running = plan;
        stop(false);
        programmeId = id;
        if (savedUnderNewName) {
            settings.update(current -> current.withPublishing(current.publishing().withPlan(id, running)));
            start(running, true); // the page there is this programme's, under its old name
            return;
        }
        settings.current().publishing().plan(id == null ? "" : id).filter(PublishingSettings.Plan::active)
                .ifPresent(planned -> start(planned, false));
    }

    public void publishNow() {
        if (publisher == null) {
            status(messages.text("publish.notPublishing"));
            return;
        }
        publisher.changed(programme.project());
        publisher.publishNow();
        warnings.run();
    }

    /** Pauses uploads, or resumes them (the newest state then goes out at once). */
    public void togglePause() {
        if (publisher == null) {
            status(messages.text("publish.notPublishing"));
            return;
        }
        paused = !paused;
        if (paused) {
            publisher.pause();
        } else {
            publisher.resume();
            publisher.publishNow();
        }
    }

    /** Stops publishing; with {@code forGood}, it does not resume when the programme is opened again. */
    public void stop(boolean forGood) {
        starts++;
        if (publisher != null) {
            Publisher stopping = publisher;
            publisher = null;
            uiThread.aside("shilu-publish-stop", stopping::close, () -> { });
        }
        if (forGood && programmeId != null && plan != null) {
            PublishingSettings.Plan inactive = plan.inactive();
            String id = programmeId;
            settings.update(current -> current.withPublishing(current.publishing().withPlan(id, inactive)));
        }
        targets.clear();
        toldOther = null;
        shown.clear();
        paused = false;
        status.setVisible(false);
        status.setManaged(false);
        marksChanged.run();
    }

    /**
     * Starts publishing: the remembered secrets are read off the FX thread, then the rest here;
     * with {@code overwrite}, the pages there are replaced (they are this programme's, under its old name).
     */
    private void start(PublishingSettings.Plan chosen, boolean overwrite) {
        plan = chosen;
        long starting = ++starts;
        Map<String, PublishProfile> known = new HashMap<>();
        settings.current().publishing().places().forEach(place -> known.put(place.name(), place));
        List<PublishProfile> places = chosen.places().stream().map(known::get).filter(java.util.Objects::nonNull).toList();
        secrets.load(places, () -> {
            if (starting == starts) {
                start(chosen, places, overwrite);
            }
        });
    }

    private void start(PublishingSettings.Plan chosen, List<PublishProfile> places, boolean overwrite) {
        HostKeys hostKeys = HostKeys.ofUser(folders.config(), this::trustHostKey);
        List<PublishTarget> chosenTargets = new ArrayList<>();
        for (PublishProfile place : places) {
            String secret = place.needsSecret() ? secrets.before(place) : null;
            if (place.needsSecret() && secret == null) {
                continue; // not given: this place is left out, and the status says so
            }
            java.util.function.Supplier<String> asked = place.usesKeyFile() ? () -> secrets.passphrase(place)
                    : () -> secret;
            try {
                chosenTargets.add(Targets.open(place, asked, hostKeys));
            } catch (IllegalArgumentException e) {
                dialogs.error(stage, messages.text("publish.title"), place.address(), e.getMessage());
            }
        }
        if (chosenTargets.isEmpty()) {
            status(messages.text("publish.nothingToPublish"));
            return;
        }
        PublishOptions options = PublishOptions.DEFAULTS.withDelaySeconds(chosen.delaySeconds())
                .withApprovalGate(chosen.approvalGate()).withPollSeconds(chosen.pollSeconds())
                .withMarkNewest(chosen.markNewest());
        publisher = new Publisher(new Editions(programmeId, options, Turn::approved, (transcript, turn) -> flagged.test(transcript, turn)), options, chosenTargets, clock::now,
                uiThread::onFx, this::show);
        publisher.onEdition(this::show);
        if (overwrite) {
            publisher.overwriteEverywhere();
        }
        for (PublishTarget target : chosenTargets) {
            targets.put(target.describe(), new TargetStatus(target.describe(), TargetStatus.State.PENDING, null, null,
                    0, 0, 0, 0));
        }
        showTargets();
        lastSeen = programme.document().transcript();
        publisher.changed(programme.project());
    }

    private void changed(org.shilu.model.TranscriptChange change) {
        if (change.edit() instanceof org.shilu.model.Edit.ReplaceTranscript) {
            // Another programme, or this one recovered: which it is shows once the replacing is done.
            lastSeen = null;
            javafx.application.Platform.runLater(() -> {
                programmeMaybeChanged();
                changed();
            });
            return;
        }
        changed();
    }

    private void changed() {
        if (publisher != null) {
            lastSeen = programme.document().transcript();
            publisher.changed(programme.project());
        }
    }

    /** The programme's layout changed (File → Export): the page is written anew. */
    public void layoutChanged() {
        changed();
    }

    private boolean trustHostKey(String host, int port, String fingerprint) {
        try {
            return uiThread.waitFor(() -> dialogs.confirm(stage, messages.text("publish.hostKey.header", host, port),
                    messages.text("publish.hostKey.detail", fingerprint), messages.text("publish.hostKey.trust"),
                    messages.text("publish.hostKey.refuse")), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void show(Edition edition) {
        if (publisher != null) {
            shown.put(edition.version(), edition.shownTurns());
        }
    }

    private void show(TargetStatus target) {
        if (publisher == null || !targets.containsKey(target.target())) {
            return;
        }
        TargetStatus was = targets.put(target.target(), target);
        showTargets();
        if (was == null || was.liveVersion() != target.liveVersion()) {
            marksChanged.run();
        }
    }

    private void showTargets() {
        List<String> parts = new ArrayList<>();
        boolean failing = false;
        for (TargetStatus target : targets.values()) {
            failing |= target.state() == TargetStatus.State.FAILING || target.state() == TargetStatus.State.OTHER_PROGRAMME;
            parts.add(switch (target.state()) {
                case LIVE -> messages.text("publish.state.live", SECONDS.format(target.liveAsOf()));
                // While the newest goes out, what readers have: no flicker at each commit.
                case PENDING -> target.liveAsOf() == null ? messages.text("publish.state.pending")
                        : messages.text("publish.state.live", SECONDS.format(target.liveAsOf()));
                case PAUSED -> messages.text("publish.state.paused");
                case FAILING -> messages.text("publish.state.failing", target.target(), target.reason());
                case OTHER_PROGRAMME -> messages.text("publish.state.other", target.target(), target.reason());
            });
        }
        TargetStatus any = targets.values().stream().findFirst().orElse(null);
        String counts = any == null || (any.held() == 0 && any.waiting() == 0) ? ""
                : " · " + messages.text("publish.counts", any.held(), any.waiting());
        status(String.join(" · ", parts) + counts);
        status.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failing"), failing);
        if (targets.values().stream().anyMatch(t -> t.state() == TargetStatus.State.OTHER_PROGRAMME)) {
            askToReplace();
        }
    }

    private String toldOther;

    /**
     * Another programme's page is where this one would go: the bar over the window says so, and
     * replaces it only if the user takes its action. Never a dialog: the operator may be typing.
     */
    private void askToReplace() {
        for (TargetStatus target : targets.values()) {
            if (target.state() == TargetStatus.State.OTHER_PROGRAMME && !target.target().equals(toldOther)) {
                toldOther = target.target();
                Publisher asking = publisher;
                warning.show(messages.text("publish.other.header", target.target()) + " — "
                        + messages.text("publish.other.detail", target.reason()), messages.text("publish.other.replace"),
                        () -> {
                            if (asking == publisher && publisher != null) {
                                publisher.overwriteOtherProgramme(target.target());
                            }
                        });
            }
        }
    }

    private void status(String text) {
        status.setText(text);
        status.setVisible(!text.isEmpty());
        status.setManaged(!text.isEmpty());
    }
}
