package org.shilu.format;

import java.util.Objects;

import org.shilu.model.Transcript;

/**
 * A transcript together with the page layout it is published in, and the portal text it was read
 * from ({@link PortalSource#NONE} when there is none), which the writer gives back for what was
 * not edited.
 */
public record Project(Transcript transcript, PortalProfile profile, PortalSource source) {
    public Project {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(source, "source");
    }

    public Project(Transcript transcript, PortalProfile profile) {
        this(transcript, profile, PortalSource.NONE);
    }

    /** The same project, every turn to be laid out by the profile when written (the encoding is kept). */
    public Project normalised() {
        return new Project(transcript, profile, PortalSource.NONE.inEncoding(source.charset(), source.byteOrderMark()));
    }
}
