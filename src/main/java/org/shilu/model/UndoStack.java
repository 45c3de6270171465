package org.shilu.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Unlimited undo and redo for one document within a session. Every applied change becomes a step,
 * named by its {@link Edit.Named} wrapper or by its kind; undoing applies the step's inverse as a
 * change like any other (so the journal records it). Opening another transcript starts afresh.
 */
public final class UndoStack {
    /**
     * One undoable step: its name (a message key), the edit that undoes it and the edit that
     * redoes it, and how far down the turns it reaches (the end of the stretch it changed, before
     * and after), which says whether another seat's change has moved its turns, and whether it
     * changed the review's record (its undo sets the whole record back).
     */
    public record Step(String name, Edit undo, Edit redo, int reach, boolean review) {
    }

    private final Document document;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean replaying;

    public UndoStack(Document document) {
        this.document = Objects.requireNonNull(document, "document");
        document.addListener(this::record);
    }

    /** The name of the step Ctrl+Z would undo. */
    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    /** The step Ctrl+Z would undo. */
    public Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The step Ctrl+Shift+Z would redo. */
    public Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    public boolean undo() {
        return move(undo, redo, true);
    }

    public boolean redo() {
        return move(redo, undo, false);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private boolean move(Deque<Step> from, Deque<Step> to, boolean undoing) {
        Step step = from.poll();
        if (step == null) {
            return false;
        }
        replaying = true;
        try {
            document.replay(undoing ? step.undo() : step.redo());
        } catch (RuntimeException e) {
            from.push(step);
            throw e;
        } finally {
            replaying = false;
        }
        to.push(step);
        listeners.forEach(Runnable::run);
        return true;
    }

    private void record(TranscriptChange change) {
        if (replaying || change.edit() instanceof Edit.SetRecording) {
            return; // a recording started is not a step: Ctrl+Z after it undoes the typist's last step
        }
        if (change.edit() instanceof Edit.ReplaceTranscript) {
            undo.clear();
            redo.clear();
        } else if (change.edit() instanceof Edit.Remote) {
            // Steps name turns by position: one that reaches the stretch another seat changed, or
            // below it, would now undo the wrong turns, so the history goes. Another seat's turns
            // added after the last one touched here leave it as it is (the typist appending while
            // the proof-reader corrects above).
            Splice splice = Splice.between(change.before(), change.after());
            boolean moved = !splice.touchesTurnsOnly()
                    || java.util.stream.Stream.concat(undo.stream(), redo.stream()).anyMatch(step -> step.reach() > splice.at());
            // A step that sets the review's record back would take another seat's entries with it.
            boolean reviewed = splice.review() != null
                    && java.util.stream.Stream.concat(undo.stream(), redo.stream()).anyMatch(Step::review);
            if (reviewed || moved && (splice.removed() > 0 || !splice.inserted().isEmpty() || !splice.touchesTurnsOnly())) {
                undo.clear();
                redo.clear();
            }
        } else {
            Splice splice = Splice.between(change.before(), change.after());
            int reach = splice.touchesTurnsOnly() ? splice.at() + Math.max(splice.removed(), splice.inserted().size())
                    : Integer.MAX_VALUE;
            undo.push(new Step(nameOf(change.edit()), change.inverse(), change.edit(), reach, splice.review() != null));
            redo.clear();
        }
        listeners.forEach(Runnable::run);
    }

    /** A step's name: the one it was given, or one for its kind. */
    static String nameOf(Edit edit) {
        if (edit instanceof Edit.Named named) {
            return named.name();
        }
        if (edit instanceof Edit.InsertTurn) {
            return "step.commit";
        }
        if (edit instanceof Edit.ReplaceTurn) {
            return "step.correct";
        }
        if (edit instanceof Edit.ChangeHeader) {
            return "step.header";
        }
        if (edit instanceof Edit.AddSpeaker || edit instanceof Edit.RemoveSpeaker || edit instanceof Edit.ReplaceSpeaker
                || edit instanceof Edit.SetRoster) {
            return "step.roster";
        }
        if (edit instanceof Edit.InsertTurns || edit instanceof Edit.Batch) {
            return "step.paste";
        }
        return "step.edit";
    }
}
