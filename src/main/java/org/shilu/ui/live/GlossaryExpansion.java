package org.shilu.ui.live;

import java.util.Optional;
import java.util.function.Consumer;

import org.shilu.model.Glossary;
import org.shilu.model.Transcript;
import org.shilu.ui.common.Messages;

/**
 * The expansion key in the draft: the Latin letters just before the caret, when they are a glossary
 * term's abbreviation, become the term, as one change the draft's own Ctrl+Z takes back. An input
 * method that is composing never lets the key reach here (InputMethodGuard).
 */
public final class GlossaryExpansion {
    private GlossaryExpansion() {
    }

    /** Expands in the draft when it has the focus; false when the key is not the draft's (it goes on). */
    public static boolean expand(DraftArea draft, Transcript transcript, Messages messages, Consumer<String> status) {
        if (!draft.isFocused()) {
            return false;
        }
        int caret = draft.getCaretPosition();
        String letters = Glossary.lettersBefore(draft.getText(), caret);
        if (letters.isEmpty()) {
            status.accept(messages.text("glossary.nothingToExpand"));
            return true;
        }
        Optional<String> term = transcript.glossary().expand(letters);
        if (term.isEmpty()) {
            status.accept(messages.text("glossary.noTerm", letters));
            return true;
        }
        draft.replaceText(caret - letters.length(), caret, term.get());
        return true;
    }
}
