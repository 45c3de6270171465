package org.shilu.ui.desk;

import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.shilu.model.Desk;
import org.shilu.model.Question;
import org.shilu.ui.common.Messages;

/**
 * The Questions panel beside the turn list: the netizens' questions with where each stands, a box
 * to type one in ({@code name: question}, Enter), and how the programme relays them. It shows what
 * the transcript's desk holds; what the user does goes to {@link InterviewDesk} through the handlers.
 * It never takes the focus by itself: the operator's caret stays in the draft.
 */
final class QuestionsPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private final SplitPane workArea;
    private final Messages messages;
    private final VBox root = new VBox(6);
    private final ListView<Question> list = new ListView<>();
    private final TextField entry = new TextField();
    private final ChoiceBox<Desk.Relay> relay = new ChoiceBox<>();
    private final TextField template = new TextField();
    private final Label counts = new Label();
    private boolean showing;

    /** What the panel's controls ask for. */
    interface Handlers {
        void typed(String line);

        void relayChosen(Desk.Relay relay, String template);

        void run(org.shilu.ui.common.AppAction action);

        /** Delete on the list: the selected question goes (an undoable step). */
        void remove(Question question);

        void leave();
    }

    QuestionsPanel(SplitPane workArea, Messages messages, Handlers handlers) {
        this.workArea = workArea;
        this.messages = messages;
        root.setId("questionsPanel");
        root.getStyleClass().add("questions-panel");
        root.setPadding(new Insets(6));
        root.setMinWidth(0);
        Label title = new Label(messages.text("questions.title"));
        title.getStyleClass().add("questions-title");
        list.setId("questionList");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Question question, boolean empty) {
                super.updateItem(question, empty);
                getStyleClass().removeIf(style -> style.startsWith("question-"));
                if (empty || question == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add("question-" + question.status().name().toLowerCase(java.util.Locale.ROOT));
                setText(describe(question));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        entry.setId("questionEntry");
        entry.setPromptText(messages.text("questions.entry"));
        entry.setOnAction(event -> {
            if (!entry.getText().isBlank()) {
                handlers.typed(entry.getText());
                entry.clear();
            }
        });
        relay.setId("questionRelay");
        relay.getItems().setAll(Desk.Relay.values());
        relay.setConverter(new StringConverter<>() {
            @Override
            public String toString(Desk.Relay value) {
                return value == null ? "" : messages.text("questions.relay." + value.name());
            }

            @Override
            public Desk.Relay fromString(String text) {
                return null;
            }
        });
        template.setId("questionTemplate");
        HBox.setHgrow(template, Priority.ALWAYS);
        Runnable chosen = () -> {
            if (relay.getValue() != null && template.getText().contains("{question}")) {
                handlers.relayChosen(relay.getValue(), template.getText());
            }
        };
        relay.setOnAction(event -> chosen.run());
        template.setOnAction(event -> chosen.run());
        template.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                chosen.run();
            }
        });
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(4, 4,
                button("questionApprove", "questions.button.approve", org.shilu.ui.common.AppAction.APPROVE_QUESTION, handlers),
                button("questionSkip", "questions.button.skip", org.shilu.ui.common.AppAction.SKIP_QUESTION, handlers),
                button("questionRelayNow", "questions.button.relay", org.shilu.ui.common.AppAction.RELAY_QUESTION, handlers),
                button("questionNote", "questions.button.note", org.shilu.ui.common.AppAction.NOTE_QUESTION, handlers));
        counts.setId("questionCounts");
        root.getChildren().setAll(title, counts, entry, list, buttons,
                new HBox(4, new Label(messages.text("questions.relay")), relay), template);
        // Esc goes back to the draft (a filter: the list would take Esc for itself); typing lands in
        // the entry box, never lost on the list.
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                handlers.leave();
                event.consume();
            }
        });
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.DELETE && selected() != null) {
                handlers.remove(selected());
                event.consume();
            }
        });
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (!typed.isEmpty() && !Character.isISOControl(typed.charAt(0)) && !event.isShortcutDown() && !event.isAltDown()) {
                entry.requestFocus();
                entry.appendText(typed);
                entry.end();
                event.consume();
            }
        });
    }

    /** A button that does what {@code action}'s key does, its key in its tooltip. */
    private Button button(String id, String textKey, org.shilu.ui.common.AppAction action, Handlers handlers) {
        Button button = new Button(messages.text(textKey));
        button.setId(id);
        button.setTooltip(new javafx.scene.control.Tooltip(messages.actionName(action)
                + (action.key() == null ? "" : "  (" + action.key().getDisplayText() + ")")));
        button.setFocusTraversable(false);
        button.setOnAction(event -> handlers.run(action));
        return button;
    }

    /** One row: where the question stands, who asked, what, when it came, and the note. */
    String describe(Question q) {
        StringBuilder row = new StringBuilder("[").append(messages.text("questions.status." + q.status().name())).append("] ");
        row.append(q.name().isEmpty() ? messages.text("questions.anonymous") : q.name()).append("：").append(q.text());
        if (q.receivedAt() != null) {
            row.append("  ").append(TIME.format(q.receivedAt()));
        }
        if (!q.note().isEmpty()) {
            row.append("  — ").append(q.note());
        }
        return row.toString();
    }

    /** Shows the desk's questions, keeping the selected one selected. */
    void show(Desk desk) {
        Question selected = list.getSelectionModel().getSelectedItem();
        List<Question> questions = desk.questions();
        if (!questions.equals(list.getItems())) {
            list.getItems().setAll(questions);
        }
        int at = selected == null ? -1 : desk.indexOf(selected.id());
        if (at >= 0) {
            list.getSelectionModel().select(at);
        } else if (!questions.isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(firstWaiting(questions));
        }
        if (relay.getValue() != desk.relay()) {
            relay.setValue(desk.relay());
        }
        if (!template.isFocused() && !template.getText().equals(desk.template())) {
            template.setText(desk.template());
        }
        template.setDisable(desk.relay() != Desk.Relay.DRAFT);
        counts.setText(messages.text("questions.counts", questions.size(), desk.count(Question.Status.ASKED),
                desk.count(Question.Status.SKIPPED)));
    }

    private static int firstWaiting(List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).status() == Question.Status.APPROVED || questions.get(i).status() == Question.Status.NEW) {
                return i;
            }
        }
        return 0;
    }

    /** The selected question, or null. */
    Question selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    /** Moves the selection by {@code step} rows (the keys that do it work from the draft). */
    void move(int step) {
        if (list.getItems().isEmpty()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = Math.max(0, Math.min(list.getItems().size() - 1, at < 0 ? 0 : at + step));
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 2));
    }

    /** After a question was relayed: the next approved one below it, if any, is selected. */
    void selectNextApproved() {
        int at = list.getSelectionModel().getSelectedIndex();
        for (int i = at + 1; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).status() == Question.Status.APPROVED) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    boolean isShown() {
        return showing;
    }

    /** Shows or hides the panel, at the window's right; the focus stays where it is. */
    void toggle() {
        if (showing) {
            workArea.getItems().remove(root);
        } else {
            workArea.getItems().add(root);
            workArea.setDividerPositions(workArea.getItems().size() == 3 ? new double[] {0.45, 0.72} : new double[] {0.65});
        }
        showing = !showing;
    }

    /** The box a question is typed into, focused (the panel shown first). */
    void focusEntry() {
        if (!showing) {
            toggle();
        }
        entry.requestFocus();
    }

    boolean contains(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
