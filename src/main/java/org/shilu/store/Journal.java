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
    /** Where the journal's lines end; past it, up to the file's end, is space reserved with zeros. */
    private long dataEnd;
    private long reservedEnd;
    /** Whether the lines grew past the reserved space since the last force (the file's size must be forced too). */
    private boolean grown;
    /** Why a write failed, until a rewrite makes the journal whole again. */
    private IOException broken;
    /** Space reserved ahead at a time: hours of typing (a three-hour programme journals about 2 MB). */
    static final long RESERVE = 4L * 1024 * 1024;
    /** Reserved again when less than this is left, so the next reservation is tried while there is room. */
    static final long AHEAD = 1024 * 1024;

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

    /**
     * Takes the journal's lock (creating its folder if needed); the file itself is not touched. The
     * lock file is removed again when the journal is let go, so a lock may be taken on a file that
     * was removed meanwhile: then the lock is taken again on the file now at that path.
     */
    public static Journal claim(Path file) throws IOException, OpenElsewhereException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path lockFile = lockFileOf(file);
        for (int attempt = 0; ; attempt++) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Object opened = fileKey(lockFile);
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
            // The file locked is the one at the path if the path names the same inode before and after
            // (a window that let go removed it while still holding it, so it cannot change in between).
            Object locked = fileKey(lockFile);
            if (opened == null || (opened != GONE && opened.equals(locked)) || attempt >= 10) {
                return new Journal(file, channel, lock);
            }
            lock.release();
            channel.close();
        }
    }

    /** The file system's identity of the file at {@code path} (its inode): null where there is none, GONE when the file is. */
    private static Object fileKey(Path path) {
        try {
            return Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return GONE;
        }
    }

    private static final Object GONE = new Object();

    /**
     * Removes lock files left by windows that ended without letting go (a crash, a kill) beside no
     * journal: a lock nobody holds on a journal that is gone protects nothing.
     */
    public static void removeStaleLocks(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path lockFile : files.filter(p -> p.getFileName().toString().startsWith(".")
                    && p.getFileName().toString().endsWith(SUFFIX + ".lock")).toList()) {
                String name = lockFile.getFileName().toString();
                Path journal = lockFile.resolveSibling(name.substring(1, name.length() - ".lock".length()));
                if (!Files.exists(journal) && isOlderThanAMinute(lockFile)) {
                    try {
                        claim(journal).close();
                    } catch (OpenElsewhereException | IOException held) {
                        // Another window holds it, or it cannot be touched: leave it.
                    }
                }
            }
        } catch (IOException e) {
            // An unreadable folder has nothing to clean.
        }
    }

    /**
     * Whether this journal, or the lock beside it, is there: left by a window that crashed, or held by
     * a window that has the programme open. Claiming it may then ask the user something.
     */
    public static boolean isLeftOrHeld(Path file) {
        return Files.exists(file) || Files.exists(lockFileOf(file));
    }

    /** Young lock files are left alone: a window may be claiming that journal right now. */
    private static boolean isOlderThanAMinute(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(java.time.Instant.now().minusSeconds(60));
        } catch (IOException e) {
            return false;
        }
    }

    /** The hidden, empty file that carries the lock; removed when the journal is let go. */
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
    public synchronized void rewrite(List<String> lines) throws IOException {
        closeAppending();
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        broken = null;
    }

    /**
     * Reserves space for the lines to come, while the disk may still have it (after a rewrite, on
     * the journal's writer thread); a full disk is no failure here.
     */
    synchronized void reserveAhead() {
        if (broken != null) {
            return;
        }
        try {
            openAppending();
            if (reservedEnd - dataEnd < RESERVE) {
                reserve(0);
            }
        } catch (IOException e) {
            closeAppending(); // the next write opens it again, and says what is wrong
        }
    }

    private void openAppending() throws IOException {
        if (appending == null) {
            appending = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            reservedEnd = appending.size();
            dataEnd = endOfLines(appending, reservedEnd);
        }
    }

    /**
     * Writes bytes after the lines, not yet forced (see {@link #force}). They go into space reserved
     * ahead (zeros written past the lines), so that a disk another program fills does not stop
     * committed turns from reaching it; the reservation is let go when the journal is rewritten.
     * After a write or force that failed, nothing more is written until a rewrite makes it whole: a
     * line missing in the middle would make the lines after it wrong.
     */
    synchronized void write(byte[] bytes) throws IOException {
        if (broken != null) {
            throw broken;
        }
        try {
            openAppending();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (reservedEnd - dataEnd - buffer.remaining() < AHEAD) {
                reserve(buffer.remaining());
            }
            long at = dataEnd;
            while (buffer.hasRemaining()) {
                at += appending.write(buffer, at);
            }
            grown |= at > reservedEnd;
            dataEnd = at;
            reservedEnd = Math.max(reservedEnd, at);
        } catch (IOException e) {
            breaks(e);
            throw e;
        }
    }

    /** Forces what was written to disk: its size too when the lines grew past the reserved space. */
    synchronized void force() throws IOException {
        if (broken != null) {
            throw broken;
        }
        try {
            if (appending != null) {
                appending.force(grown);
                grown = false;
            }
        } catch (IOException e) {
            breaks(e);
            throw e;
        }
    }

    private void breaks(IOException e) {
        broken = e;
        closeAppending();
    }

    /** Tries to reserve space ahead; a full disk is no failure here: the line may still fit. */
    private void reserve(int needed) {
        long target = Math.max(reservedEnd, dataEnd) + Math.max(RESERVE, needed);
        ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
        try {
            long at = Math.max(reservedEnd, dataEnd);
            while (at < target) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), target - at));
                at += appending.write(zeros, at);
                reservedEnd = at;
            }
            appending.force(true);
        } catch (IOException e) {
            // The disk is full: the lines go on into what is reserved, and past it as long as they can.
        }
    }

    /** Where the lines end: the file's end without the zeros reserved after them. */
    static long endOfLines(FileChannel channel, long size) throws IOException {
        ByteBuffer piece = ByteBuffer.allocate(64 * 1024);
        long end = size;
        while (end > 0) {
            long from = Math.max(0, end - piece.capacity());
            piece.clear().limit((int) (end - from));
            long at = from;
            while (piece.hasRemaining() && channel.read(piece, at) > 0) {
                at = from + piece.position();
            }
            for (int i = piece.position() - 1; i >= 0; i--) {
                if (piece.get(i) != 0) {
                    return from + i + 1;
                }
            }
            end = from;
        }
        return 0;
    }

    /** Renames the journal out of the way (kept, never deleted) and returns where it went. */
    public synchronized Path setAside(LocalDateTime now) throws IOException {
        closeAppending();
        Path aside = file.resolveSibling(file.getFileName() + "."
                + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".set-aside");
        Files.move(file, aside);
        return aside;
    }

    /** Deletes the journal: its programme is safe in its project file, or the user gave it up. */
    public synchronized void delete() throws IOException {
        closeAppending();
        Files.deleteIfExists(file);
    }

    /**
     * Lets the journal go: another window may claim it now. The lock file goes too, removed while
     * still locked; a window that opened it meanwhile finds it gone and locks the new one.
     */
    @Override
    public synchronized void close() {
        closeAppending();
        try {
            Files.deleteIfExists(lockFileOf(file));
        } catch (IOException e) {
            // Left behind, it is cleaned at a later start.
        }
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
