package org.shilu.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.shilu.format.Project;
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
        boolean normalise = false;
        java.nio.charset.Charset encoding = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--to" -> to = format(CommandInput.value(args, ++i, arg));
                case "--from" -> {
                    from = format(CommandInput.value(args, ++i, arg));
                    if (!from.isReadable()) {
                        throw new UsageException("--from " + from.cliName() + ": Shilu only writes that format; read "
                                + readableNames());
                    }
                }
                case "-o", "--output" -> output = Path.of(CommandInput.value(args, ++i, arg));
                case "--normalise", "--normalize" -> normalise = true;
                case "--encoding" -> encoding = encoding(CommandInput.value(args, ++i, arg));
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
        return convert(input, from, to, output, normalise, encoding);
    }

    /** The encodings portal text is written in: those the reader reads. */
    private static java.nio.charset.Charset encoding(String name) throws UsageException {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8", "utf8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "gb18030", "gbk" -> org.shilu.format.TextDecoder.GB18030;
            default -> throw new UsageException("unknown encoding " + name + "; use utf-8|gb18030");
        };
    }

    private void say(String message) {
        CommandInput.say(err, message);
    }

    private int convert(Path input, TranscriptFormat from, TranscriptFormat to, Path output, boolean normalise,
                        java.nio.charset.Charset encoding) {
        TranscriptFiles.Loaded loaded = CommandInput.read(input, from, err);
        if (loaded == null) {
            return Cli.BAD_INPUT;
        }
        for (ReadWarning warning : loaded.result().warnings()) {
            say("warning: " + input + ", " + warning);
        }
        Project project = loaded.result().project();
        if (normalise) {
            project = project.normalised();
        }
        if (encoding != null) {
            project = new Project(project.transcript(), project.profile(), project.source().inEncoding(encoding, false));
        }
        String unreadable = to.unreadableBecause(project);
        String target = output == null ? "standard output" : output.toString();
        if (unreadable != null) {
            say(target + ": not written: " + unreadable);
            return Cli.BAD_INPUT;
        }
        Project written = project;
        try {
            if (output == null) {
                to.write(written, out);
                out.flush();
                if (out.checkError()) {
                    say("standard output: the write failed (a full disk or a closed pipe); what was written is incomplete");
                    return Cli.BAD_INPUT;
                }
            } else {
                AtomicFile.write(output, stream -> to.write(written, stream));
            }
            return Cli.OK;
        } catch (TranscriptFormat.TooLargeException e) {
            say(target + ": not written: " + e.getMessage());
            return Cli.BAD_INPUT;
        } catch (IOException e) {
            say(target + ": cannot be written: " + reason(e));
            return Cli.BAD_INPUT;
        }
    }

    /** The operating system's reason, without the Java exception's wording. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
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
