package org.shilu.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One programme's journal file, held with an exclusive lock on a hidden file beside it so that a
 * second Shilu cannot write it. Lines are appended and forced; a rewrite replaces the file atomically.
 */
public final class Journal implements AutoCloseable {
    public static final String SUFFIX = ".journal";
    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private FileChannel appending;

    private Journal(Path file, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** The journal of a project file: beside it, named after it. */
    public static Path besideProject(Path projectFile) {
        Path absolute = projectFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** A journal for a programme that has no project file yet, in the per-user data folder. */
    public static Path untitled(UserFolders folders, LocalDateTime now) {
        return folders.journals().resolve("untitled-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + "-" + Long.toHexString(System.nanoTime() & 0xffffff) + SUFFIX);
    }

    /** Takes the journal's lock (creating its folder if needed); the file itself is not touched. */
    public static Journal claim(Path file) throws IOException, OpenElsewhereException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path lockFile = lockFileOf(file);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new OpenElsewhereException(file);
        }
        return new Journal(file, channel, lock);
    }

    /**
     * The hidden, empty file that carries the lock. It is left in place: deleting it could let two
     * windows lock two different files of the same name.
     */
    static Path lockFileOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Replaces the whole journal with these lines, atomically and durably. */
    public void rewrite(List<String> lines) throws IOException {
        closeAppending();
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Appends one line and forces it to disk before returning. */
    public void append(String line) throws IOException {
        if (appending == null) {
            appending = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                appending.write(buffer);
            }
            appending.force(false);
        } catch (IOException e) {
            closeAppending();
            throw e;
        }
    }

    /** Renames the journal out of the way (kept, never deleted) and returns where it went. */
    public Path setAside(LocalDateTime now) throws IOException {
        closeAppending();
        Path aside = file.resolveSibling(file.getFileName() + "."
                + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".set-aside");
        Files.move(file, aside);
        return aside;
    }

    /** Deletes the journal: its programme is safe in its project file, or the user gave it up. */
    public void delete() throws IOException {
        closeAppending();
        Files.deleteIfExists(file);
    }

    /** Lets the journal go: another window may claim it now. */
    @Override
    public void close() {
        closeAppending();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // The lock dies with the channel anyway.
        }
    }

    private void closeAppending() {
        if (appending != null) {
            try {
                appending.close();
            } catch (IOException e) {
                // Closing a failed channel: the caller already has the failure.
            }
            appending = null;
        }
    }
}
