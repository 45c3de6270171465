package org.shilu.model;

/**
 * What one applied edit did: the states on both sides, the edit, and the edit that undoes it.
 */
public record TranscriptChange(Transcript before, Transcript after, Edit edit, Edit inverse) {
}
