package org.shilu.format;

import java.util.Map;
import java.util.Objects;

import org.shilu.model.Transcript;

/**
 * A transcript together with the page layout it is published in; the portal text it was read
 * from ({@link PortalSource#NONE} when there is none), which the writer gives back for what was
 * not edited; and the fields of a newer project file this Shilu does not know (name to JSON
 * text), which are written back as they came.
 */
public record Project(Transcript transcript, PortalProfile profile, PortalSource source, Map<String, String> unknownFields) {
    public Project {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(source, "source");
        unknownFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknownFields));
    }

    public Project(Transcript transcript, PortalProfile profile, PortalSource source) {
        this(transcript, profile, source, Map.of());
    }

    public Project(Transcript transcript, PortalProfile profile) {
        this(transcript, profile, PortalSource.NONE);
    }

    /** The same project, every turn to be laid out by the profile when written (the encoding is kept). */
    public Project normalised() {
        return new Project(transcript, profile, PortalSource.NONE.inEncoding(source.charset(), source.byteOrderMark()),
                unknownFields);
    }

    public Project withUnknownFields(Map<String, String> fields) {
        return new Project(transcript, profile, source, fields);
    }

    /** The same project with another transcript and layout, keeping what it was read from. */
    public Project with(Transcript newTranscript, PortalProfile newProfile) {
        return new Project(newTranscript, newProfile, source, unknownFields);
    }
}
