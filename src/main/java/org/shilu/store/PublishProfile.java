package org.shilu.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place to publish to, as kept in the settings and exported without secrets: a name, the address
 * ({@code folder:PATH} or a plain path, {@code sftp://user@host[:port]/path}, {@code s3://bucket/prefix}),
 * and for S3 the endpoint, region and access key id; for SFTP a private key file (none: a password).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublishProfile(String name, String address, String endpoint, String region, String accessKey,
                             String keyFile) {
    public enum Kind { FOLDER, SFTP, S3 }

    /** The key file that means the keys of the user's ssh-agent ({@code ssh-agent:SOCKET} names its socket). */
    public static final String SSH_AGENT = "ssh-agent";

    public PublishProfile {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("a publishing target needs an address");
        }
        address = address.strip();
        name = name == null || name.isBlank() ? address : name.strip();
        kindOf(address); // refuses what is no address; the publisher checks the rest
    }

    public static PublishProfile of(String address) {
        return new PublishProfile(null, address, null, null, null, null);
    }

    /** The folder of a folder address. */
    public Path folder() {
        return Path.of(address.startsWith("folder:") ? address.substring("folder:".length()) : address);
    }

    @JsonIgnore
    public Kind kind() {
        return kindOf(address);
    }

    private static Kind kindOf(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("sftp://")) {
            return Kind.SFTP;
        }
        if (lower.startsWith("s3://")) {
            return Kind.S3;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("Shilu publishes to folder:PATH, sftp://user@host/path or"
                    + " s3://bucket/prefix, not " + address);
        }
        return Kind.FOLDER;
    }

    /**
     * Whether publishing here needs a secret before it starts: an SFTP password, or an S3 secret key.
     * A key file's passphrase is asked for only if the key has one; the ssh-agent needs none.
     */
    @JsonIgnore
    public boolean needsSecret() {
        return switch (kind()) {
            case FOLDER -> false;
            case SFTP -> keyFile == null;
            case S3 -> true;
        };
    }

    /** Whether the SFTP login is by the keys of the user's ssh-agent. */
    @JsonIgnore
    public boolean usesSshAgent() {
        return keyFile != null && (keyFile.equals(SSH_AGENT) || keyFile.startsWith(SSH_AGENT + ":"));
    }

    /** Whether the SFTP login is by a private key file (whose passphrase may be asked). */
    @JsonIgnore
    public boolean usesKeyFile() {
        return kind() == Kind.SFTP && keyFile != null && !usesSshAgent();
    }

    /** What a remembered secret is filed under: the address, and for S3 the access key too. */
    @JsonIgnore
    public String secretName() {
        return kind() == Kind.S3 ? accessKey + "@" + address : address;
    }

    /** A programme's id in its feeds: the same for the same project file on this machine, run after run. */
    public static String programmeId(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "p" + HexFormat.of().formatHex(hash, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
