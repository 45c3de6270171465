package org.shilu.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Passwords and secret keys the user asked Shilu to remember, in {@code secrets.properties} in the
 * config folder, readable and writable by the user alone (0600). Never in a project or the
 * settings; a secret not remembered is asked for once per run.
 */
public final class Secrets {
    public static final String FILE = "secrets.properties";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final Path file;

    public Secrets(Path configFolder) {
        this.file = configFolder.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(load().getProperty(name));
    }

    public synchronized void remember(String name, String secret) throws IOException {
        Properties all = load();
        all.setProperty(name, secret);
        write(all);
    }

    public synchronized void forget(String name) throws IOException {
        Properties all = load();
        if (all.remove(name) != null) {
            write(all);
        }
    }

    private Properties load() {
        Properties all = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                all.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException | IllegalArgumentException e) {
            // Unreadable: nothing is remembered, and the user is asked.
        }
        return all;
    }

    private void write(Properties all) throws IOException {
        StringWriter text = new StringWriter();
        all.store(text, "Shilu's remembered publishing secrets: keep this file to yourself");
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file); // not a POSIX file system: the folder's own protection
            }
        }
        // The replacement takes the file's owner-only permissions.
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
