package org.shilu.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * An SFTP server, through Apache MINA SSHD's client. Each file is uploaded to a temporary name
 * beside it and renamed over the old one (OpenSSH's posix-rename where the server offers it), so a
 * reader never fetches half a file. The connection is opened on first use and kept.
 */
public final class SftpTarget implements PublishTarget {
    private static final Duration WAIT = Duration.ofSeconds(15);

    /**
     * How to log in: a password; a private key file, whose passphrase is asked for only if the key
     * has one; or the keys of a running ssh-agent, at its socket.
     */
    public record Login(Supplier<String> password, Path keyFile, Supplier<String> passphrase, Path agentSocket) {
        public static Login password(Supplier<String> password) {
            return new Login(password, null, () -> null, null);
        }

        public static Login key(Path keyFile, Supplier<String> passphrase) {
            return new Login(() -> null, keyFile, passphrase, null);
        }

        public static Login agent(Path socket) {
            return new Login(() -> null, null, () -> null, socket);
        }

        String what() {
            return agentSocket != null ? "keys of the ssh-agent" : keyFile != null ? "key " + keyFile.getFileName()
                    : "password";
        }
    }

    private final SftpAddress address;
    private final Login login;
    private final HostKeys hostKeys;
    private SshClient client;
    private ClientSession session;
    private SftpClient sftp;

    public SftpTarget(SftpAddress address, Login login, HostKeys hostKeys) {
        this.address = address;
        this.login = login;
        this.hostKeys = hostKeys;
    }

    @Override
    public String describe() {
        return address.toString();
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        SftpClient files = connected();
        try (InputStream in = files.read(address.path(name))) {
            return Optional.of(in.readAllBytes());
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return Optional.empty();
            }
            throw described(e, name);
        }
    }

    @Override
    public void put(PublishedFile file) throws IOException {
        SftpClient files = connected();
        String target = address.path(file.name());
        String temporary = address.path("." + file.name() + ".shilu-upload");
        try {
            try (OutputStream out = files.write(temporary)) {
                out.write(file.bytes());
            }
            OpenSSHPosixRenameExtension posix = files.getExtension(OpenSSHPosixRenameExtension.class);
            if (posix != null && posix.isSupported()) {
                posix.posixRename(temporary, target);
            } else {
                files.rename(temporary, target, SftpClient.CopyMode.Overwrite);
            }
        } catch (SftpException e) {
            throw described(e, file.name());
        }
    }

    private IOException described(SftpException e, String name) {
        String where = address.path(name);
        return switch (e.getStatus()) {
            case SftpConstants.SSH_FX_PERMISSION_DENIED -> new Problems.PublishException("permission denied: " + where, e);
            case SftpConstants.SSH_FX_NO_SPACE_ON_FILESYSTEM, SftpConstants.SSH_FX_QUOTA_EXCEEDED ->
                    new Problems.PublishException("the server is full (no space left, or over quota): " + where, e);
            case SftpConstants.SSH_FX_NO_SUCH_FILE, SftpConstants.SSH_FX_NO_SUCH_PATH ->
                    new Problems.PublishException("no such folder on the server: " + address.folder(), e);
            default -> new Problems.PublishException(where + ": " + e.getMessage(), e);
        };
    }

    private SftpClient connected() throws IOException {
        if (sftp != null && sftp.isOpen() && session.isOpen()) {
            return sftp;
        }
        close();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        if (login.agentSocket() != null) {
            if (!java.nio.file.Files.exists(login.agentSocket())) {
                client = null;
                throw new Problems.PublishException("no ssh-agent is running at " + login.agentSocket());
            }
            client.setAgentFactory(SshAgentSocket.at(login.agentSocket()));
        }
        client.start();
        try {
            session = client.connect(address.user(), address.host(), address.port()).verify(WAIT).getSession();
            if (login.keyFile() != null) {
                for (KeyPair pair : keys(login.keyFile(), login.passphrase())) {
                    session.addPublicKeyIdentity(pair);
                }
            } else if (login.agentSocket() == null) {
                String password = login.password().get();
                if (password == null) {
                    throw new Problems.PublishException("no password was given for " + address);
                }
                session.addPasswordIdentity(password);
            }
            session.auth().verify(WAIT);
            sftp = SftpClientFactory.instance().createSftpClient(session);
            return sftp;
        } catch (SshException e) {
            String refused = hostKeys.refusal();
            close();
            if (refused != null) {
                throw new Problems.PublishException(refused, e);
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("authentication") || message.contains("No more authentication methods")) {
                throw new Problems.PublishException("the server did not accept the " + login.what() + " for "
                        + address.user() + "@" + address.host(), e);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static Iterable<KeyPair> keys(Path keyFile, Supplier<String> passphrase) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(keyFile)) {
            // The passphrase is asked for only when the key is encrypted.
            FilePasswordProvider asked = (session, resource, retry) -> passphrase.get();
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(keyFile.toString()),
                    in, asked);
            if (pairs == null) {
                throw new Problems.PublishException("no private key in " + keyFile);
            }
            return pairs;
        } catch (GeneralSecurityException e) {
            throw new Problems.PublishException("the key " + keyFile + " could not be read (" + e.getMessage()
                    + "); is the passphrase right?", e);
        }
    }

    @Override
    public void close() {
        try {
            if (sftp != null) {
                sftp.close();
            }
            if (session != null) {
                session.close(true);
            }
            if (client != null) {
                client.stop();
            }
        } catch (IOException | RuntimeException e) {
            // already gone
        } finally {
            sftp = null;
            session = null;
            client = null;
        }
    }
}
