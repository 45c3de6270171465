package org.shilu.publish;

import java.net.URI;
import java.net.URISyntaxException;

/** {@code sftp://user@host[:port]/path}: where on an SFTP server the page goes. */
public record SftpAddress(String user, String host, int port, String folder) {
    public static SftpAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an sftp://user@host/path address: " + text);
        }
        if (!"sftp".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() == null
                || uri.getUserInfo().contains(":")) {
            throw new IllegalArgumentException("not an sftp://user@host[:port]/path address (no password in it): " + text);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "." : uri.getPath();
        return new SftpAddress(uri.getUserInfo(), uri.getHost(), uri.getPort() < 0 ? 22 : uri.getPort(), path);
    }

    String path(String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    @Override
    public String toString() {
        return "sftp://" + user + "@" + host + (port == 22 ? "" : ":" + port) + folder;
    }
}
