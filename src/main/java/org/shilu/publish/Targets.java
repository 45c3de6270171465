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

    /** The target, given the secret when one is needed (asked for only when first used). */
    public static PublishTarget open(PublishProfile profile, Supplier<String> secret, HostKeys hostKeys) {
        return switch (check(profile).kind()) {
            case FOLDER -> new FolderTarget(profile.folder());
            case SFTP -> new SftpTarget(SftpAddress.parse(profile.address()), profile.keyFile() == null
                    ? SftpTarget.Login.password(secret) : SftpTarget.Login.key(Path.of(profile.keyFile()), secret),
                    hostKeys);
            case S3 -> new S3Target(S3Address.parse(profile.address(), profile.endpoint(), profile.region()),
                    profile.accessKey(), secret);
        };
    }
}
