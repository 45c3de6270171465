package org.shilu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A second copy of a project's journal, kept in the user's data folder while the project lives on
 * another disk (a USB stick, a network share): if that disk is pulled, the copy still holds every
 * turn, even after a crash, and is offered back at the next start like a journal of a programme
 * never saved. It is self-contained (its first line embeds the programme), and a file beside it
 * names the project it copies. It also watches the project's disk: when the folder is gone or is
 * no longer the file system it was opened on, the project's journal must not be written there.
 */
final class SecondCopy implements AutoCloseable {
    static final String NAME_START = "copy-of-";
    static final String OF_SUFFIX = ".of";
    private final Path projectFolder;
    private final Object device;
    private final Journal journal;
    private final Path ofFile;
    private boolean needsRewrite = true;

    private SecondCopy(Path projectFolder, Object device, Journal journal, Path ofFile) {
        this.projectFolder = projectFolder;
        this.device = device;
        this.journal = journal;
        this.ofFile = ofFile;
    }

    /**
     * A second copy for the journal {@code besideProject} in {@code copies}, or null when none is
     * needed (the project is on the same disk as the copies) or none can be made.
     */
    static SecondCopy open(Path besideProject, Path copies) {
        Path folder = besideProject.toAbsolutePath().getParent();
        try {
            Files.createDirectories(copies);
            Object device = deviceOf(folder);
            if (device == null || device.equals(deviceOf(copies))) {
                return null;
            }
            String name = besideProject.getFileName().toString();
            String hash = Checksums.sha256(besideProject.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8))
                    .substring(0, 8);
            Path file = copies.resolve(NAME_START + hash + "-" + name);
            Path of = file.resolveSibling(file.getFileName() + OF_SUFFIX);
            Files.writeString(of, besideProject.toAbsolutePath().toString());
            return new SecondCopy(folder, device, Journal.claim(file), of);
        } catch (IOException | OpenElsewhereException | RuntimeException e) {
            return null;
        }
    }

    /** The file system a folder is on, or null when it cannot be told (or the folder is gone). */
    static Object deviceOf(Path folder) {
        try {
            return Files.getAttribute(folder, "unix:dev");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            try {
                return Files.getFileStore(folder).name();
            } catch (IOException gone) {
                return null;
            }
        }
    }

    /** Whether the project's folder is still there, on the file system it was opened on. */
    boolean projectDiskPresent() {
        return Files.isDirectory(projectFolder) && Objects.equals(device, deviceOf(projectFolder));
    }

    Path projectFolder() {
        return projectFolder;
    }

    boolean needsRewrite() {
        return needsRewrite;
    }

    /** Replaces the copy with these lines (the first embedding the programme); true when on disk. */
    boolean rewrite(List<String> lines, JournalWriter writer) {
        try {
            journal.rewrite(lines);
            writer.reserve(journal);
            needsRewrite = false;
            return true;
        } catch (IOException e) {
            needsRewrite = true;
            return false;
        }
    }

    /** The copy made whole: the programme as last saved, embedded, and one change to now; true when on disk. */
    boolean rewrite(Programme programme, org.shilu.model.Draft draft, org.shilu.format.JournalCodec codec,
                    JournalWriter writer) {
        return rewrite(Safekeeper.wholeJournal(codec, org.shilu.format.JournalCodec.Base.embedded(programme.savedProject()),
                programme.savedProject().transcript(), programme.document().transcript(), draft), writer);
    }

    /** The copy's journal, which lines are given to the writer for while it is whole. */
    Journal journal() {
        return journal;
    }

    boolean holds(Journal written) {
        return written == journal;
    }

    /** A line failed to reach the copy: nothing more is appended until it is rewritten whole. */
    void failed() {
        needsRewrite = true;
    }

    /** Lets the copy go; deleted when the programme is safe (or given up). */
    void close(boolean delete) {
        if (delete) {
            try {
                journal.delete();
                Files.deleteIfExists(ofFile);
            } catch (IOException e) {
                // A copy left behind is offered back later, or skipped while its project's journal is there.
            }
        }
        journal.close();
    }

    @Override
    public void close() {
        close(false);
    }

    /**
     * Whether a journal in the data folder is a second copy whose project's own journal is there to
     * recover from (so the copy need not be offered as well).
     */
    static boolean isCopyOfAPresentJournal(Path journal) {
        Path of = journal.resolveSibling(journal.getFileName() + OF_SUFFIX);
        if (!journal.getFileName().toString().startsWith(NAME_START) || !Files.isRegularFile(of)) {
            return false;
        }
        try {
            return Files.isRegularFile(Path.of(Files.readString(of).strip()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
