package org.shilu.ui.main;

import java.nio.file.Path;
import java.util.concurrent.Future;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.controlsfx.control.NotificationPane;
import org.shilu.live.LiveSession;
import org.shilu.live.LiveSession.NextSpeaker;
import org.shilu.store.Programme;
import org.shilu.store.Safekeeper;
import org.shilu.store.Templates;
import org.shilu.store.TranscriptFiles;
import org.shilu.store.UserFolders;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.review.ReviewPass;
import org.shilu.ui.share.SharingActions;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.WarningBar;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;
import org.shilu.ui.export.ExportAction;
import org.shilu.ui.help.KeysWindow;
import org.shilu.ui.preview.PreviewPlace;
import org.shilu.ui.live.LiveEntryController;
import org.shilu.ui.live.StudioClockDialog;
import org.shilu.ui.roster.RosterDialog;

/**
 * The main window: builds the scene, gives every action its handler, and asks before closing
 * would lose typed text or unsaved changes.
 */
public final class MainWindow {
    private final Stage stage;
    private final Messages messages;
    private final UiThread uiThread;
    private final Dialogs dialogs;
    private final LiveSession session;
    private final Programme programme;
    private final MainWindowView view;
    private final MainWindowController controller;
    private final LiveEntryController liveEntry;
    private final FileActions files;
    private final Keeping keeping;
    private final ActionKeys keys;
    private java.util.List<org.shilu.model.Speaker> rosterInMenus;
    private final Menu recentMenu;
    private final ExportAction export;
    private final PreviewPlace preview;
    private final EditMenu edits;
    private final UserSettings settings;
    private final org.shilu.ui.publish.LivePublishing publishing;
    private final ReviewPass review;
    private final SharingActions sharing;
    private final org.shilu.ui.desk.InterviewDesk desk;
    private final org.shilu.ui.media.MediaActions media;

    public MainWindow(Stage stage, Messages messages, UiThread uiThread, Programme programme, LiveSession session,
                      Safekeeper keeper, UserFolders folders, UserSettings settings, org.shilu.media.SoundInputs inputs) {
        this.stage = stage;
        this.messages = messages;
        this.uiThread = uiThread;
        this.programme = programme;
        this.session = session;
        this.dialogs = new Dialogs(messages);
        view = new MainWindowView(messages.bundle());
        liveEntry = new LiveEntryController(session, messages, dialogs, uiThread, view.liveEntry);
        controller = new MainWindowController(programme, session.clock(), messages, view);
        Parent root = view.root;
        keeping = new Keeping(stage, programme, session, keeper, folders, messages, dialogs, controller);
        this.settings = settings;
        files = new FileActions(stage, programme, messages, dialogs, uiThread, new Templates(folders.templates()),
                controller, keeping, settings, () -> settings.current().defaultProfile());
        publishing = new org.shilu.ui.publish.LivePublishing(stage, programme, session.clock(), messages, dialogs,
                uiThread, settings, folders, controller::refreshPublishMarks);
        export = new ExportAction(stage, programme, messages, dialogs, uiThread, settings,
                files::programmeName, this::exportLayoutChanged, controller::showStatus, this::showTurn);
        keys = new ActionKeys(messages);
        edits = new EditMenu(stage, programme, session, messages, keys, controller);

        controller.addStatusItem(publishing.statusItem());
        review = new ReviewPass(stage, programme.document(), messages, dialogs, uiThread, keys, session.clock()::now,
                view.turnList, () -> ExportAction.folderFor(programme, settings), controller::showStatus);
        controller.addStatusItem(review.statusItem());
        sharing = new SharingActions(stage, programme.document(), messages, dialogs, uiThread, folders.config(),
                folders.journals(), files::openShared, controller::showStatus, keys, view.turnList,
                controller::refreshPublishMarks);
        controller.addStatusItem(sharing.statusItem());
        // A turn's mark in the list: where it stands in live publishing, and which other seat has it.
        controller.markPublishing(turn -> {
            String published = publishing.markTextOf(turn);
            String shared = sharing.markOf(turn);
            return shared == null ? published : published == null ? shared : published + " · " + shared;
        });
        org.shilu.ui.publish.LivePublishing.Warning bar = (text, action, onAction) -> {
            NotificationPane pane = view.notifications;
            pane.getActions().setAll(new org.controlsfx.control.action.Action(action, event -> {
                pane.hide();
                onAction.run();
            }));
            WarningBar.show(pane, text);
        };
        publishing.warnIn(bar);
        desk = new org.shilu.ui.desk.InterviewDesk(stage, programme, session, messages, dialogs, uiThread, settings,
                view.workArea, liveEntry.draft(), controller::showStatus);
        controller.addStatusItem(desk.heldItem());
        preview = new PreviewPlace(programme, view.workArea, uiThread, desk.ranges(), messages.text("preview.onItsWay"),
                shown -> settings.update(current -> current.withPreviewShown(shown)));
        export.checkWords(desk::words);
        publishing.warnWith(() -> {
            if (!desk.warnOfSensitiveWords(bar, this::showTurn)) {
                org.shilu.ui.publish.DoubtWarning.warn(programme.document().transcript().turns(), messages, bar,
                        () -> keys.run(AppAction.DOUBTS));
            }
        });
        Runnable markWords = () -> {
            controller.markFlagged(desk.ranges());
            liveEntry.markFlagged(desk.ranges());
            publishing.holdFlagged(desk::flags);
            preview.marksChanged();
        };
        markWords.run();
        desk.onWordsChanged(markWords);
        media = new org.shilu.ui.media.MediaActions(stage, programme, session.clock(), messages, dialogs, uiThread, settings,
                inputs, bar, controller::showStatus, () -> view.turnList.getSelectionModel().getSelectedIndex(),
                controller::markHeard);
        controller.addStatusItem(media.statusItem());
        files.onShown(() -> {
            publishing.programmeMaybeChanged();
            media.programmeShown();
        });
        edits.editor().onStrayTyping(liveEntry::typeIntoDraft);
        recentMenu = new Menu(messages.text("menu.recent"));
        recentMenu.setId("menu-recent");
        files.onRecentFilesChanged(this::fillRecentMenu);
        fillRecentMenu();
        bindActions();
        buildMenus();
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        keys.install(scene);
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    MainWindow.class.getResource("/org/shilu/ui/icons/shilu-" + size + ".png").toExternalForm()));
        }
        settings.placeAndRemember(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            close();
        });
        session.addListener(this::buildMenus);
        session.addListener(() -> controller.showCorrection(session.correctingIndex()));
        // Once shown: the draft joins the scene only when the notification pane's skin is built.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, event -> {
            liveEntry.focusDraft();
            if (settings.current().previewShown()) {
                preview.show();
            }
        });
    }

    /** A passing notice in the bar over the window (a settings file set aside, say). */
    public void notice(String text) {
        NotificationPane bar = view.notifications;
        if (stage.isShowing() && bar.getSkin() != null) {
            WarningBar.show(bar, text);
            return;
        }
        // Raised before the window is up (a settings file set aside at start): a bar shown before
        // its skin exists is never drawn, so it is shown once the window and the bar are there.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent event) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                javafx.application.Platform.runLater(() -> WarningBar.show(bar, text));
            }
        });
    }

    /** Starts with a new programme, or with what a crash left if the user wants it back. */
    public void startNew() {
        files.startNew();
    }

    /**
     * The file named at start, opened directly (no programme is made before it) from its reading begun
     * while the window was built; called before the window shows.
     */
    public void openAtStart(Path path, Future<TranscriptFiles.Loaded> reading) {
        files.openAtStart(path, reading);
    }

    /** Joins a shared programme at start; see {@link SharingActions#joinAtStart}. */
    public void joinAtStart(String address) {
        sharing.joinAtStart(address);
    }

    /** The built-in sample, from its reading begun while the window was built; called before the window shows. */
    public void openSample(Future<TranscriptFiles.Loaded> reading) {
        files.openSample(reading);
    }

    public void open(Path path) {
        files.open(path);
    }

    /** A transcript or project dropped on the window opens, once the work in it is safe. */
    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            var dropped = event.getDragboard().getFiles();
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
            if (!dropped.isEmpty()) {
                Path file = dropped.get(0).toPath();
                // After the drop returns: the save question is modal and must not hold the drag open.
                javafx.application.Platform.runLater(() -> files.whenWorkIsSafe(() -> files.open(file)));
            }
        });
    }

    private void bindActions() {
        keys.on(AppAction.NEW, files::newProgramme);
        keys.on(AppAction.NEW_FROM_TEMPLATE, files::newFromTemplate);
        keys.on(AppAction.OPEN, files::open);
        keys.on(AppAction.SAVE, () -> files.save(() -> { }));
        keys.on(AppAction.SAVE_AS, () -> files.saveAs(() -> { }));
        keys.on(AppAction.SAVE_TEMPLATE, files::saveTemplate);
        keys.on(AppAction.EXPORT, export::run);
        keys.on(AppAction.CHECK, export::checkOnly);
        keys.on(AppAction.SHARE, sharing::share);
        keys.on(AppAction.JOIN, sharing::join);
        keys.on(AppAction.STOP_SHARING, sharing::stop);
        keys.on(AppAction.TOGGLE_PREVIEW, preview::toggle);
        keys.on(AppAction.QUIT, this::close);
        keys.on(AppAction.PUBLISH, () -> publishing.choose(after -> files.saveAs(after)));
        keys.on(AppAction.PUBLISH_NOW, publishing::publishNow);
        keys.on(AppAction.PAUSE_PUBLISHING, publishing::togglePause);
        keys.on(AppAction.STOP_PUBLISHING, () -> publishing.stop(true));
        keys.on(AppAction.COMMIT, () -> session.commit(NextSpeaker.NATURAL));
        keys.on(AppAction.COMMIT_SAME_SPEAKER, () -> session.commit(NextSpeaker.SAME));
        for (int n = 1; n <= 9; n++) {
            int number = n;
            keys.on(AppAction.speaker(n), () -> {
                if (edits.editor().listHasFocus()) {
                    edits.editor().changeSpeaker(number);
                } else {
                    session.speakerKey(number);
                }
            });
        }
        keys.on(AppAction.CORRECT_LAST, () -> {
            session.correctLast();
            liveEntry.focusDraft();
        });
        keys.onWhenApplies(AppAction.CANCEL_CORRECTION, liveEntry::cancelCorrection);
        keys.on(AppAction.ROSTER, () -> new RosterDialog(stage, programme.document(), messages).showAndApply());
        keys.on(AppAction.GLOSSARY, () -> new org.shilu.ui.edit.GlossaryDialog(stage, programme.document(), messages, dialogs,
                uiThread).showAndWait());
        keys.onWhenApplies(AppAction.EXPAND, () -> org.shilu.ui.live.GlossaryExpansion.expand(liveEntry.draft(),
                programme.document().transcript(), messages, controller::showStatus));
        keys.onWhenApplies(AppAction.ACCEPT_SUGGESTION, liveEntry::acceptSuggestion);
        keys.onWhenApplies(AppAction.DOUBT, () -> liveEntry.markDoubt(controller::showStatus));
        keys.on(AppAction.NEXT_DOUBT, () -> org.shilu.ui.edit.DoubtsDialog.showNext(true, programme.document().transcript(),
                view.turnList.getSelectionModel().getSelectedIndex(), messages, controller::showStatus, this::showTurn));
        keys.on(AppAction.PREVIOUS_DOUBT, () -> org.shilu.ui.edit.DoubtsDialog.showNext(false, programme.document().transcript(),
                view.turnList.getSelectionModel().getSelectedIndex(), messages, controller::showStatus, this::showTurn));
        keys.on(AppAction.DOUBTS, () -> org.shilu.ui.edit.DoubtsDialog.show(stage, programme.document(), messages, this::showTurn));
        keys.on(AppAction.STUDIO_CLOCK, () -> {
            new StudioClockDialog(stage, session.clock(), messages).showAndApply();
            settings.update(current -> current.withClockOffsetSeconds(session.clock().offset().toSeconds()));
        });
        keys.on(AppAction.START_ON_AIR, session::startOnAir);
        media.bind(keys, files::saveAs);
        keys.on(AppAction.REVIEW, review::show);
        keys.on(AppAction.MARK_PUBLISHED, review::markPublished);
        controller.countElapsedFrom(session::onAir);
        keys.on(AppAction.SETTINGS, () -> {
            settings.showDialog(stage, messages);
            desk.listsChanged();
        });
        desk.bind(keys);
        keys.on(AppAction.KEYS, () -> KeysWindow.show(stage, messages));
    }

    /** An export changed the page layout: it is the default for new programmes now, and the pages follow it. */
    private void exportLayoutChanged() {
        files.showState();
        settings.update(current -> current.withExportProfile(programme.profile()));
        preview.profileChanged();
        publishing.layoutChanged();
    }

    /** Shows a turn the checks before export found, in the list. */
    private void showTurn(String turnId) {
        review.showTurn(turnId);
    }

    /** Menus name the speakers behind Ctrl+1…9, so they are rebuilt when the roster changes. */
    private void buildMenus() {
        var roster = programme.document().transcript().roster();
        if (roster == rosterInMenus) {
            return;
        }
        rosterInMenus = roster;
        view.fileMenu.getItems().setAll(keys.menuItem(AppAction.NEW), keys.menuItem(AppAction.NEW_FROM_TEMPLATE),
                keys.menuItem(AppAction.OPEN), recentMenu, new SeparatorMenuItem(), keys.menuItem(AppAction.SAVE),
                keys.menuItem(AppAction.SAVE_AS), keys.menuItem(AppAction.SAVE_TEMPLATE), new SeparatorMenuItem(),
                keys.menuItem(AppAction.EXPORT), new SeparatorMenuItem(), keys.menuItem(AppAction.SHARE),
                keys.menuItem(AppAction.JOIN), keys.menuItem(AppAction.STOP_SHARING), new SeparatorMenuItem(),
                keys.menuItem(AppAction.SETTINGS),
                new SeparatorMenuItem(), keys.menuItem(AppAction.QUIT));
        view.viewMenu.getItems().setAll(keys.menuItem(AppAction.TOGGLE_PREVIEW));
        edits.build();
        Menu speakers = new Menu(messages.text("menu.speakers"));
        for (int n = 1; n <= Math.min(9, roster.size()); n++) {
            var item = keys.menuItem(AppAction.speaker(n));
            item.setText(n + "  " + roster.get(n - 1).label());
            speakers.getItems().add(item);
        }
        view.liveMenu.getItems().setAll(keys.menuItem(AppAction.COMMIT), keys.menuItem(AppAction.COMMIT_SAME_SPEAKER),
                speakers, new SeparatorMenuItem(), keys.menuItem(AppAction.CORRECT_LAST),
                keys.menuItem(AppAction.CANCEL_CORRECTION), keys.menuItem(AppAction.EXPAND), keys.menuItem(AppAction.DOUBT),
                new SeparatorMenuItem(),
                keys.menuItem(AppAction.ROSTER), keys.menuItem(AppAction.GLOSSARY),
                keys.menuItem(AppAction.STUDIO_CLOCK), keys.menuItem(AppAction.START_ON_AIR), new SeparatorMenuItem(),
                keys.menuItem(AppAction.PUBLISH), keys.menuItem(AppAction.PUBLISH_NOW),
                keys.menuItem(AppAction.PAUSE_PUBLISHING), keys.menuItem(AppAction.STOP_PUBLISHING), new SeparatorMenuItem());
        view.liveMenu.getItems().addAll(desk.menuItems(keys));
        view.liveMenu.getItems().add(new SeparatorMenuItem());
        view.liveMenu.getItems().addAll(media.menuItems(keys));
        view.helpMenu.getItems().setAll(keys.menuItem(AppAction.KEYS));
    }

    /** File → Open Recent: the files opened or saved last, newest first. */
    private void fillRecentMenu() {
        var recent = files.recentFiles();
        recentMenu.getItems().clear();
        for (Path file : recent) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> files.whenWorkIsSafe(() -> files.open(file)));
            recentMenu.getItems().add(item);
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem(messages.text("menu.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        }
    }

    /** Closes the window once the draft and unsaved changes are safe or given up. */
    private void close() {
        if (!session.draft().isBlank() && !dialogs.confirmDiscard(stage, messages.text("close.draft.header"),
                messages.text("close.draft.detail"))) {
            return;
        }
        files.whenWorkIsSafe(() -> {
            publishing.stop(false);
            sharing.stop();
            desk.close();
            media.closing();
            keeping.closing();
            stage.close();
        });
    }
}
