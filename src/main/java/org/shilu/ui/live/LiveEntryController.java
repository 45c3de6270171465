package org.shilu.ui.live;

import java.util.List;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.shilu.live.LiveSession;
import org.shilu.live.PastedTurns;
import org.shilu.model.Speaker;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * The operator's corner of the window: the speaker bar, the current speaker shown large, and the
 * draft. It forwards typing and keys to the {@link LiveSession} and shows its state.
 */
public final class LiveEntryController {
    /** Characters above which a paste is looked at in the background (about 190 KB of Chinese). */
    static final int LARGE_PASTE = 64 * 1024;
    private final LiveSession session;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;

    private final HBox speakerBar;
    private final Label currentKey;
    private final Label currentSpeaker;
    private final Label correctionBanner;
    private final DraftArea draft;
    private final HBox suggestionStrip;
    private TermSuggestions suggestions;
    private org.shilu.ui.common.TextMarks draftMarks;
    private java.util.function.Function<String, List<int[]>> flagged = text -> List.of();

    public LiveEntryController(LiveSession session, Messages messages, Dialogs dialogs, UiThread uiThread,
                               LiveEntryView view) {
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        speakerBar = view.speakerBar;
        currentKey = view.currentKey;
        currentSpeaker = view.currentSpeaker;
        correctionBanner = view.correctionBanner;
        draft = view.draft;
        suggestionStrip = view.suggestionStrip;
        draft.textProperty().addListener((observable, before, text) -> session.updateDraft(text));
        draft.setPasteInterceptor(this::pasted);
        suggestions = new TermSuggestions(draft, suggestionStrip, session.document(), uiThread, messages);
        draftMarks = org.shilu.ui.common.TextMarks.over(draft, this::draftMarks);
        HBox row = (HBox) draft.getParent();
        int at = row.getChildren().indexOf(draft);
        row.getChildren().remove(draft);
        javafx.scene.layout.StackPane marked = draftMarks.pane();
        HBox.setHgrow(marked, javafx.scene.layout.Priority.ALWAYS);
        row.getChildren().add(at, marked);
        session.addListener(this::show);
        show();
    }

    /** From now on the draft marks the ranges {@code ranges} finds in it (sensitive words) as it is typed. */
    public void markFlagged(java.util.function.Function<String, List<int[]>> ranges) {
        flagged = ranges;
        draftMarks.changed();
    }

    /** The draft's doubts and the sensitive words in it. */
    private List<org.shilu.ui.common.TextMarks.Mark> draftMarks() {
        return org.shilu.ui.common.TextMarks.of(session.draftDoubts(), flagged.apply(draft.getText()));
    }

    public DraftArea draft() {
        return draft;
    }

    /** The accept key: the first term suggested for the letters typed takes their place; false when none is. */
    public boolean acceptSuggestion() {
        return suggestions.accept();
    }

    /**
     * The doubt key in the draft: marks the selection or the word before the caret, or takes the
     * mark there away; says which on {@code status}. False when the draft does not have the focus.
     */
    public boolean markDoubt(java.util.function.Consumer<String> status) {
        if (!draft.isFocused()) {
            return false;
        }
        List<org.shilu.model.Doubt> before = session.draftDoubts();
        session.markDoubt(draft.getAnchor(), draft.getCaretPosition());
        List<org.shilu.model.Doubt> after = session.draftDoubts();
        if (after.size() > before.size()) {
            org.shilu.model.Doubt added = after.stream().filter(d -> !before.contains(d)).findFirst().orElseThrow();
            status.accept(messages.text("doubt.marked", added.text()));
        } else {
            status.accept(messages.text(after.size() < before.size() ? "doubt.cleared" : "doubt.nothing"));
        }
        draft.deselect();
        return true;
    }

    public void focusDraft() {
        draft.requestFocus();
    }

    /** Characters typed where they cannot go (on the turn list): they land in the draft, at its end. */
    public void typeIntoDraft(String typed) {
        draft.requestFocus();
        draft.end();
        draft.insertText(draft.getLength(), typed);
    }

    /** Esc: leaves a correction, asking first if the correction was edited. */
    public boolean cancelCorrection() {
        if (!session.isCorrecting()) {
            return false;
        }
        if (!session.correctionEdited() || dialogs.confirmDiscard(draft.getScene().getWindow(),
                messages.text("correction.discard.header"), messages.text("correction.discard.detail"))) {
            session.cancelCorrection();
        }
        return true;
    }

    /**
     * Looks at a paste before it lands: labelled turns are offered as turns. A paste larger than
     * {@link #LARGE_PASTE} is looked at off the FX thread, and lands in the draft only when the user
     * says so, since a draft that large makes typing slow.
     */
    private boolean pasted(String text) {
        if (session.isCorrecting()) {
            return false;
        }
        if (text.length() <= LARGE_PASTE) {
            PastedTurns pasted = PastedTurns.split(text);
            return pasted != null && offerTurns(pasted);
        }
        draft.setDisable(true);
        uiThread.inBackground(() -> PastedTurns.split(text), pasted -> {
            draft.setDisable(false);
            draft.requestFocus();
            if (pasted != null && offerTurns(pasted)) {
                return;
            }
            if (dialogs.confirm(draft.getScene().getWindow(), messages.text("paste.large.header", text.length()),
                    messages.text("paste.large.detail"), messages.text("paste.large.yes"), messages.text("dialog.cancel"))) {
                draft.replaceSelection(text);
            }
        }, failure -> draft.setDisable(false));
        return true;
    }

    private boolean offerTurns(PastedTurns pasted) {
        PasteDialog dialog = new PasteDialog(draft.getScene().getWindow(), pasted, session.document().transcript(), messages);
        if (!PasteDialog.committed(dialog.showAndWait().orElse(null))) {
            return false;
        }
        session.commitPasted(pasted);
        if (!pasted.leftover().isEmpty()) {
            draft.insertText(draft.getCaretPosition(), String.join("\n", pasted.leftover()));
        }
        return true;
    }

    private void show() {
        Optional<Speaker> current = session.currentSpeaker();
        List<Speaker> roster = session.document().transcript().roster();
        int index = current.map(s -> roster.indexOf(s)).orElse(-1);
        currentKey.setText(index >= 0 && index < 9 ? "Ctrl+" + (index + 1) : "");
        currentSpeaker.setText(current.map(Speaker::label).orElse(messages.text("live.noSpeaker")));
        currentSpeaker.setStyle(current.map(s -> s.colour().isEmpty() ? "" : "-fx-text-fill: " + s.colour() + ";").orElse(""));
        speakerBar.getChildren().setAll(SpeakerChip.all(roster, current.orElse(null), session::selectSpeaker));
        correctionBanner.setVisible(session.isCorrecting());
        correctionBanner.setManaged(session.isCorrecting());
        if (!draft.getText().equals(session.draft())) {
            draft.setText(session.draft());
            draft.end();
        }
        draft.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("correcting"), session.isCorrecting());
        draftMarks.changed();
    }
}
