package org.shilu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.shilu.format.BadInputException;
import org.shilu.format.ReadWarning;
import org.shilu.format.TranscriptFormat;
import org.shilu.store.AtomicFile;
import org.shilu.store.TranscriptFiles;

/** {@code convert INPUT --to FORMAT [-o OUTPUT] [--from FORMAT]}: reads one transcript and writes it in another format. */
final class ConvertCommand {
    private final PrintStream out;
    private final PrintStream err;

    ConvertCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws UsageException {
        Path input = null;
        Path output = null;
        TranscriptFormat from = null;
        TranscriptFormat to = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--to" -> to = format(value(args, ++i, arg));
                case "--from" -> {
                    from = format(value(args, ++i, arg));
                    if (!from.isReadable()) {
                        throw new UsageException("--from " + from.cliName() + ": Shilu only writes that format; read "
                                + readableNames());
                    }
                }
                case "-o", "--output" -> output = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (input != null) {
                        throw new UsageException("only one input file, please: " + arg);
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null) {
            throw new UsageException("convert needs an input file");
        }
        if (to == null) {
            throw new UsageException("convert needs --to " + formatNames());
        }
        return convert(input, from, to, output);
    }

    private int convert(Path input, TranscriptFormat from, TranscriptFormat to, Path output) {
        TranscriptFiles.Loaded loaded;
        try {
            loaded = TranscriptFiles.read(input, from);
        } catch (NoSuchFileException e) {
            err.println("shilu: " + input + ": no such file");
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            err.println("shilu: " + input + ": cannot be read: " + e.getMessage());
            return Cli.BAD_INPUT;
        } catch (BadInputException e) {
            err.println("shilu: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        for (ReadWarning warning : loaded.result().warnings()) {
            err.println("shilu: warning: " + input + ", " + warning);
        }
        byte[] bytes = to.write(loaded.result().project());
        if (output == null) {
            out.write(bytes, 0, bytes.length);
            out.flush();
            return Cli.OK;
        }
        try {
            AtomicFile.write(output, bytes);
            return Cli.OK;
        } catch (IOException e) {
            err.println("shilu: " + output + ": cannot be written: " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static TranscriptFormat format(String name) throws UsageException {
        return TranscriptFormat.byName(name)
                .orElseThrow(() -> new UsageException("unknown format " + name + "; use " + formatNames()));
    }

    static String readableNames() {
        return String.join("|", java.util.Arrays.stream(TranscriptFormat.values()).filter(TranscriptFormat::isReadable)
                .map(TranscriptFormat::cliName).toList());
    }

    static String formatNames() {
        return String.join("|", java.util.Arrays.stream(TranscriptFormat.values()).map(TranscriptFormat::cliName).toList());
    }
}
