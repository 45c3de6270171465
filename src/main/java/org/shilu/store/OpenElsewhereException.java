package org.shilu.store;

import java.nio.file.Path;

/** Another Shilu holds this programme's journal: two windows must never write one journal. */
public final class OpenElsewhereException extends Exception {
    private final transient Path journal;

    public OpenElsewhereException(Path journal) {
        super("the programme is open in another Shilu window (" + journal + " is in use)");
        this.journal = journal;
    }

    public Path journal() {
        return journal;
    }
}
