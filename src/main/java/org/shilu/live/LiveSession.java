package org.shilu.live;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.shilu.model.Document;
import org.shilu.model.Desk;
import org.shilu.model.Doubt;
import org.shilu.model.Draft;
import org.shilu.model.Edit;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TranscriptChange;

/**
 * What the studio operator does on air, without any UI: type a draft, commit it as a turn of the
 * current speaker stamped from the studio clock, switch speakers by key, and pull the last turn
 * back for a correction. The window drives it and shows its state.
 */
public final class LiveSession {
    /** The undo step name (a message key) of a turn committed live. */
    public static final String LIVE_COMMIT = "step.commit";
    private final Document document;
    private final StudioClock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String currentSpeakerId;
    private String draft = "";
    /** The doubts marked in the draft, and in the draft a correction set aside. */
    private List<Doubt> draftDoubts = List.of();
    private List<Doubt> displacedDoubts = List.of();
    private LocalDateTime draftStartedAt;
    private Correction correction;
    private OnAir onAir;
    private Draft.InPlace inPlace;

    /**
     * What "elapsed" counts from: the moment the operator said the programme went on air, or else
     * the first turn typed in this session (an opened transcript's old times say nothing of today).
     */
    public record OnAir(LocalDateTime since, boolean setByOperator) {
        public OnAir {
            Objects.requireNonNull(since, "since");
        }
    }

    /** A turn pulled back into the draft, and the draft it displaced. */
    private record Correction(int index, Turn original, String displacedDraft, LocalDateTime displacedStart,
                              String displacedSpeakerId) {
    }

    /** Who speaks after a commit. */
    public enum NextSpeaker {
        /** host → the guest who spoke last; anyone else → the host */
        NATURAL,
        SAME
    }

    public LiveSession(Document document, StudioClock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.clock = Objects.requireNonNull(clock, "clock");
        Transcript transcript = document.transcript();
        currentSpeakerId = transcript.roster().isEmpty() ? null : transcript.roster().get(0).id();
        document.addListener(this::keepSpeakerValid);
    }

    public Document document() {
        return document;
    }

    public StudioClock clock() {
        return clock;
    }

    public String draft() {
        return draft;
    }

    /** When the first character of the draft was typed or pasted, or null while it is blank. */
    public LocalDateTime draftStartedAt() {
        return draftStartedAt;
    }

    /**
     * The draft as the journal keeps it: whose, what, and since when; or the correction in progress;
     * and the turn being edited in place, if any.
     */
    public Draft draftSnapshot() {
        Draft typed;
        if (correction != null) {
            Draft displaced = correction.displacedDraft().isEmpty() ? Draft.NONE
                    : new Draft(correction.displacedSpeakerId(), correction.displacedDraft(), correction.displacedStart(), null,
                    null, displacedDoubts);
            typed = new Draft(currentSpeakerId, draft, null, new Draft.Correcting(correction.index(), displaced), null,
                    draftDoubts);
        } else {
            typed = draft.isEmpty() ? Draft.NONE : new Draft(currentSpeakerId, draft, draftStartedAt, null, null, draftDoubts);
        }
        return inPlace == null ? typed : typed.withInPlace(inPlace);
    }

    /**
     * The text being typed into a turn edited in place in the list (index -1 or null text: the edit
     * ended), so that the journal keeps it with the draft.
     */
    public void typingInPlace(int index, String text) {
        inPlace = index < 0 || text == null ? null : new Draft.InPlace(index, text);
    }

    /**
     * What was typed into an edit in place when the window ended: applied to its turn as the edit
     * it would have become (undoable), if the turn is still there and the text differs.
     */
    private void restoreInPlace(Draft.InPlace typed) {
        List<Turn> turns = document.transcript().turns();
        if (typed == null || typed.index() >= turns.size()) {
            return;
        }
        List<String> paragraphs = Turn.paragraphsOf(typed.text());
        Turn turn = turns.get(typed.index());
        if (!paragraphs.isEmpty() && !paragraphs.equals(turn.paragraphs())) {
            document.apply(new Edit.Named("step.editText", new Edit.ReplaceTurn(typed.index(), turn.withParagraphs(paragraphs))));
        }
    }

    /**
     * Puts a recovered draft back, with its speaker when the roster still has them. A recovered
     * correction resumes as a correction of the same turn, with the draft it set aside; if that turn
     * is gone, what was typed into the correction follows the set-aside draft, so nothing is lost.
     */
    public void restoreDraft(Draft recovered) {
        if (correction != null) {
            endCorrection();
        }
        restoreInPlace(recovered.inPlace());
        if (recovered.isCorrection()) {
            Draft displaced = recovered.correcting().displaced();
            List<Turn> turns = document.transcript().turns();
            int index = recovered.correcting().index();
            restoreDraft(displaced);
            if (index < turns.size() && turns.get(index).speakerId().equals(recovered.speakerId())) {
                correction = new Correction(index, turns.get(index), draft, draftStartedAt, currentSpeakerId);
                displacedDoubts = draftDoubts;
                draftDoubts = recovered.doubts();
                draft = recovered.text();
                draftStartedAt = null;
                currentSpeakerId = recovered.speakerId();
            } else if (!recovered.text().equals(index < turns.size() ? turns.get(index).text() : "")) {
                draft = draft.isBlank() ? recovered.text() : draft + "\n" + recovered.text();
                draftStartedAt = draftStartedAt != null ? draftStartedAt : clock.now();
            }
            changed();
            return;
        }
        draft = recovered.text();
        draftDoubts = recovered.doubts();
        draftStartedAt = recovered.isBlank() ? null
                : recovered.startedAt() != null ? recovered.startedAt() : clock.now();
        if (recovered.speakerId() != null && document.transcript().speaker(recovered.speakerId()).isPresent()) {
            currentSpeakerId = recovered.speakerId();
        }
        changed();
    }

    public Optional<Speaker> currentSpeaker() {
        return currentSpeakerId == null ? Optional.empty() : document.transcript().speaker(currentSpeakerId);
    }

    public boolean isCorrecting() {
        return correction != null;
    }

    /** The index of the turn pulled back for correction, or -1 when none is. */
    public int correctingIndex() {
        return correction == null ? -1 : correction.index();
    }

    /** Whether leaving the correction now would lose what was typed into it. */
    public boolean correctionEdited() {
        return correction != null && !draft.equals(correction.original().text());
    }

    /** The operator typed or pasted: the draft's start time is taken at its first character. */
    public void updateDraft(String text) {
        Objects.requireNonNull(text, "text");
        if (text.equals(draft)) {
            return;
        }
        draftDoubts = Doubt.follow(draftDoubts, draft, text);
        draft = text;
        if (correction == null) {
            if (text.isBlank()) {
                draftStartedAt = null;
            } else if (draftStartedAt == null) {
                draftStartedAt = clock.now();
            }
        }
    }

    /** The doubts marked in the draft (offsets in {@link #draft()}). */
    public List<Doubt> draftDoubts() {
        return draftDoubts;
    }

    /**
     * The doubt key in the draft, with {@code from}–{@code to} selected (or the caret at {@code to}):
     * marks the selection, or the word before the caret, or takes the marker there away.
     */
    public void markDoubt(int from, int to) {
        draftDoubts = Doubt.toggle(draftDoubts, draft, from, to);
        changed();
    }

    /**
     * Commits the draft as a turn of the current speaker (or puts a correction back in place, its
     * times kept), with its doubts. A blank draft never commits.
     */
    public Optional<TranscriptChange> commit(NextSpeaker next) {
        if (draft.isBlank() || currentSpeakerId == null) {
            return Optional.empty();
        }
        List<String> paragraphs = Turn.paragraphsOf(draft);
        List<Doubt> doubts = Doubt.follow(draftDoubts, draft, String.join("\n", paragraphs));
        TranscriptChange change;
        if (correction != null) {
            Correction ending = correction;
            Turn corrected = new Turn(currentSpeakerId, paragraphs, ending.original().spokenAt(),
                    ending.original().publishedAt(), false, ending.original().id(), doubts);
            endCorrection();
            change = document.apply(new Edit.ReplaceTurn(ending.index(), corrected));
        } else {
            LocalDateTime now = clock.now();
            Turn turn = new Turn(currentSpeakerId, paragraphs, draftStartedAt == null ? now : draftStartedAt, now)
                    .withDoubts(doubts);
            // A netizen's question read out from the draft becomes this turn, in the same step.
            Desk linked = QuestionDesk.readOutBy(document.transcript(), turn);
            turn = linked == null ? turn : turn.withId(document.transcript().nextTurnId());
            if (onAir == null) {
                onAir = new OnAir(turn.spokenAt(), false);
            }
            // Cleared first, so that the journal records the turn and the emptied draft together.
            String typed = draft;
            LocalDateTime started = draftStartedAt;
            List<Doubt> marked = draftDoubts;
            clearDraft();
            try {
                change = document.apply(LiveCommits.edit(document.transcript().turns().size(), turn, linked));
            } catch (RuntimeException e) {
                draft = typed;
                draftStartedAt = started;
                draftDoubts = marked;
                throw e;
            }
            if (next == NextSpeaker.NATURAL) {
                currentSpeakerId = naturalNextSpeaker();
            }
        }
        changed();
        return Optional.of(change);
    }

    /** Where elapsed time counts from, or null before the first turn typed here or an on-air start. */
    public OnAir onAir() {
        return onAir;
    }

    /** The operator says: the programme is on air now (elapsed time counts from this moment). */
    public void startOnAir() {
        onAir = new OnAir(clock.now(), true);
        changed();
    }

    /** Speaker key N (1-based): commits the draft if it has text, then makes speaker N current. */
    public Optional<TranscriptChange> speakerKey(int key) {
        List<Speaker> roster = document.transcript().roster();
        if (key < 1 || key > roster.size()) {
            return Optional.empty();
        }
        Optional<TranscriptChange> committed = draft.isBlank() ? Optional.empty() : commit(NextSpeaker.SAME);
        currentSpeakerId = document.transcript().roster().get(key - 1).id();
        changed();
        return committed;
    }

    public void selectSpeaker(String speakerId) {
        if (document.transcript().speaker(speakerId).isEmpty()) {
            throw new IllegalArgumentException("no speaker " + speakerId);
        }
        currentSpeakerId = speakerId;
        changed();
    }

    /**
     * Pulls the last committed turn back into the draft for correction. A draft being typed is set
     * aside and comes back when the correction ends. Returns false when there is nothing to pull.
     */
    public boolean correctLast() {
        List<Turn> turns = document.transcript().turns();
        if (correction != null || turns.isEmpty()) {
            return false;
        }
        int index = turns.size() - 1;
        Turn last = turns.get(index);
        correction = new Correction(index, last, draft, draftStartedAt, currentSpeakerId);
        displacedDoubts = draftDoubts;
        draftDoubts = last.doubts();
        draft = last.text();
        draftStartedAt = null;
        currentSpeakerId = last.speakerId();
        changed();
        return true;
    }

    /** Leaves a correction without changes; the turn stays as it was. */
    public void cancelCorrection() {
        if (correction != null) {
            endCorrection();
            changed();
        }
    }

    /**
     * Commits pasted turns in order, adding the speakers the roster lacks. Times printed in the
     * paste are kept; turns without one are stamped now.
     */
    public Optional<TranscriptChange> commitPasted(PastedTurns pasted) {
        Edit commit = pasted.commitAfter(document.transcript(), clock.now());
        if (commit == null) {
            return Optional.empty();
        }
        TranscriptChange change = document.apply(commit);
        changed();
        return Optional.of(change);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /**
     * After a live commit was undone: its text comes back into the draft, with its speaker and its
     * spoken-at time, so that it is never out of sight and a commit again keeps the original time.
     * Text in the draft stays, after it. Nothing happens during a correction (the turn is still in
     * redo).
     */
    public void takeBack(Turn undone) {
        if (correction != null) {
            return;
        }
        List<Doubt> doubts = new ArrayList<>(undone.doubts());
        int shift = undone.text().length() + 1;
        draftDoubts.forEach(d -> doubts.add(new Doubt(d.start() + shift, d.text())));
        draftDoubts = draft.isBlank() ? undone.doubts() : List.copyOf(doubts);
        draft = draft.isBlank() ? undone.text() : undone.text() + "\n" + draft;
        draftStartedAt = undone.spokenAt() != null ? undone.spokenAt() : clock.now();
        if (document.transcript().speaker(undone.speakerId()).isPresent()) {
            currentSpeakerId = undone.speakerId();
        }
        changed();
    }

    /** After that commit was redone: the draft it had come back into is cleared if it was left as it was. */
    public void dropTakenBack(Turn redone) {
        if (correction == null && draft.equals(redone.text())) {
            clearDraft();
            changed();
        }
    }

    private void endCorrection() {
        draft = correction.displacedDraft();
        draftDoubts = displacedDoubts;
        displacedDoubts = List.of();
        draftStartedAt = correction.displacedStart();
        currentSpeakerId = correction.displacedSpeakerId();
        correction = null;
    }

    private void clearDraft() {
        draft = "";
        draftDoubts = List.of();
        draftStartedAt = null;
    }

    private String naturalNextSpeaker() {
        return NextSpeakers.after(document.transcript(), currentSpeakerId);
    }

    /** A speaker removed from the roster can no longer be current; a correction of a changed list ends. */
    private void keepSpeakerValid(TranscriptChange change) {
        Transcript after = change.after();
        if (currentSpeakerId == null || after.speaker(currentSpeakerId).isEmpty()) {
            currentSpeakerId = after.roster().isEmpty() ? null : after.roster().get(0).id();
        }
        if (correction != null && (correction.index() >= after.turns().size()
                || after.turns().get(correction.index()) != correction.original())) {
            String typed = draft;
            endCorrection();
            // The turn moved under the correction: keep what was typed rather than lose it.
            draft = draft.isBlank() ? typed : draft + "\n" + typed;
        }
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
