package org.shilu.ui.live;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import org.shilu.check.TermIndex;
import org.shilu.model.Document;
import org.shilu.model.Glossary;
import org.shilu.model.Transcript;
import org.shilu.ui.common.InputMethodGuard;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * The glossary's terms suggested while Latin letters are typed in the draft: a strip under the
 * draft shows the terms the letters before the caret start (by abbreviation or pinyin), and the
 * accept key (Tab) puts the first in their place, as one change the draft's Ctrl+Z takes back.
 * The strip is no window and takes no focus, so Enter, Ctrl+Enter and every other key stay the
 * draft's; nothing is suggested while an input method is composing. The index is rebuilt off the
 * window's thread whenever the glossary or the roster changes.
 */
public final class TermSuggestions {
    /** The most terms shown at once. */
    static final int MOST = 6;

    private final DraftArea draft;
    private final HBox strip;
    /** Between the terms after the first, in their one label. */
    static final String BETWEEN = " · ";
    /** The strip's two labels, made once: the first term (the one Tab takes), then the others; a keystroke only sets their texts. */
    private final Label first = new Label();
    private final Label others = new Label();
    private TermIndex index = TermIndex.EMPTY;
    private List<Glossary.Term> shown = List.of();
    private int building;
    /** Whether the index is not the glossary's and roster's as they are now; built only once letters ask for it. */
    private boolean indexOutdated = true;
    private final Document document;
    private final UiThread uiThread;

    TermSuggestions(DraftArea draft, HBox strip, Document document, UiThread uiThread, Messages messages) {
        this.draft = draft;
        this.strip = strip;
        this.document = document;
        this.uiThread = uiThread;
        strip.setFocusTraversable(false);
        strip.setMouseTransparent(true);
        Label key = new Label(messages.text("suggest.key"));
        key.getStyleClass().add("term-suggestion-key");
        strip.getChildren().add(key);
        first.getStyleClass().add("term-suggestion-first");
        others.getStyleClass().add("term-suggestion");
        strip.getChildren().addAll(first, others);
        // A keystroke changes the text, then the caret: the strip is brought up to date once, after both.
        draft.textProperty().addListener((o, was, now) -> refreshSoon());
        draft.caretPositionProperty().addListener((o, was, now) -> refreshSoon());
        draft.focusedProperty().addListener((o, was, now) -> refreshSoon());
        org.shilu.ui.common.LayoutPulses.before(draft, this::refreshIfStale);
        document.addListener(change -> {
            Transcript before = change.before();
            Transcript after = change.after();
            if (before.glossary() != after.glossary() || before.roster() != after.roster()) {
                indexOutdated = true;
            }
        });
        show(List.of());
    }

    /**
     * Builds the index of the glossary and roster as they are now, off the FX thread, at the first
     * letters typed after they changed: a programme typed in Chinese alone never loads the pinyin tables.
     */
    private void rebuild() {
        indexOutdated = false;
        int build = ++building;
        Transcript transcript = document.transcript();
        Glossary all = transcript.glossary().withRoster(transcript.roster());
        uiThread.inBackground(() -> TermIndex.of(all), built -> {
            if (build == building) { // a newer glossary's index is on its way otherwise
                index = built;
                refreshSoon();
            }
        }, failure -> { });
    }

    /**
     * Puts the first term suggested for the letters before the caret in their place; false when no
     * suggestion is shown. The terms are looked up again, in case a key came before the strip caught up.
     */
    public boolean accept() {
        if (shown.isEmpty() || !draft.isFocused()) {
            return false;
        }
        int caret = draft.getCaretPosition();
        if (caret > draft.getLength()) {
            return false;
        }
        String letters = Glossary.lettersBefore(draft.getText(), caret);
        List<Glossary.Term> now = index.suggest(letters, 1);
        if (now.isEmpty()) {
            return false;
        }
        draft.replaceText(caret - letters.length(), caret, now.get(0).term());
        return true;
    }

    /** Whether the strip is to be brought up to date before the next layout. */
    private boolean stale;

    /** The strip is brought up to date before the window's next layout: once a frame, whatever the keys did. */
    private void refreshSoon() {
        if (!stale) {
            stale = true;
            if (draft.getScene() != null) {
                draft.getScene().getRoot().requestLayout(); // a pulse comes
            }
        }
    }

    private void refreshIfStale() {
        if (stale) {
            stale = false;
            refresh();
        }
    }

    private void refresh() {
        boolean composing = draft.getScene() != null && InputMethodGuard.guard(draft.getScene()).isComposingIn(draft);
        if (!draft.isFocused() || composing || draft.getSelection().getLength() > 0) {
            show(List.of());
            return;
        }
        String text = draft.getText();
        int caret = draft.getCaretPosition();
        if (caret > text.length()) {
            show(List.of()); // the text was just replaced (a commit); the caret follows in a moment
            return;
        }
        boolean wordEnds = caret >= text.length() || !Glossary.isLatinLetter(text.charAt(caret));
        String letters = wordEnds ? Glossary.lettersBefore(text, caret) : "";
        if (indexOutdated && letters.length() >= TermIndex.FEWEST_LETTERS) {
            rebuild(); // the strip shows once the index is built
        }
        show(index.suggest(letters, MOST));
    }

    private void show(List<Glossary.Term> terms) {
        if (terms.equals(shown) && strip.isVisible() == !terms.isEmpty()) {
            return;
        }
        shown = terms;
        strip.setVisible(!terms.isEmpty());
        strip.setManaged(!terms.isEmpty());
        if (!terms.isEmpty()) {
            first.setText(shownAs(terms.get(0)));
            others.setText(String.join(BETWEEN, terms.subList(1, terms.size()).stream().map(TermSuggestions::shownAs).toList()));
        }
    }

    private static String shownAs(Glossary.Term term) {
        return term.term() + (term.note().isEmpty() ? "" : "（" + term.note() + "）");
    }
}
