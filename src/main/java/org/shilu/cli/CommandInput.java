package org.shilu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.TranscriptFormat;
import org.shilu.store.TranscriptFiles;

/** What the commands share: an option's value, a line to standard error, and reading the input file. */
final class CommandInput {
    private CommandInput() {
    }

    static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    /** One line on standard error, "shilu: " first, with what came from a file made safe to print. */
    static void say(PrintStream err, String message) {
        err.println("shilu: " + Terminal.safe(message));
    }

    /** The input, read; or null once the reason (naming the file, and the line) is said. */
    static TranscriptFiles.Loaded read(Path input, TranscriptFormat from, PrintStream err) {
        try {
            return TranscriptFiles.read(input, from);
        } catch (NoSuchFileException e) {
            say(err, input + ": no such file");
        } catch (IOException e) {
            say(err, input + ": cannot be read: " + ConvertCommand.reason(e));
        } catch (BadInputException e) {
            say(err, e.getMessage());
        }
        return null;
    }
}
