package org.shilu.cli;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.shilu.format.Project;
import org.shilu.publish.Editions;
import org.shilu.publish.HostKeys;
import org.shilu.publish.PublishOptions;
import org.shilu.publish.PublishTarget;
import org.shilu.publish.Publisher;
import org.shilu.publish.TargetStatus;
import org.shilu.publish.Targets;
import org.shilu.store.PublishProfile;
import org.shilu.store.Secrets;
import org.shilu.store.TranscriptFiles;
import org.shilu.store.UserFolders;

/**
 * {@code publish PROJECT --to TARGET}: publishes a programme once, as the window publishes it live.
 * A password or secret key comes from {@code SHILU_PUBLISH_SECRET}, from the secrets the window
 * remembered, or is asked on the terminal; an unknown SFTP host key is accepted only when named
 * with {@code --accept-host-key}.
 */
final class PublishCommand {
    static final String SECRET_VARIABLE = "SHILU_PUBLISH_SECRET";
    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private final PrintStream err;
    private final UserFolders folders;
    private final java.util.function.UnaryOperator<String> environment;

    PublishCommand(PrintStream err, UserFolders folders, java.util.function.UnaryOperator<String> environment) {
        this.err = err;
        this.folders = folders;
        this.environment = environment;
    }

    int run(List<String> args) throws UsageException {
        Path input = null;
        String to = null;
        String endpoint = null;
        String region = null;
        String accessKey = null;
        String keyFile = null;
        String acceptedKey = null;
        boolean overwrite = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--to" -> to = CommandInput.value(args, ++i, arg);
                case "--endpoint" -> endpoint = CommandInput.value(args, ++i, arg);
                case "--region" -> region = CommandInput.value(args, ++i, arg);
                case "--access-key" -> accessKey = CommandInput.value(args, ++i, arg);
                case "--key" -> keyFile = CommandInput.value(args, ++i, arg); // a file, or ssh-agent
                case "--accept-host-key" -> acceptedKey = CommandInput.value(args, ++i, arg);
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (input != null) {
                        throw new UsageException("only one project, please: " + arg);
                    }
                    input = Path.of(arg);
                }
            }
        }
        if (input == null || to == null) {
            throw new UsageException("publish needs a project and --to folder:PATH|sftp://user@host/path|s3://bucket/prefix");
        }
        PublishProfile profile;
        try {
            profile = Targets.check(new PublishProfile(null, to, endpoint, region, accessKey, keyFile));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return publish(input, profile, acceptedKey, overwrite);
    }

    private int publish(Path input, PublishProfile profile, String acceptedKey, boolean overwrite) {
        TranscriptFiles.Loaded loaded = CommandInput.read(input, null, err);
        if (loaded == null) {
            return Cli.BAD_INPUT;
        }
        Project project = loaded.result().project();
        Secrets secrets = new Secrets(folders.config());
        HostKeys hostKeys = HostKeys.ofUser(folders.config(), (host, port, fingerprint) -> {
            if (fingerprint.equals(acceptedKey)) {
                return true;
            }
            say(host + ":" + port + " has a host key not known here: " + fingerprint + "; if it is the"
                    + " server's, run again with --accept-host-key " + fingerprint);
            return false;
        });
        AtomicReference<TargetStatus> last = new AtomicReference<>();
        PublishTarget target;
        try {
            target = Targets.open(profile, () -> secret(profile, secrets), hostKeys);
        } catch (IllegalArgumentException e) {
            say(profile.address() + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        }
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0);
        try (Publisher publisher = new Publisher(new Editions(PublishProfile.programmeId(input), options, turn -> true),
                options, List.of(target), LocalDateTime::now, Runnable::run, last::set)) {
            publisher.changed(project);
            boolean live = publisher.awaitSettled(PATIENCE);
            if (!live && overwrite && last.get() != null && last.get().state() == TargetStatus.State.OTHER_PROGRAMME) {
                publisher.overwriteOtherProgramme(target.describe());
                live = publisher.awaitSettled(PATIENCE);
            }
            TargetStatus status = last.get();
            if (live) {
                err.println("shilu: published " + status.shown() + " turns to " + Terminal.safe(target.describe()));
                return Cli.OK;
            }
            if (status != null && status.state() == TargetStatus.State.OTHER_PROGRAMME) {
                say(target.describe() + ": holds the page of another programme (" + status.reason()
                        + "); nothing was replaced. Run again with --overwrite to replace it");
            } else {
                say(target.describe() + ": not published: " + (status == null || status.reason() == null
                        ? "no answer in " + PATIENCE.toMinutes() + " minutes" : status.reason()));
            }
            return Cli.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            say("interrupted; the target keeps the last whole version");
            return Cli.BAD_INPUT;
        }
    }

    private String secret(PublishProfile profile, Secrets secrets) {
        String given = environment.apply(SECRET_VARIABLE);
        if (given != null) {
            return given;
        }
        var remembered = secrets.get(profile.secretName());
        if (remembered.isPresent()) {
            return remembered.get();
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("%s for %s: ", profile.kind() == PublishProfile.Kind.S3 ? "Secret key"
                : profile.keyFile() != null ? "Passphrase" : "Password", profile.address());
        return typed == null ? null : new String(typed);
    }

    private void say(String message) {
        CommandInput.say(err, message);
    }
}
