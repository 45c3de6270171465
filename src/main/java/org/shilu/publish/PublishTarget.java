package org.shilu.publish;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a programme's page goes: a folder, an SFTP server or an S3-compatible bucket. Each file is
 * replaced whole or not at all, so a reader never fetches half a file. A target is used from one
 * thread at a time.
 */
public interface PublishTarget extends AutoCloseable {
    /** What the user recognises the target by, such as {@code sftp://web@example.org/live}; no secret. */
    String describe();

    /** The file as it is on the target now, or empty when there is none. */
    Optional<byte[]> read(String name) throws IOException;

    /** Replaces the file on the target in one step. */
    void put(PublishedFile file) throws IOException;

    /** Lets go of any connection; the target can be used again after. */
    @Override
    void close();
}
