package org.shilu.share;

import java.util.Objects;
import java.util.Properties;

/**
 * Where a shared programme's database is and who logs in: host, port, database, the database
 * user, and how TLS is checked ({@code disable}, {@code require}, {@code verify-full}; with a
 * root certificate file for verify-full, or the JDK's own trust). The password is never part of
 * it: it is given when connecting.
 */
public record ShareAddress(String host, int port, String database, String user, String sslMode, String rootCert) {
    public ShareAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("a port is 1-65535, not " + port);
        }
        sslMode = sslMode == null || sslMode.isBlank() ? "prefer" : sslMode;
        if (!java.util.Set.of("disable", "prefer", "require", "verify-ca", "verify-full").contains(sslMode)) {
            throw new IllegalArgumentException("TLS mode " + sslMode + " is none of disable, prefer, require, verify-ca, verify-full");
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The driver's properties: the user, the password and TLS; nothing else is sent. */
    Properties properties(String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("sslmode", sslMode);
        if (rootCert != null && !rootCert.isBlank()) {
            properties.setProperty("sslrootcert", rootCert);
        } else if (sslMode.startsWith("verify")) {
            // The JDK's trusted roots, as a managed PostgreSQL's certificate is signed by a public CA.
            properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
        }
        properties.setProperty("ApplicationName", "Shilu");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "30");
        return properties;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + " (TLS " + sslMode + ")";
    }
}
