package org.shilu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.stage.Stage;

import org.shilu.ui.common.UiThread;
import org.shilu.ui.main.MainWindow;

/**
 * The JavaFX application. Arguments: a file to open, or {@code --sample} for the built-in sample;
 * with neither it starts a new programme.
 */
public class ShiluApp extends Application {
    private final UiThread uiThread = new UiThread();

    @Override
    public void start(Stage stage) throws Exception {
        ResourceBundle messages = ResourceBundle.getBundle("org.shilu.ui.messages", Locale.getDefault());
        MainWindow window = new MainWindow(stage, messages, uiThread);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (args.contains("--sample")) {
            window.openSample();
        } else if (!args.isEmpty()) {
            window.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        uiThread.close();
    }
}
