package org.shilu.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.shilu.format.PortalTextWriter;
import org.shilu.format.Project;
import org.shilu.format.SampleFixture;
import org.shilu.model.Turn;

/** Publishing to a real SFTP server started here: host keys, passwords, a server that goes away. */
class SftpTargetTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path folder;
    private SftpServerForTests server;
    private final Reports reports = new Reports();
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = new SftpServerForTests(folder);
        Files.createDirectories(server.root.resolve("live"));
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private SftpTarget target(String password, boolean trustUnknown) {
        HostKeys keys = new HostKeys(List.of(folder.resolve("no-such-known-hosts"), folder.resolve("known_hosts")),
                folder.resolve("known_hosts"), (host, port, fingerprint) -> {
                    asked.incrementAndGet();
                    assertTrue(fingerprint.startsWith("SHA256:"), fingerprint);
                    return trustUnknown;
                });
        return new SftpTarget(SftpAddress.parse(server.address("/live")), SftpTarget.Login.password(() -> password), keys);
    }

    private Publisher publisher(SftpTarget target) {
        PublishOptions options = PublishOptions.DEFAULTS.withCoalesceMillis(0);
        return new Publisher(new Editions("programme-a", options, turn -> true), options, List.of(target),
                LocalDateTime::now, Runnable::run, reports);
    }

    @Test
    void theServerGetsWhatExportWritesAndAnAcceptedKeyIsNotAskedAgain() throws Exception {
        Project sample = SampleFixture.project();
        try (Publisher publisher = publisher(target(SftpServerForTests.PASSWORD, true))) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live: " + reports);
        }
        Path live = server.root.resolve("live");
        assertArrayEquals(new PortalTextWriter().writeBytes(sample), Files.readAllBytes(live.resolve(Editions.TEXT)));
        assertEquals(sample.transcript().turns().size(), Feed.parse(Files.readAllBytes(live.resolve(Editions.FEED))).turns().size());
        try (var files = Files.list(live)) {
            assertEquals(4, files.count(), "the four files and no temporary one");
        }
        assertEquals(1, asked.get(), "the unknown key was shown once");
        try (SftpTarget again = target(SftpServerForTests.PASSWORD, false)) {
            assertTrue(again.read(Editions.FEED).isPresent());
        }
        assertEquals(1, asked.get(), "a key accepted before is known");
    }

    @Test
    void anUnknownKeyNotAcceptedAChangedKeyAndAWrongPasswordAreRefusedWithTheirReasons() throws Exception {
        try (SftpTarget refused = target(SftpServerForTests.PASSWORD, false)) {
            IOException e = assertThrows(IOException.class, () -> refused.read(Editions.FEED));
            assertTrue(Problems.describe(e).contains("is not known"), Problems.describe(e));
        }
        try (SftpTarget trusted = target(SftpServerForTests.PASSWORD, true)) {
            assertFalse(trusted.read(Editions.FEED).isPresent());
        }
        try (SftpTarget wrong = target("guess", true)) {
            IOException e = assertThrows(IOException.class, () -> wrong.read(Editions.FEED));
            assertTrue(Problems.describe(e).contains("did not accept the password"), Problems.describe(e));
        }
        server.changeHostKey();
        try (SftpTarget changed = target(SftpServerForTests.PASSWORD, true)) {
            IOException e = assertThrows(IOException.class, () -> changed.read(Editions.FEED));
            assertTrue(Problems.describe(e).contains("CHANGED"), Problems.describe(e));
        }
    }

    @Test
    void aFolderTheUserMayNotWriteIsNamedAndTheOldPageStays() throws Exception {
        Project sample = SampleFixture.project();
        Path live = server.root.resolve("live");
        try (Publisher publisher = publisher(target(SftpServerForTests.PASSWORD, true))) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            byte[] before = Files.readAllBytes(live.resolve(Editions.FEED));
            server.denyWrites();
            publisher.changed(sample.with(sample.transcript().withTurns(sample.transcript().turns().subList(0, 3)),
                    sample.profile()));
            assertFalse(publisher.awaitSettled(PATIENCE));
            reports.await(r -> r.state() == TargetStatus.State.FAILING, PATIENCE);
            TargetStatus failing = reports.all().stream().filter(r -> r.state() == TargetStatus.State.FAILING).findFirst()
                    .orElseThrow();
            assertTrue(failing.reason().startsWith("permission denied") && failing.reason().contains("/live/"),
                    failing.reason());
            assertArrayEquals(before, Files.readAllBytes(live.resolve(Editions.FEED)), "the old page stays, whole");
        }
    }

    @Test
    void aPrivateKeyWithItsPassphraseLogsIn() throws Exception {
        java.security.KeyPair pair = org.apache.sshd.common.config.keys.KeyUtils.generateKeyPair("ssh-rsa", 2048);
        server.authorize(pair.getPublic());
        Path keyFile = folder.resolve("id_rsa");
        var encryption = new org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext();
        encryption.setPassword("open sesame");
        encryption.setCipherName("AES");
        encryption.setCipherMode("CTR");
        encryption.setCipherType("256");
        try (var out = Files.newOutputStream(keyFile)) {
            org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE
                    .writePrivateKey(pair, "operator", encryption, out);
        }
        HostKeys trust = new HostKeys(List.of(folder.resolve("known_hosts")), folder.resolve("known_hosts"),
                (host, port, fingerprint) -> true);
        SftpAddress address = SftpAddress.parse(server.address("/live"));
        try (SftpTarget withKey = new SftpTarget(address, SftpTarget.Login.key(keyFile, () -> "open sesame"), trust)) {
            withKey.put(new PublishedFile("probe.txt", new byte[] {1, 2, 3}, "text/plain", "no-cache"));
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(server.root.resolve("live").resolve("probe.txt")));
        try (SftpTarget wrongPassphrase = new SftpTarget(address, SftpTarget.Login.key(keyFile, () -> "guess"), trust)) {
            IOException e = assertThrows(IOException.class, () -> wrongPassphrase.read(Editions.FEED));
            assertTrue(Problems.describe(e).contains("id_rsa"), Problems.describe(e));
        }
    }

    @Test
    void theKeysOfARunningSshAgentLogIn() throws Exception {
        // A real ssh-agent of OpenSSH's, on a socket of this test's own, holding a key made by ssh-keygen.
        Path socket = folder.resolve("agent.sock");
        Path key = folder.resolve("id_ed25519");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true).start();
        try {
            // The agent names its socket once it listens there: its first line is the signal to go on.
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(agent.getInputStream())).readLine();
            assertTrue(first != null && first.startsWith("SSH_AUTH_SOCK=") && Files.exists(socket), "ssh-agent: " + first);
            ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString());
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            assertEquals(0, add.redirectErrorStream(true).redirectOutput(folder.resolve("add.log").toFile()).start()
                    .waitFor(), "ssh-add");
            server.authorize(org.apache.sshd.common.config.keys.PublicKeyEntry.parsePublicKeyEntry(
                    Files.readString(key.resolveSibling("id_ed25519.pub")).strip()).resolvePublicKey(null, null,
                    org.apache.sshd.common.config.keys.PublicKeyEntryResolver.FAILING));
            Files.delete(key); // the key is in the agent alone now
            HostKeys trust = new HostKeys(List.of(folder.resolve("known_hosts")), folder.resolve("known_hosts"),
                    (host, port, fingerprint) -> true);
            PublishTarget viaAgent = Targets.open(new org.shilu.store.PublishProfile(null, server.address("/live"), null,
                    null, null, "ssh-agent:" + socket), () -> null, trust);
            try (viaAgent) {
                viaAgent.put(new PublishedFile("probe.txt", new byte[] {4, 5, 6}, "text/plain", "no-cache"));
            }
            assertArrayEquals(new byte[] {4, 5, 6}, Files.readAllBytes(server.root.resolve("live").resolve("probe.txt")));
        } finally {
            agent.destroy();
            agent.waitFor();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    @Test
    void turnsTypedWhileTheServerIsGoneArriveWhenItReturns() throws Exception {
        Project sample = SampleFixture.project();
        List<Turn> turns = new ArrayList<>(sample.transcript().turns());
        Path feed = server.root.resolve("live").resolve(Editions.FEED);
        try (Publisher publisher = publisher(target(SftpServerForTests.PASSWORD, true))) {
            publisher.changed(sample);
            assertTrue(publisher.awaitSettled(PATIENCE));
            server.stop();
            for (int i = 0; i < 5; i++) {
                turns.add(Turn.of(turns.getFirst().speakerId(), "断网第" + i + "段"));
                publisher.changed(sample.with(sample.transcript().withTurns(turns), sample.profile()));
            }
            assertFalse(publisher.awaitSettled(PATIENCE));
            reports.await(r -> r.state() == TargetStatus.State.FAILING, PATIENCE);
            assertTrue(reports.all().stream().anyMatch(r -> r.state() == TargetStatus.State.FAILING && r.reason() != null),
                    "the place is reported failing, with its reason: " + reports);
            server.start(server.port());
            publisher.publishNow();
            assertTrue(publisher.awaitSettled(PATIENCE), () -> "live again: " + reports.last());
            assertEquals(turns.size(), Feed.parse(Files.readAllBytes(feed)).turns().size(), "every turn arrived");
        }
    }
}
