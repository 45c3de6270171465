package org.shilu.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never a half: a temporary
 * file in the same folder, forced to disk, moved over the target, then the folder forced. The old
 * content can be kept beside it as {@code NAME.bak}.
 */
public final class AtomicFile {
    /** How files are moved; tests put a failing one in. */
    interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    static final AtomicFile DEFAULT = new AtomicFile(Files::move);

    private final Mover mover;

    AtomicFile(Mover mover) {
        this.mover = mover;
    }

    /** Writes {@code content} to {@code target}, replacing it in one step. */
    public static void write(Path target, byte[] content) throws IOException {
        DEFAULT.replace(target, content, false);
    }

    /** The file that keeps the previous version of {@code target}. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Replaces {@code target} with {@code content}; with {@code keepBackup} its previous content
     * becomes {@link #backupOf}. Where the file system cannot rename over a file, it falls back to
     * a plain replacing move, and puts the backup back if that move loses the target.
     */
    void replace(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // Not Files.createTempFile: its owner-only permissions would end up on the user's file.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            writeForced(temporary, content);
            boolean backedUp = keepBackup && Files.exists(absolute);
            if (backedUp) {
                keepBackup(absolute);
            }
            try {
                mover.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                try {
                    mover.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException failed) {
                    if (backedUp && !Files.exists(absolute)) {
                        Files.copy(backupOf(absolute), absolute);
                    }
                    throw failed;
                }
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Copies the current version aside through its own temporary file, so a crash never leaves a half backup. */
    private void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temporary = backup.resolveSibling("." + backup.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            writeForced(temporary, Files.readAllBytes(target));
            try {
                mover.move(temporary, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(temporary, backup, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void writeForced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable. Windows cannot open a folder this way; there the move is already durable. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Nothing more can be done from Java; the file itself is on disk.
        }
    }
}
