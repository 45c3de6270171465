package org.shilu.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
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
        DEFAULT.replace(target, out -> out.write(content), false);
    }

    /** What goes into a file, streamed: nothing need be held whole. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Streams {@code content} to {@code target}, replacing it in one step; a failure part way leaves the old file. */
    public static void write(Path target, Content content) throws IOException {
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
        replace(target, out -> out.write(content), keepBackup);
    }

    void replace(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = finalTarget(target.toAbsolutePath());
        Path folder = absolute.getParent();
        if (folder == null || absolute.getFileName() == null) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new FileSystemException(target.toString(), null, "is " + kindOf(absolute) + ", not a regular file;"
                    + " Shilu does not replace it");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            // A rename would replace it anyway; like the shell, Shilu does not write a file it may not write.
            throw new AccessDeniedException(target.toString(), null, "permission denied");
        }
        Path temporary = temporaryBeside(absolute);
        try {
            writeForced(temporary, content);
            keepOwnerAndPermissions(absolute, temporary);
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
        } catch (FileSystemException e) {
            throw aboutTheTarget(e, target, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where a symbolic link finally points, so the link stays a link and its target is replaced. */
    static Path finalTarget(Path path) throws IOException {
        Path at = path;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            Path link = Files.readSymbolicLink(at);
            at = at.resolveSibling(link).normalize();
        }
        return at;
    }

    private static String kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        try {
            PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class);
            return attributes.isOther() ? "a device or pipe" : "not a plain file";
        } catch (IOException | UnsupportedOperationException e) {
            return "not a plain file";
        }
    }

    /**
     * A temporary name in the same folder that a user recognises ({@code .NAME.shilu-1a2b3c4d.tmp})
     * and that stays within the file system's 255-byte limit however long the name is; those left
     * by a run that was killed more than ten minutes ago are removed.
     */
    static Path temporaryBeside(Path target) {
        String name = target.getFileName().toString();
        String stem = name;
        while (stem.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 200) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, stem.codePointCount(0, stem.length()) - 1));
        }
        String prefix = "." + stem + TEMPORARY_MARK;
        removeLeftovers(target.getParent(), prefix);
        return target.resolveSibling(prefix + String.format("%08x", RANDOM.nextInt()) + ".tmp");
    }

    private static final String TEMPORARY_MARK = ".shilu-";
    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private static void removeLeftovers(Path folder, String prefix) {
        long tenMinutesAgo = System.currentTimeMillis() - 10 * 60_000L;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".tmp"))
                    .forEach(f -> {
                        try {
                            if (Files.getLastModifiedTime(f).toMillis() < tenMinutesAgo) {
                                Files.deleteIfExists(f);
                            }
                        } catch (IOException e) {
                            // left for the next write
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be listed fails the write itself, with its reason
        }
    }

    /** The replaced file's permissions (a 0600 file stays private) and, where the process may, its owner. */
    private static void keepOwnerAndPermissions(Path target, Path temporary) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            PosixFileAttributes was = Files.readAttributes(target, PosixFileAttributes.class);
            Files.setPosixFilePermissions(temporary, was.permissions());
            try {
                Files.setOwner(temporary, was.owner());
                Files.getFileAttributeView(temporary, PosixFileAttributeView.class).setGroup(was.group());
            } catch (IOException | SecurityException e) {
                // only the owner or root may give a file away; the permissions are kept all the same
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file takes the folder's defaults
        }
    }

    /** A failure told about the user's file, never the temporary one, with the system's reason. */
    private static FileSystemException aboutTheTarget(FileSystemException e, Path target, Path temporary) {
        boolean aboutTemporary = e.getFile() != null && e.getFile().equals(temporary.toString());
        if (!aboutTemporary && e.getFile() != null && !e.getFile().contains(TEMPORARY_MARK)) {
            return e;
        }
        String user = target.toString();
        FileSystemException told = switch (e) {
            case AccessDeniedException denied -> new AccessDeniedException(user, null, "permission denied");
            case NoSuchFileException missing -> new NoSuchFileException(user, null, "no such folder");
            default -> new FileSystemException(user, null, e.getReason() != null ? e.getReason() : e.getMessage());
        };
        told.initCause(e);
        return told;
    }

    /** Copies the current version aside through its own temporary file, so a crash never leaves a half backup. */
    private void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Path temporary = temporaryBeside(backup);
        try {
            writeForced(temporary, out -> Files.copy(target, out));
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
        writeForced(file, out -> out.write(content));
    }

    static void writeForced(Path file, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                    1 << 16);
            content.writeTo(out);
            out.flush();
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
