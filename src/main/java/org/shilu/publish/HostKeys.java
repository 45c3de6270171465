package org.shilu.publish;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Checks an SFTP server's host key against the user's {@code ~/.ssh/known_hosts} and Shilu's own
 * list. A known key passes; a key that differs from the one on record is refused (someone may be in
 * the middle); an unknown key is shown by its fingerprint to the user, and kept in Shilu's list
 * when accepted.
 */
public final class HostKeys implements ServerKeyVerifier {
    /** Asks the user about a host key never seen; true to trust it from now on. */
    public interface Asker {
        boolean trust(String host, int port, String fingerprint);
    }

    private final List<Path> known;
    private final Path shilusList;
    private final Asker asker;
    private volatile String refusal;
    /** Keys the user refused in this run: not asked again at every retry. */
    private final java.util.Set<String> refusedThisRun = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The user's keys: {@code ~/.ssh/known_hosts}, and Shilu's own list in the config folder, where accepted keys go. */
    public static HostKeys ofUser(Path configFolder, Asker asker) {
        Path shilus = configFolder.resolve("known_hosts");
        return new HostKeys(List.of(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"), shilus), shilus,
                asker);
    }

    public HostKeys(List<Path> known, Path shilusList, Asker asker) {
        this.known = List.copyOf(known);
        this.shilusList = shilusList;
        this.asker = asker;
    }

    /** Why the last key was refused, in words for the user; null when none was. */
    String refusal() {
        return refusal;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey serverKey) {
        refusal = null;
        String host = remote instanceof InetSocketAddress address ? address.getHostString() : String.valueOf(remote);
        int port = remote instanceof InetSocketAddress address ? address.getPort() : 22;
        String fingerprint = KeyUtils.getFingerPrint(serverKey);
        boolean hostKnown = false;
        for (Path file : known) {
            for (KnownHostEntry entry : entries(file)) {
                if (!entry.isHostMatch(host, port)) {
                    continue;
                }
                PublicKey recorded = keyOf(session, entry);
                if (recorded == null || !KeyUtils.getKeyType(recorded).equals(KeyUtils.getKeyType(serverKey))) {
                    continue;
                }
                hostKnown = true;
                if (KeyUtils.compareKeys(recorded, serverKey)) {
                    return true;
                }
            }
        }
        if (hostKnown) {
            refusal = "the host key of " + host + ":" + port + " has CHANGED (now " + fingerprint + "); someone may be"
                    + " listening in. Shilu does not connect. If the server's key was really replaced, remove its old"
                    + " line from the known hosts file";
            return false;
        }
        String asked = host + ":" + port + " " + fingerprint;
        if (!refusedThisRun.contains(asked) && asker.trust(host, port, fingerprint)) {
            remember(host, port, serverKey);
            return true;
        }
        refusedThisRun.add(asked);
        refusal = "the host key of " + host + ":" + port + " (" + fingerprint + ") is not known, and was not accepted";
        return false;
    }

    private static List<KnownHostEntry> entries(Path file) {
        try {
            return Files.isRegularFile(file) ? KnownHostEntry.readKnownHostEntries(file) : List.of();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable list knows no key; the user is asked
        }
    }

    private static PublicKey keyOf(ClientSession session, KnownHostEntry entry) {
        try {
            return entry.getKeyEntry() == null ? null
                    : entry.getKeyEntry().resolvePublicKey(session, PublicKeyEntryResolver.IGNORING);
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    private void remember(String host, int port, PublicKey key) {
        String pattern = port == 22 ? host : "[" + host + "]:" + port;
        try {
            Files.createDirectories(shilusList.toAbsolutePath().getParent());
            Files.writeString(shilusList, pattern + " " + PublicKeyEntry.toString(key) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Trusted for this run; asked again next time.
        }
    }
}
