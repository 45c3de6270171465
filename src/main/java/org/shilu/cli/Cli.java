package org.shilu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Properties;

/** The command line: convert, --version and --help. It never starts the JavaFX toolkit. */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    private final java.util.function.Supplier<org.shilu.store.UserFolders> folders;
    private final java.util.function.UnaryOperator<String> environment;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, org.shilu.store.UserFolders::fromEnvironment, System::getenv);
    }

    /** A command line with its own user folders and environment variables, for tests. */
    Cli(PrintStream out, PrintStream err, java.util.function.Supplier<org.shilu.store.UserFolders> folders,
        java.util.function.UnaryOperator<String> environment) {
        this.out = out;
        this.err = err;
        this.folders = folders;
        this.environment = environment;
    }

    /**
     * Whether the command line answers these arguments: a command, or any option but the window's own
     * ({@code --sample}, {@code --join}); an unknown option is a usage error here, never a file name for the window.
     */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("convert") || args[0].equals("publish")
                || (args[0].startsWith("-") && !args[0].equals(WINDOW_SAMPLE_OPTION) && !args[0].equals(WINDOW_JOIN_OPTION)));
    }

    /** The window's option: open on the built-in sample. */
    public static final String WINDOW_SAMPLE_OPTION = "--sample";
    /** The window's option: join a shared programme, {@code --join postgresql://user@host:port/database#id}. */
    public static final String WINDOW_JOIN_OPTION = "--join";

    public int run(String... args) {
        try {
            return switch (args[0]) {
                case "--version" -> {
                    out.println("shilu " + version());
                    yield OK;
                }
                case "--help", "-h" -> {
                    out.print(usage());
                    yield OK;
                }
                case "convert" -> new ConvertCommand(out, err).run(List.of(args).subList(1, args.length));
                case "publish" -> new PublishCommand(err, folders.get(), environment).run(List.of(args).subList(1, args.length));
                default -> throw new UsageException((args[0].startsWith("-") ? "unknown option " : "unknown command ")
                        + args[0]);
            };
        } catch (UsageException e) {
            err.println("shilu: " + Terminal.safe(e.getMessage()));
            err.print(usage());
            return USAGE;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("shilu: a file name has characters that this system's language setting cannot name (LANG="
                    + Terminal.safe(String.valueOf(System.getenv("LANG"))) + "); run with a UTF-8 one, such as LANG=C.UTF-8");
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("shilu: not enough memory for this file; give Java more with JAVA_TOOL_OPTIONS=-Xmx2g");
            return BAD_INPUT;
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // A fault of Shilu's own: still one line, never a stack trace.
            err.println("shilu: could not finish (" + Terminal.safe(String.valueOf(e)) + "); nothing was written");
            return BAD_INPUT;
        }
    }

    static String usage() {
        return """
                Usage:
                  shilu [FILE]                 open the editor, with FILE if given (.shilu or portal text)
                  shilu --sample               open the editor on the built-in sample
                  shilu convert INPUT --to %s [-o OUTPUT] [--from %s]
                                [--normalise] [--encoding utf-8|gb18030]
                                               convert a transcript; writes to standard output without -o.
                                               Portal text keeps every unedited turn as it was read, in its
                                               encoding; --normalise lays every turn out anew
                  shilu publish PROJECT --to folder:PATH|sftp://user@host[:port]/path|s3://bucket/prefix
                                [--endpoint URL] [--region R] [--access-key ID] [--key FILE|ssh-agent]
                                [--accept-host-key SHA256:...] [--overwrite]
                                               publish the page, its text, fragment and feed once, as the
                                               window does live; a password or secret key comes from
                                               SHILU_PUBLISH_SECRET, the remembered secrets, or the terminal
                  shilu --version              print the version
                  shilu --help                 print this help
                Exit codes: 0 ok, 1 bad input, 2 usage error.
                """.formatted(ConvertCommand.formatNames(), ConvertCommand.readableNames());
    }

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Cli.class.getResourceAsStream("/org/shilu/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
