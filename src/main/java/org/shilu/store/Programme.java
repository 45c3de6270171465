package org.shilu.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.format.ProjectJson;
import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;

/**
 * The programme open in a window: its document, the page profile, the project file it lives in
 * (none until first saved) and whether it has changed since.
 */
public final class Programme {
    private final Document document;
    private PortalProfile profile;
    private Path file;
    private java.time.LocalDateTime savedAt;
    private Transcript saved;
    private PortalProfile savedProfile;
    /** What the programme was opened from (its portal text, a newer project's fields), kept for writing. */
    private Project opened;

    public Programme(Transcript transcript, PortalProfile profile) {
        this.document = new Document(transcript);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.saved = transcript;
        this.savedProfile = profile;
    }

    public Document document() {
        return document;
    }

    public PortalProfile profile() {
        return profile;
    }

    /** Whether the programme was opened from portal text that export can give back as it was. */
    public boolean hasSourceText() {
        return !project().source().isNone();
    }

    /** The page layout the programme is exported with (chosen in the export dialog, saved in the project). */
    public void setProfile(PortalProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
    }

    /** The project file, or null for a programme never saved. */
    public Path file() {
        return file;
    }

    public boolean isModified() {
        return document.transcript() != saved || !profile.equals(savedProfile);
    }

    /**
     * Puts another programme in the window. A portal text keeps no project file: saving asks
     * where, so the original text is never overwritten with JSON.
     */
    public void replace(Project project, Path projectFile) {
        savedAt = null;
        profile = project.profile();
        opened = project;
        document.apply(new Edit.ReplaceTranscript(project.transcript()));
        saved = document.transcript();
        savedProfile = profile;
        file = projectFile;
    }

    public Project project() {
        return opened == null ? new Project(document.transcript(), profile) : opened.with(document.transcript(), profile);
    }

    /** The programme as last saved (or opened): what the journal's changes build on. */
    public Project savedProject() {
        return opened == null ? new Project(saved, savedProfile) : opened.with(saved, savedProfile);
    }

    /**
     * Writes the project atomically, keeping the previous version as {@code .bak}; called off the
     * UI thread with a snapshot taken on it. Returns the SHA-256 of what was written.
     */
    public static String write(Path target, Project snapshot) throws IOException {
        byte[] bytes = new ProjectJson().write(snapshot);
        AtomicFile.DEFAULT.replace(target, bytes, true);
        return Checksums.sha256(bytes);
    }

    /** Records that a snapshot reached the disk as {@code target}. */
    public void markSaved(Path target, Project snapshot) {
        file = target;
        saved = snapshot.transcript();
        savedProfile = snapshot.profile();
        savedAt = java.time.LocalDateTime.now();
    }

    /** When this window last saved the programme to its file, or null if it has not (an opened file, say). */
    public java.time.LocalDateTime savedAt() {
        return savedAt;
    }
}
