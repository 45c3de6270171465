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
