package org.shilu.store;

import java.io.IOException;
import java.nio.file.Path;

/** The disk a project lives on is gone (a USB stick pulled, a share unmounted): its journal is not written there. */
public final class ProjectDiskGoneException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    ProjectDiskGoneException(Path folder) {
        super("the disk of " + folder + " is gone (pulled out, or unmounted); every turn is kept in a second copy"
                + " in the data folder");
        this.folder = folder;
    }

    /** The project's folder, as it was when the disk was there. */
    public Path folder() {
        return folder;
    }
}
