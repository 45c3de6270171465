package org.shilu.ui.main;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import org.controlsfx.control.StatusBar;
import org.shilu.format.PortalReadResult;
import org.shilu.model.Header;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.ui.common.AppAction;

/** Binds the main window's controls to the open transcript and forwards menu choices. */
public final class MainWindowController {
    private final ResourceBundle messages;
    private final Consumer<AppAction> actions;
    private Transcript transcript = Transcript.newProgramme();

    @FXML
    private Menu fileMenu;
    @FXML
    private Label heading;
    @FXML
    private Label programme;
    @FXML
    private Label sectionLabel;
    @FXML
    private ListView<Turn> turnList;
    @FXML
    private StatusBar statusBar;

    MainWindowController(ResourceBundle messages, Consumer<AppAction> actions) {
        this.messages = messages;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        fileMenu.getItems().setAll(item(AppAction.OPEN), item(AppAction.QUIT));
        turnList.setCellFactory(list -> new TurnCell(() -> transcript));
        showTranscript(transcript);
        showIdle();
    }

    private MenuItem item(AppAction action) {
        MenuItem item = new MenuItem(messages.getString(action.textKey()));
        item.setAccelerator(action.key());
        item.setOnAction(event -> actions.accept(action));
        return item;
    }

    void show(PortalReadResult read) {
        showTranscript(read.project().transcript());
        int warnings = read.warnings().size();
        statusBar.setText(warnings == 0 ? counts()
                : counts() + "  ·  " + MessageFormat.format(messages.getString("status.warnings"), warnings));
    }

    void showBusy(String name) {
        statusBar.setText(MessageFormat.format(messages.getString("status.opening"), name));
        statusBar.setProgress(-1);
    }

    void showIdle() {
        statusBar.setProgress(0);
        statusBar.setText(counts());
    }

    private void showTranscript(Transcript shown) {
        transcript = shown;
        Header header = shown.header();
        heading.setText(header.heading());
        programme.setText(header.programme());
        sectionLabel.setText(header.sectionLabel());
        turnList.getItems().setAll(shown.turns());
        statusBar.setProgress(0);
    }

    private String counts() {
        long characters = transcript.turns().stream().mapToLong(Turn::characterCount).sum();
        return MessageFormat.format(messages.getString("status.counts"), transcript.turns().size(), characters);
    }
}
