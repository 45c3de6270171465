package org.shilu.ui.share;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;
import org.shilu.share.SeatRole;
import org.shilu.share.SeatSync;
import org.shilu.share.ShareAddress;
import org.shilu.share.ShareException;
import org.shilu.share.SharedStore;
import org.shilu.store.Secrets;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * File → Share programme… and File → Join shared programme…: connects (off the FX thread), puts
 * the programme on the server or takes one from it, and keeps it in step (SeatSync) while the
 * window has it; the status bar says whether the server is reached and how much waits to go, and
 * a clash with another seat is put to the user. The password is asked each time, or taken from
 * the owner-only secrets file when it was remembered; it is never written into the project or
 * the settings.
 */
public final class SharingActions {
    private final Stage stage;
    private final Document document;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final Secrets secrets;
    /** Where each shared programme's changes not yet sent are kept, so that a crash does not lose them. */
    private final Path pendingFolder;
    private final BiConsumer<Transcript, String> openJoined;
    private final Consumer<String> statusLine;
    private final Label status = new Label();
    private final Runnable refreshMarks;
    /** The window's keys, which withhold what this seat's role does not do. */
    private final ActionKeys keys;
    private SeatRole role = SeatRole.PUBLISHER;
    private final Deque<SharedStore.Conflict> conflicts = new ArrayDeque<>();
    private boolean asking;
    private ShareAddress lastAddress;
    private SharedStore store;
    private SeatSync sync;
    private Transcript joinedTranscript;

    /**
     * @param openJoined shows a joined programme in the window as a new, never-saved one (asking
     *                   first about unsaved work), then calls back through {@link #joined}
     */
    public SharingActions(Stage stage, Document document, Messages messages, Dialogs dialogs, UiThread uiThread,
                          Path configFolder, Path pendingFolder, BiConsumer<Transcript, String> openJoined,
                          Consumer<String> statusLine, ActionKeys keys,
                          javafx.scene.control.ListView<org.shilu.model.Turn> turnList, Runnable refreshMarks) {
        this.stage = stage;
        this.keys = keys;
        this.document = document;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.secrets = new Secrets(configFolder);
        this.pendingFolder = pendingFolder;
        this.openJoined = openJoined;
        this.statusLine = statusLine;
        this.refreshMarks = refreshMarks;
        status.setId("shareStatus");
        // What this seat edits in place is said to the others, who mark the turn in their lists.
        turnList.editingIndexProperty().addListener((o, was, now) -> {
            if (sync != null) {
                int index = now.intValue();
                sync.editing(index >= 0 && index < turnList.getItems().size() ? turnList.getItems().get(index).id() : null);
            }
        });
        document.addListener(change -> {
            if (sync != null && change.edit() instanceof Edit.ReplaceTranscript && change.after() != joinedTranscript) {
                stop(); // another programme opened here: this one is no longer kept in step from this window
            }
        });
    }

    public Node statusItem() {
        return status;
    }

    /** The turn list's mark of a turn: another seat editing it now, or the other seat that changed it last; else null. */
    public String markOf(org.shilu.model.Turn turn) {
        if (sync == null) {
            return null;
        }
        String editing = sync.editedBy(turn.id());
        if (editing != null) {
            return messages.text("share.mark.editing", editing);
        }
        String changed = sync.changedBy(turn.id());
        return changed == null ? null : messages.text("share.mark.changed", changed);
    }

    public void share() {
        ShareDialog.ask(stage, messages, false, lastAddress).ifPresent(request -> connect(request, store -> {
            Transcript transcript = document.transcript();
            String title = transcript.header().programme().isBlank() ? transcript.header().heading() : transcript.header().programme();
            UUID id = store.share(title.isBlank() ? messages.text("programme.untitled") : title, transcript,
                    request.address().user(), request.role());
            for (String user : request.letIn()) {
                store.grant(id, user, request.letInAs());
            }
            return store.join(id);
        }, (store, snapshot) -> {
            attach(store, snapshot, request.address().user());
            showId(snapshot.programme());
        }));
    }

    public void join() {
        ShareDialog.ask(stage, messages, true, lastAddress).ifPresent(this::join);
    }

    private void join(ShareDialog.Request request) {
        connect(request, store -> store.join(request.programme()), (store, snapshot) -> {
            joinedTranscript = snapshot.transcript();
            openJoined.accept(snapshot.transcript(), snapshot.title());
            if (document.transcript() == snapshot.transcript()) {
                attach(store, snapshot, request.address().user());
            } else {
                store.close(); // the user kept the work open here instead
            }
        });
    }

    /**
     * Joins at start ({@code shilu --join postgresql://user@host:port/database#id}), with the
     * password in the environment variable {@code SHILU_SHARE_PASSWORD} or remembered.
     */
    public void joinAtStart(String address) {
        ShareAddress.WithProgramme given;
        try {
            given = ShareAddress.parse(address);
        } catch (IllegalArgumentException e) {
            dialogs.error(stage, messages.text("share.failed.title"), messages.text("share.failed.header", address), e.getMessage());
            return;
        }
        String password = System.getenv("SHILU_SHARE_PASSWORD");
        ShareDialog.Request request = new ShareDialog.Request(given.address(), password == null ? "" : password, false,
                SeatRole.OPERATOR, java.util.List.of(), SeatRole.PROOFREADER, given.programme());
        join(request);
    }

    @FunctionalInterface
    private interface OnServer {
        SharedStore.Snapshot run(SharedStore store) throws ShareException;
    }

    /** Connects and does the work off the FX thread; a failure is said in a dialog naming the server. */
    private void connect(ShareDialog.Request request, OnServer work, BiConsumer<SharedStore, SharedStore.Snapshot> then) {
        stop();
        lastAddress = request.address();
        String secretName = "postgres:" + request.address();
        statusLine.accept(messages.text("share.connecting", request.address()));
        uiThread.inBackground(() -> {
            String password = request.password().isEmpty() ? secrets.get(secretName).orElse("") : request.password();
            if (request.remember() && !request.password().isEmpty()) {
                secrets.remember(secretName, request.password());
            }
            SharedStore opened = SharedStore.open(request.address(), password);
            try {
                return new Object[] {opened, work.run(opened)};
            } catch (ShareException e) {
                opened.close();
                throw e;
            }
        }, result -> {
            statusLine.accept("");
            then.accept((SharedStore) result[0], (SharedStore.Snapshot) result[1]);
        }, failure -> {
            statusLine.accept("");
            dialogs.error(stage, messages.text("share.failed.title"), messages.text("share.failed.header", request.address()),
                    failure instanceof ShareException share ? share.getMessage() : dialogs.describe(failure));
        });
    }

    private void attach(SharedStore opened, SharedStore.Snapshot snapshot, String seat) {
        store = opened;
        role = snapshot.role();
        keys.withhold(withheldFrom(role), statusLine);
        sync = new SeatSync(opened, snapshot, seat, document, uiThread::onFx, pendingFolder.resolve(
                snapshot.programme() + "-" + seat + ".pending"), new org.shilu.share.SeatEvents() {
            @Override
            public void state(boolean online, int waiting) {
                uiThread.onFx(() -> showState(online, waiting));
            }

            @Override
            public void conflict(SharedStore.Conflict conflict) {
                conflicts.add(conflict);
                askNext();
            }

            @Override
            public void marksChanged() {
                refreshMarks.run();
            }
        });
        showState(true, 0);
    }

    private void showState(boolean online, int waiting) {
        if (sync == null) {
            status.setText("");
            return;
        }
        status.setText(messages.text(online ? "share.state.online" : "share.state.offline", waiting, roleName(role)));
    }

    private String roleName(SeatRole seatRole) {
        return messages.text("share.role.short." + seatRole.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** What a seat in this role does not do, with why: a typist does not approve (先审后发); only a publisher publishes. */
    private Map<AppAction, String> withheldFrom(SeatRole seatRole) {
        Map<AppAction, String> withheld = new EnumMap<>(AppAction.class);
        String as = roleName(seatRole);
        if (!seatRole.mayApprove()) {
            withheld.put(AppAction.APPROVE, messages.text("share.withheld", as, messages.actionName(AppAction.APPROVE),
                    messages.text("share.withheld.approvers")));
        }
        if (!seatRole.mayPublish()) {
            for (AppAction publishing : new AppAction[] {AppAction.MARK_PUBLISHED, AppAction.PUBLISH, AppAction.PUBLISH_NOW}) {
                withheld.put(publishing, messages.text("share.withheld", as, messages.actionName(publishing),
                        messages.text("share.withheld.publisher")));
            }
        }
        return withheld;
    }

    /** Puts the clashes to the user one after another, after the key or click that is under way. */
    private void askNext() {
        if (asking || conflicts.isEmpty()) {
            return;
        }
        asking = true;
        javafx.application.Platform.runLater(() -> {
            SharedStore.Conflict conflict = conflicts.poll();
            ConflictDialog.ask(stage, messages, conflict).ifPresent(chosen -> {
                if (sync != null) {
                    sync.settle(conflict, chosen);
                }
            });
            asking = false;
            askNext();
        });
    }

    private void showId(UUID programme) {
        Alert shared = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        shared.initOwner(stage);
        shared.setTitle(messages.text("share.title"));
        shared.setHeaderText(messages.text("share.done"));
        TextField id = new TextField(programme.toString());
        id.setId("shareProgrammeId");
        id.setEditable(false);
        shared.getDialogPane().setContent(id);
        shared.show();
    }

    /** Stops keeping the programme in step (the window keeps it as it is, with its journal). */
    public void stop() {
        if (sync != null) {
            SeatSync closing = sync;
            SharedStore closingStore = store;
            sync = null;
            store = null;
            uiThread.aside("share-stop", () -> {
                try {
                    closing.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                closingStore.close();
            }, () -> { });
        }
        keys.withhold(Map.of(), statusLine);
        showState(false, 0);
    }
}
