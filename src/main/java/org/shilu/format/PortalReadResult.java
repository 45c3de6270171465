package org.shilu.format;

import java.util.List;

/** What a reader made of a file: the project, and what it kept in a place the file did not quite say. */
public record PortalReadResult(Project project, List<ReadWarning> warnings) {
    public PortalReadResult {
        warnings = List.copyOf(warnings);
    }
}
