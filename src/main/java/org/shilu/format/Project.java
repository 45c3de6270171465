package org.shilu.format;

import java.util.Objects;

import org.shilu.model.Transcript;

/** A transcript together with the page layout it is published in. */
public record Project(Transcript transcript, PortalProfile profile) {
    public Project {
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(profile, "profile");
    }
}
