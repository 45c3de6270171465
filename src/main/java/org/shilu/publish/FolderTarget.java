package org.shilu.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.shilu.store.AtomicFile;

/** A local or mounted folder, such as a web root or a network share: a temporary file renamed over the old one. */
public final class FolderTarget implements PublishTarget {
    private final Path folder;

    public FolderTarget(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    @Override
    public String describe() {
        return "folder:" + folder;
    }

    @Override
    public Optional<byte[]> read(String name) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(folder.resolve(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(PublishedFile file) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder is not there (is the share mounted?)");
        }
        AtomicFile.write(folder.resolve(file.name()), file.bytes());
    }

    @Override
    public void close() {
        // nothing held
    }
}
