package org.shilu.ui.main;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.shilu.format.BadInputException;
import org.shilu.store.TranscriptFiles;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.UiThread;

/** The main window: builds the scene from FXML and opens transcripts into it off the FX thread. */
public final class MainWindow {
    private final Stage stage;
    private final ResourceBundle messages;
    private final UiThread uiThread;
    private final MainWindowController controller;

    public MainWindow(Stage stage, ResourceBundle messages, UiThread uiThread) {
        this.stage = stage;
        this.messages = messages;
        this.uiThread = uiThread;
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"), messages);
        loader.setControllerFactory(type -> new MainWindowController(messages, this::handle));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout could not be loaded", e);
        }
        controller = loader.getController();
        Scene scene = new Scene(root, 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.getString("app.title"));
    }

    public void openSample() {
        load(TranscriptFiles::readSample, TranscriptFiles.SAMPLE);
    }

    public void open(Path path) {
        load(() -> TranscriptFiles.read(path, null), path.getFileName().toString());
    }

    private void load(java.util.concurrent.Callable<TranscriptFiles.Loaded> reading, String name) {
        controller.showBusy(name);
        uiThread.inBackground(reading, loaded -> {
            controller.show(loaded.result());
            stage.setTitle(messages.getString("app.title") + " — " + name);
        }, this::showOpenFailure);
    }

    private void showOpenFailure(Exception failure) {
        controller.showIdle();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(messages.getString("open.failed.title"));
        alert.setHeaderText(messages.getString("open.failed.header"));
        alert.setContentText(failure instanceof BadInputException || failure instanceof IOException
                ? failure.getMessage() : String.valueOf(failure));
        alert.show();
    }

    private void handle(AppAction action) {
        switch (action) {
            case OPEN -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.getString("open.title"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(messages.getString("open.filter.transcripts"), "*.shilu", "*.txt"),
                        new FileChooser.ExtensionFilter(messages.getString("open.filter.all"), "*"));
                File file = chooser.showOpenDialog(stage);
                if (file != null) {
                    open(file.toPath());
                }
            }
            case QUIT -> stage.close();
        }
    }
}
