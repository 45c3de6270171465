package org.shilu.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/** A real SFTP server (Apache MINA SSHD's) on 127.0.0.1, its files in a temporary folder; user web, password secret. */
public final class SftpServerForTests implements AutoCloseable {
    public static final String USER = "web";
    public static final String PASSWORD = "secret";
    public final Path root;
    private final Path hostKey;
    private SshServer server;
    private int port;
    private volatile java.security.PublicKey userKey;
    private volatile boolean writesDenied;

    public SftpServerForTests(Path folder) throws IOException {
        root = Files.createDirectories(folder.resolve("root"));
        hostKey = folder.resolve("host-key.ser");
        start(0);
    }

    public int port() {
        return port;
    }

    public String address(String path) {
        return "sftp://" + USER + "@127.0.0.1:" + port + path;
    }

    public void start(int onPort) throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(onPort);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        server.setPublickeyAuthenticator((user, key, session) -> USER.equals(user) && userKey != null
                && org.apache.sshd.common.config.keys.KeyUtils.compareKeys(userKey, key));
        SftpSubsystemFactory sftp = new SftpSubsystemFactory();
        sftp.setFileSystemAccessor(new org.apache.sshd.sftp.server.SftpFileSystemAccessor() {
            @Override
            public java.nio.channels.SeekableByteChannel openFile(org.apache.sshd.sftp.server.SftpSubsystemProxy subsystem,
                    org.apache.sshd.sftp.server.FileHandle fileHandle, Path file, String handle,
                    java.util.Set<? extends java.nio.file.OpenOption> options,
                    java.nio.file.attribute.FileAttribute<?>... attrs) throws IOException {
                if (writesDenied && options.contains(java.nio.file.StandardOpenOption.WRITE)) {
                    throw new java.nio.file.AccessDeniedException(file.toString()); // as a folder the user may not write
                }
                return org.apache.sshd.sftp.server.SftpFileSystemAccessor.super.openFile(subsystem, fileHandle, file,
                        handle, options, attrs);
            }
        });
        server.setSubsystemFactories(List.of(sftp));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
    }

    /** From now on the server refuses every write, as for a folder the user may not write. */
    public void denyWrites() {
        writesDenied = true;
    }

    /** The user may also log in with this key (as if it were in authorized_keys). */
    public void authorize(java.security.PublicKey key) {
        userKey = key;
    }

    /** The server goes away, as a network drop or a restart would have it. */
    public void stop() throws IOException {
        server.stop(true);
    }

    /** A new host key, as after a reinstall, or someone in the middle. */
    public void changeHostKey() throws IOException {
        stop();
        Files.delete(hostKey);
        start(port);
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
