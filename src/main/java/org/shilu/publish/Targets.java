package org.shilu.publish;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.shilu.store.PublishProfile;

/** The target a publishing profile names. */
public final class Targets {
    private Targets() {
    }

    /** Refuses, with the reason, a profile whose address or endpoint is not one Shilu can publish to. */
    public static PublishProfile check(PublishProfile profile) {
        switch (profile.kind()) {
            case SFTP -> SftpAddress.parse(profile.address());
            case S3 -> {
                S3Address.parse(profile.address(), profile.endpoint(), profile.region());
                if (profile.accessKey() == null || profile.accessKey().isBlank()) {
                    throw new IllegalArgumentException("publishing to s3:// needs an access key id (--access-key on the command line)");
                }
            }
            case FOLDER -> profile.folder();
        }
        return profile;
    }

    private static SftpTarget.Login login(PublishProfile profile, Supplier<String> secret) {
        if (profile.keyFile() == null) {
            return SftpTarget.Login.password(secret);
        }
        if (profile.usesSshAgent()) {
            String socket = profile.keyFile().startsWith(PublishProfile.SSH_AGENT + ":")
                    ? profile.keyFile().substring(PublishProfile.SSH_AGENT.length() + 1) : System.getenv("SSH_AUTH_SOCK");
            if (socket == null || socket.isBlank()) {
                throw new IllegalArgumentException("no ssh-agent: SSH_AUTH_SOCK is not set where Shilu was started");
            }
            return SftpTarget.Login.agent(Path.of(socket));
        }
        return SftpTarget.Login.key(Path.of(profile.keyFile()), secret);
    }

    /** The target, given the secret when one is needed (asked for only when first used). */
    public static PublishTarget open(PublishProfile profile, Supplier<String> secret, HostKeys hostKeys) {
        return switch (check(profile).kind()) {
            case FOLDER -> new FolderTarget(profile.folder());
            case SFTP -> new SftpTarget(SftpAddress.parse(profile.address()), login(profile, secret), hostKeys);
            case S3 -> new S3Target(S3Address.parse(profile.address(), profile.endpoint(), profile.region()),
                    profile.accessKey(), secret);
        };
    }
}
