package org.shilu;

import org.shilu.cli.Cli;
import org.shilu.ui.ShiluLauncher;

/**
 * The entry point of {@code java -jar shilu.jar}. It is not a JavaFX Application, so that the jar
 * starts from the class path, and so that the command line never loads the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(new Cli(System.out, System.err).run(args));
        }
        if (!hasDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
            System.err.println(NO_DISPLAY);
            System.exit(1);
        }
        RenderingPipeline.chooseBeforeTheToolkitStarts();
        try {
            startTheWindow(args);
        } catch (RuntimeException | LinkageError failed) {
            // One clear line, never a stack trace: the toolkit could not start here.
            System.err.println("shilu: the window could not start: " + failed.getMessage() + ". " + NO_DISPLAY_HINT);
            System.exit(1);
        }
    }

    static final String NO_DISPLAY_HINT = "`shilu convert` works without a display.";
    static final String NO_DISPLAY = "shilu: Shilu needs a display for the window (DISPLAY is not set); " + NO_DISPLAY_HINT;

    /** On Linux and the other X11 systems a window needs DISPLAY (or Wayland's); Windows and macOS always have one. */
    static boolean hasDisplay(java.util.Map<String, String> env, String os, String glassPlatform) {
        if (glassPlatform != null && !glassPlatform.isBlank() && !glassPlatform.equalsIgnoreCase("gtk")) {
            return true; // a headless or embedded glass platform of its own
        }
        String name = os.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("win") || name.contains("mac")) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    private static void startTheWindow(String[] args) {
        try {
            if (JavaFxModules.launchAsModules(args)) {
                return;
            }
        } catch (java.lang.reflect.InvocationTargetException failed) {
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException notThere) {
            // The layer lacks the launcher: start from the class path as before.
        }
        ShiluLauncher.launch(args);
    }
}
