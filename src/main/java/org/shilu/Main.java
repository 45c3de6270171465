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
        ShiluLauncher.launch(args);
    }
}
