package org.shilu.ui;

import javafx.application.Application;

/** Starts the window; kept apart from {@link ShiluApp} so that {@code Main} is not an Application. */
public final class ShiluLauncher {
    private ShiluLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(ShiluApp.class, args);
    }
}
