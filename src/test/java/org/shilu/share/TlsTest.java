package org.shilu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as a studio sets it up: a server with a certificate for 127.0.0.1 (made by openssl here),
 * checked in full (verify-full). A seat that trusts that certificate gets in; one that trusts
 * another does not, and is told the server could not be trusted.
 */
class TlsTest {
    @TempDir
    static Path folder;
    private static PostgresForTests server;

    @BeforeAll
    static void startServer() throws Exception {
        Path tls = Files.createDirectories(folder.resolve("server"));
        certificate(tls, "server", "IP:127.0.0.1");
        Files.setPosixFilePermissions(tls.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        certificate(Files.createDirectories(folder.resolve("other")), "server", "IP:127.0.0.1");
        server = new PostgresForTests("tls_test", tls);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    /** A self-signed certificate and its key, NAME.crt and NAME.key, for the given subjectAltName. */
    private static void certificate(Path in, String name, String altName) throws Exception {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=" + altName,
                "-keyout", in.resolve(name + ".key").toString(), "-out", in.resolve(name + ".crt").toString())
                .redirectErrorStream(true).start();
        openssl.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(openssl.waitFor(60, TimeUnit.SECONDS) && openssl.exitValue() == 0, "openssl made a certificate");
    }

    private static ShareAddress trusting(Path certificate) {
        return new ShareAddress("127.0.0.1", server.port(), "tls_test", "anna", "verify-full", certificate.toString());
    }

    @Test
    void aServerWhoseCertificateIsTrustedLetsTheSeatIn() throws Exception {
        try (SharedStore store = SharedStore.open(trusting(folder.resolve("server/server.crt")), "anna-password")) {
            store.createSchema();
        }
    }

    @Test
    void aServerWithACertificateNotTrustedIsRefusedWithAMessageThatSaysSo() {
        ShareException refused = assertThrows(ShareException.class,
                () -> SharedStore.open(trusting(folder.resolve("other/server.crt")), "anna-password"));
        assertEquals(ShareException.Kind.BAD_CERTIFICATE, refused.kind(), refused.getMessage());
        assertTrue(refused.getMessage().contains("could not be trusted"), refused.getMessage());
    }

    @Test
    void aSeatThatWillNotUseTlsIsNotLetIn() {
        ShareException refused = assertThrows(ShareException.class, () -> SharedStore.open(
                new ShareAddress("127.0.0.1", server.port(), "tls_test", "anna", "disable", null), "anna-password"));
        assertEquals(ShareException.Kind.REFUSED, refused.kind(), refused.getMessage());
        assertTrue(refused.getMessage().contains("does not let this user in"), refused.getMessage());
    }
}
