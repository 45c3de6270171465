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

    /** A seat's address with a programme: {@code postgresql://user@host[:port]/database[?sslmode=MODE]#programme-id}. */
    public record WithProgramme(ShareAddress address, java.util.UUID programme) {
    }

    /** Reads {@code postgresql://user@host[:port]/database[?sslmode=MODE]#programme-id}; IllegalArgumentException names what is wrong. */
    public static WithProgramme parse(String text) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not an address: " + e.getMessage());
        }
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null
                || uri.getPath() == null || uri.getPath().length() < 2 || uri.getFragment() == null) {
            throw new IllegalArgumentException("a shared programme is postgresql://user@host[:port]/database#programme-id, not "
                    + text);
        }
        String mode = null;
        for (String part : uri.getQuery() == null ? new String[0] : uri.getQuery().split("&")) {
            if (part.startsWith("sslmode=")) {
                mode = part.substring("sslmode=".length());
            }
        }
        java.util.UUID programme;
        try {
            programme = java.util.UUID.fromString(uri.getFragment());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + uri.getFragment() + "\" is not a programme id");
        }
        return new WithProgramme(new ShareAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                uri.getPath().substring(1), uri.getUserInfo(), mode, null), programme);
    }

    /** The address written as {@link #parse} reads it. */
    public String uri(java.util.UUID programme) {
        return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database
                + "?sslmode=" + sslMode + "#" + programme;
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
