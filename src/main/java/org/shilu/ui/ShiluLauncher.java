package org.shilu.ui;

import java.util.List;

import org.shilu.ui.common.ClassWarmUp;

import javafx.application.Application;

/** Starts the window; kept apart from {@link ShiluApp} so that {@code Main} is not an Application. */
public final class ShiluLauncher {
    private ShiluLauncher() {
    }

    public static void launch(String[] args) {
        // While the toolkit starts: Shilu's classes, the controls' and Jackson's, ready for the FX thread.
        ClassWarmUp.start(List.of(ShiluLauncher.class, javafx.scene.control.Control.class,
                org.controlsfx.control.NotificationPane.class, com.fasterxml.jackson.databind.ObjectMapper.class),
                () -> new org.shilu.format.JournalCodec().encode(new org.shilu.format.JournalCodec.DraftEntry(
                        org.shilu.model.Draft.NONE)));
        Application.launch(ShiluApp.class, args);
    }
}
