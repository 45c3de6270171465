package org.shilu.ui.desk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.shilu.check.FlaggedTurns;
import org.shilu.check.SensitiveWords;
import org.shilu.format.QuestionsText;
import org.shilu.live.LiveSession;
import org.shilu.live.QuestionDesk;
import org.shilu.model.Desk;
import org.shilu.model.Edit;
import org.shilu.model.Question;
import org.shilu.model.Reapproval;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.Programme;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;
import org.shilu.ui.live.DraftArea;

/**
 * The interview desk (在线访谈): the netizens' questions, relayed into the transcript with one key,
 * and the sensitive-word lists, whose words are marked wherever text is shown and hold their turns
 * back from publishing until approved. Every action here is an undoable step of the document.
 */
public final class InterviewDesk {
    private final Stage stage;
    private final Programme programme;
    private final LiveSession session;
    private final Messages messages;
    private final Dialogs dialogs;
    private final UiThread uiThread;
    private final Consumer<String> status;
    private final DraftArea draft;
    private final SensitiveLists lists;
    private final FlaggedTurns flagged = new FlaggedTurns();
    private final QuestionsPanel panel;
    private final Label held = new Label();
    private final List<Runnable> marksChanged = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** When an edited turn's approval goes: here and at another seat alike. */
    private final Reapproval reapproval = this::approveAgain;

    public InterviewDesk(Stage stage, Programme programme, LiveSession session, Messages messages, Dialogs dialogs,
                         UiThread uiThread, UserSettings settings, SplitPane workArea, DraftArea draft,
                         Consumer<String> status) {
        this.stage = stage;
        this.programme = programme;
        this.session = session;
        this.messages = messages;
        this.dialogs = dialogs;
        this.uiThread = uiThread;
        this.status = status;
        this.draft = draft;
        this.lists = new SensitiveLists(settings, uiThread, problem ->
                status.accept(messages.text("words.unreadable", dialogs.describe(problem))));
        held.setId("heldTurns");
        held.getStyleClass().addAll("status-item", "held-turns");
        held.setVisible(false);
        held.setManaged(false);
        panel = new QuestionsPanel(workArea, messages, new QuestionsPanel.Handlers() {
            @Override
            public void typed(String line) {
                receive(QuestionsText.pasted(line, session.clock().now()));
            }

            @Override
            public void relayChosen(Desk.Relay relay, String template) {
                Desk desk = programme.document().transcript().desk();
                if (relay != desk.relay() || !template.equals(desk.template())) {
                    apply(() -> QuestionDesk.relayBy(programme.document().transcript(), relay, template));
                }
            }

            @Override
            public void run(AppAction action) {
                keysRun.accept(action);
            }

            @Override
            public void remove(Question question) {
                apply(() -> QuestionDesk.remove(programme.document().transcript(), question.id()));
            }

            @Override
            public void leave() {
                draft.requestFocus();
            }
        });
        programme.document().addListener(change -> {
            if (change.before().desk() != change.after().desk()) {
                panel.show(change.after().desk());
                if (!change.before().desk().allowed().equals(change.after().desk().allowed())) {
                    marksChanged.forEach(Runnable::run);
                }
            }
            if (change.edit() instanceof Edit.Remote) {
                judgeAnotherSeatsEdit(change.before(), change.after());
            }
            showHeld();
        });
        programme.document().askApprovalAgainWhen(reapproval);
        lists.onChange(() -> {
            showHeld();
            marksChanged.forEach(Runnable::run);
        });
        panel.show(programme.document().transcript().desk());
    }

    private Consumer<AppAction> keysRun = action -> { };

    /** Gives the desk's actions their handlers. */
    public void bind(ActionKeys keys) {
        keysRun = keys::run;
        keys.on(AppAction.QUESTIONS, panel::toggle);
        keys.on(AppAction.QUESTION_ENTRY, panel::focusEntry);
        keys.on(AppAction.NEXT_QUESTION, () -> moveSelection(1));
        keys.on(AppAction.PREVIOUS_QUESTION, () -> moveSelection(-1));
        keys.on(AppAction.APPROVE_QUESTION, () -> setStatus(Question.Status.APPROVED));
        keys.on(AppAction.SKIP_QUESTION, () -> setStatus(Question.Status.SKIPPED));
        keys.on(AppAction.NOTE_QUESTION, this::note);
        keys.on(AppAction.RELAY_QUESTION, this::relay);
        keys.on(AppAction.PASTE_QUESTIONS, this::paste);
        keys.on(AppAction.IMPORT_QUESTIONS, this::importCsv);
        keys.on(AppAction.ALLOWED_WORDS, () -> AllowedWordsDialog.show(stage, messages, programme.document().transcript()
                .desk().allowed()).ifPresent(words -> apply(() -> QuestionDesk.allow(programme.document().transcript(), words))));
    }

    /** The desk's items for the Live menu. */
    public List<MenuItem> menuItems(ActionKeys keys) {
        return List.of(keys.menuItem(AppAction.QUESTIONS), keys.menuItem(AppAction.QUESTION_ENTRY),
                keys.menuItem(AppAction.RELAY_QUESTION), keys.menuItem(AppAction.APPROVE_QUESTION),
                keys.menuItem(AppAction.SKIP_QUESTION), keys.menuItem(AppAction.NOTE_QUESTION),
                keys.menuItem(AppAction.PASTE_QUESTIONS), keys.menuItem(AppAction.IMPORT_QUESTIONS),
                keys.menuItem(AppAction.ALLOWED_WORDS));
    }

    /** The status bar's count of turns held back for their sensitive words. */
    public Label heldItem() {
        return held;
    }

    /** The words in force now. */
    public SensitiveWords words() {
        return lists.words();
    }

    /** Whether a turn holds a listed word its programme does not allow: it waits for approval before it goes out. */
    public boolean flags(Transcript programme, Turn turn) {
        return lists.stillReading() || flagged.flags(turn, programme, lists.words());
    }

    /** The ranges of a text holding listed words, for the marks of the draft, the list and the preview. */
    public java.util.function.Function<String, List<int[]>> ranges() {
        return lists.ranges(() -> programme.document().transcript());
    }

    /** Told on the FX thread when what is flagged changes: a list edited or another chosen, the allowed words changed. */
    public void onWordsChanged(Runnable listener) {
        marksChanged.add(listener);
    }

    /**
     * Publishing starts: the sensitive words in the programme, the first few named, with the list
     * of them one click away (Enter on one shows its turn). False when there are none.
     */
    public boolean warnOfSensitiveWords(org.shilu.ui.publish.LivePublishing.Warning warning,
                                        Consumer<String> showTurn) {
        Transcript now = programme.document().transcript();
        List<org.shilu.check.Finding> found = org.shilu.check.ConsistencyCheck.sensitive(now, lists.words());
        if (found.isEmpty()) {
            return false;
        }
        String named = String.join("、", found.stream().limit(3)
                .map(f -> messages.text("publish.doubts.one", f.details().get(0), f.turnIndex() + 1)).toList());
        warning.show(messages.text("publish.sensitive", found.size(), named + (found.size() > 3 ? "…" : "")),
                messages.text("publish.sensitive.show"), () -> org.shilu.ui.export.ChecksDialog.ask(stage, messages, found,
                        new java.util.HashSet<>(), false).ifPresent(choice -> {
                            if (choice.turnId() != null) {
                                showTurn.accept(choice.turnId());
                            }
                        }));
        return true;
    }

    /** Settings changed the lists: they are read again now. */
    public void listsChanged() {
        lists.readNow();
    }

    public void close() {
        lists.close();
    }

    /**
     * An approved turn edited to hold a listed word that it did not hold when approved: approved
     * again before it goes out, and the status bar says why its approval went. A correction that
     * brings in no new listed word keeps the approval.
     */
    private boolean approveAgain(Transcript now, Turn approved, Turn edited) {
        if (lists.words().isEmpty()) {
            return false;
        }
        List<String> had = lists.find(approved.text(), now).stream().map(SensitiveWords.Match::text).toList();
        java.util.Optional<String> brought = lists.find(edited.text(), now).stream().map(SensitiveWords.Match::text)
                .filter(word -> !had.contains(word)).findFirst();
        // Said once the edit's own handling is done, which clears the status bar after an edit.
        brought.ifPresent(word -> uiThread.later(() -> status.accept(
                messages.text("words.approvalTaken", now.indexOfTurn(edited.id()) + 1, word))));
        return brought.isPresent();
    }

    /**
     * Another seat's edit, judged by this seat's lists too (that seat's Settings may name none):
     * an approval it should have taken back is taken back here, once the change is in, as a step
     * of this seat's that goes to the others like any edit.
     */
    private void judgeAnotherSeatsEdit(Transcript before, Transcript after) {
        List<Turn> again = reapproval.toApproveAgain(before, after);
        if (!again.isEmpty()) {
            uiThread.later(() -> {
                Edit taken = Reapproval.takenBack(programme.document().transcript(), again);
                if (taken != null) {
                    programme.document().apply(new Edit.Named("step.approvalTaken", taken));
                }
            });
        }
    }

    private void showHeld() {
        int count = flagged.held(programme.document().transcript(), lists.words());
        held.setText(count == 0 ? "" : messages.text("words.held", count));
        held.setVisible(count > 0);
        held.setManaged(count > 0);
    }

    private void moveSelection(int step) {
        if (!panel.isShown()) {
            panel.toggle();
        }
        panel.move(step);
    }

    private void setStatus(Question.Status newStatus) {
        Question question = selectedOrSay();
        if (question != null) {
            apply(() -> QuestionDesk.setStatus(programme.document().transcript(), question.id(), newStatus));
        }
    }

    private void note() {
        Question question = selectedOrSay();
        if (question == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(question.note());
        dialog.initOwner(stage);
        dialog.setTitle(messages.actionName(AppAction.NOTE_QUESTION));
        dialog.setHeaderText(panel.describe(question));
        dialog.getEditor().setId("questionNoteText");
        dialog.showAndWait().ifPresent(note -> apply(() -> QuestionDesk.note(programme.document().transcript(), question.id(), note)));
    }

    /** The relay key: the selected approved question into the transcript, the programme's way. */
    private void relay() {
        Question question = selectedOrSay();
        if (question == null) {
            return;
        }
        Transcript now = programme.document().transcript();
        try {
            if (now.desk().relay() == Desk.Relay.TURN) {
                programme.document().apply(QuestionDesk.relayAsTurn(now, question.id(), session.clock().now()));
                status.accept(messages.text("questions.relayed", question.speakerLabel()));
            } else {
                QuestionDesk.IntoDraft into = QuestionDesk.relayIntoDraft(now, question.id());
                Speaker host = QuestionDesk.host(now);
                if (session.draft().isBlank() && host != null && !session.isCorrecting()) {
                    session.selectSpeaker(host.id());
                }
                programme.document().apply(into.markAsked());
                draft.insertText(draft.getCaretPosition(), into.words());
                draft.requestFocus();
            }
            panel.selectNextApproved();
        } catch (IllegalArgumentException refused) {
            status.accept(messages.reason(refused));
        }
    }

    /** Ctrl+Shift+V: the clipboard's lines as questions, once the user saw how they split. */
    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        List<Question> questions = text == null ? List.of() : QuestionsText.pasted(text, session.clock().now());
        if (questions.isEmpty()) {
            status.accept(messages.text("questions.nothingToPaste"));
            return;
        }
        if (QuestionsPreview.confirm(stage, messages, questions, List.of(), panel::describe)) {
            receive(questions);
        }
    }

    /** A CSV of name, question, time: read off the FX thread; bad rows are listed by line before the rest comes in. */
    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.actionName(AppAction.IMPORT_QUESTIONS));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt"));
        java.io.File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        LocalDate day = programme.document().transcript().header().broadcastDate();
        LocalDate onDay = day != null ? day : session.clock().now().toLocalDate();
        uiThread.inBackground(() -> QuestionsText.csv(Files.readAllBytes(file), file.toString(), onDay), imported -> {
            if (imported.questions().isEmpty() && imported.badRows().isEmpty()) {
                status.accept(messages.text("questions.nothingToPaste"));
            } else if (QuestionsPreview.confirm(stage, messages, imported.questions(), imported.badRows(), panel::describe)) {
                receive(imported.questions());
            }
        }, failure -> dialogs.error(stage, messages.actionName(AppAction.IMPORT_QUESTIONS),
                messages.text("questions.importFailed", file), dialogs.describe(failure)));
    }

    private void receive(List<Question> questions) {
        if (!questions.isEmpty()) {
            if (!panel.isShown()) {
                panel.toggle();
            }
            apply(() -> QuestionDesk.receive(programme.document().transcript(), questions));
            status.accept(messages.text("questions.received", questions.size()));
        }
    }

    private Question selectedOrSay() {
        Question question = panel.selected();
        if (question == null) {
            status.accept(messages.text("questions.noneSelected"));
        }
        return question;
    }

    private void apply(java.util.function.Supplier<Edit> edit) {
        try {
            programme.document().apply(edit.get());
        } catch (IllegalArgumentException refused) {
            status.accept(messages.reason(refused));
        }
    }
}
