package org.shilu.model;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The transcript being worked on. Every change goes through {@link #apply}, which tells the
 * listeners (the journal, the views, the undo stack) what changed. Once a version is marked as
 * published, an edit that changes a published turn also logs the correction, in the same step.
 */
public final class Document {
    private final List<Consumer<TranscriptChange>> listeners = new CopyOnWriteArrayList<>();
    private Transcript current;
    private Supplier<LocalDateTime> clock = () -> LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private String seat = System.getProperty("user.name", "");
    private Reapproval reapproval = Reapproval.NEVER;

    public Document(Transcript initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public Transcript transcript() {
        return current;
    }

    /** Who the corrections this document logs are made by, and the clock that dates them. */
    public void logCorrectionsAs(String seatName, Supplier<LocalDateTime> correctionClock) {
        seat = Objects.requireNonNull(seatName, "seatName");
        clock = Objects.requireNonNull(correctionClock, "correctionClock");
    }

    /** Who the corrections this document logs are made by from now on (a seat joining a shared programme). */
    public void logCorrectionsAs(String seatName) {
        seat = Objects.requireNonNull(seatName, "seatName");
    }

    /** When an edit made here takes an edited turn's approval back, in the same step (undone with it). */
    public void askApprovalAgainWhen(Reapproval rule) {
        reapproval = Objects.requireNonNull(rule, "rule");
    }

    /** Applies an edit, or throws IllegalArgumentException and leaves the document unchanged. */
    public TranscriptChange apply(Edit edit) {
        return apply(edit, reapproval);
    }

    /** Applies an undo or redo step: it puts back what was, approvals too, so none is taken back. */
    TranscriptChange replay(Edit step) {
        return apply(step, Reapproval.NEVER);
    }

    private TranscriptChange apply(Edit edit, Reapproval rule) {
        Transcript before = current;
        Transcript after = edit.applyTo(before);
        // Another seat's change comes as it is, its approvals judged and its correction logged there
        // and shared (ReviewEdit); so does a programme opened or recovered.
        boolean madeHere = !(edit instanceof Edit.ReplaceTranscript) && !(edit instanceof Edit.Remote);
        Edit withdrawn = madeHere && rule != Reapproval.NEVER ? rule.withdrawn(before, after) : null;
        if (withdrawn != null) {
            edit = endedWith(edit, withdrawn);
            after = withdrawn.applyTo(after);
        }
        if (madeHere && after.review() == before.review()) {
            Review logged = after.review().logged(before, after, clock.get(), seat);
            if (logged != after.review()) {
                edit = endedWith(edit, new Edit.SetReview(logged));
                after = after.withReview(logged);
            }
        }
        Edit inverse = edit.inverseOn(before);
        current = after;
        TranscriptChange change = new TranscriptChange(before, after, edit, inverse);
        listeners.forEach(listener -> listener.accept(change));
        return change;
    }

    /** The edit and then {@code more}, one step under the edit's name, its own steps kept first in the batch. */
    private static Edit endedWith(Edit edit, Edit more) {
        Edit inner = edit instanceof Edit.Named named ? named.edit() : edit;
        List<Edit> steps = new java.util.ArrayList<>(inner instanceof Edit.Batch batch ? batch.edits() : List.of(inner));
        steps.add(more);
        return new Edit.Named(UndoStack.nameOf(edit), new Edit.Batch(steps));
    }

    public void addListener(Consumer<TranscriptChange> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }
}
