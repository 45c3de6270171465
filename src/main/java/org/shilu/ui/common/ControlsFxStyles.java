package org.shilu.ui.common;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * ControlsFX's own style sheets for its controls in the window, read in JavaFX's binary form: the
 * build writes them beside this class (src/build/java/BinaryStyleSheets.java), so that JavaFX's CSS
 * parser, cold, does not run on the event thread at start. JavaFX finds a .bss beside Shilu's own
 * .css by itself; a library's sheet is named by its control, which is why its control asks here.
 */
public final class ControlsFxStyles {
    private static final Map<String, String> BINARY = new ConcurrentHashMap<>();

    private ControlsFxStyles() {
    }

    /**
     * The binary copy of the ControlsFX style sheet NAME (as "notificationpane.css"), or the
     * control's own .css when the build wrote none (a build that skipped process-classes).
     */
    public static String userAgent(String name, Supplier<String> own) {
        String binary = BINARY.computeIfAbsent(name, css -> {
            URL url = ControlsFxStyles.class.getResource("controlsfx/" + css.replaceFirst("\\.css$", ".bss"));
            return url == null ? "" : url.toExternalForm();
        });
        return binary.isEmpty() ? own.get() : binary;
    }
}
