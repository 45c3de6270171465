package org.shilu.ui;

import java.util.List;

import org.shilu.ui.common.ClassWarmUp;

import javafx.application.Application;

/** Starts the window; kept apart from {@link ShiluApp} so that {@code Main} is not an Application. */
public final class ShiluLauncher {
    private ShiluLauncher() {
    }

    public static void launch(String[] args) {
        // While the toolkit starts, first the time zone: the first one looked up asks every jar on the
        // class path for zone rules (java.time's ServiceLoader), 60-80 ms that the FX thread spent
        // making the studio clock. Then Shilu's classes, the controls' and Jackson's, for the FX thread.
        ClassWarmUp.start(java.time.ZoneId::systemDefault, List.of(ShiluLauncher.class, javafx.scene.control.Control.class,
                org.controlsfx.control.NotificationPane.class, com.fasterxml.jackson.databind.ObjectMapper.class),
                () -> new org.shilu.format.JournalCodec().encode(new org.shilu.format.JournalCodec.DraftEntry(
                        org.shilu.model.Draft.NONE)));
        Application.launch(ShiluApp.class, args);
    }
}
