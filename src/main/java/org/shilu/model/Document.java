package org.shilu.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The transcript being worked on. Every change goes through {@link #apply}, which tells the
 * listeners (the journal, the views, later the undo stack) what changed.
 */
public final class Document {
    private final List<Consumer<TranscriptChange>> listeners = new CopyOnWriteArrayList<>();
    private Transcript current;

    public Document(Transcript initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public Transcript transcript() {
        return current;
    }

    /** Applies an edit, or throws IllegalArgumentException and leaves the document unchanged. */
    public TranscriptChange apply(Edit edit) {
        Transcript before = current;
        Edit inverse = edit.inverseOn(before);
        Transcript after = edit.applyTo(before);
        current = after;
        TranscriptChange change = new TranscriptChange(before, after, edit, inverse);
        listeners.forEach(listener -> listener.accept(change));
        return change;
    }

    public void addListener(Consumer<TranscriptChange> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }
}
