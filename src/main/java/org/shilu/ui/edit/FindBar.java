package org.shilu.ui.edit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.shilu.model.Document;
import org.shilu.model.Speaker;
import org.shilu.model.TextSearch;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/**
 * Find (Ctrl+F) and replace (Ctrl+H) over the turns: case, whole word, regular expression, and the
 * scope (all turns, one speaker's, or the turns selected when the scope was chosen). Matches are
 * counted and marked in the list; F3 and Shift+F3 go to the next and previous; replace-all is one
 * undoable step. An invalid expression is explained in the bar.
 */
public final class FindBar extends HBox {
    private static final String ALL = "";
    private static final String SELECTION = "\u0000selection";
    private final Document document;
    private final ListView<Turn> list;
    private final Messages messages;
    private final Consumer<String> status;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final ChoiceBox<String> scope = new ChoiceBox<>();
    private final Label count = new Label();
    private final Button replaceAll = new Button();
    private Set<Turn> selectionScope = Collections.newSetFromMap(new IdentityHashMap<>());
    private Pattern pattern;
    private List<TextSearch.Match> matches = List.of();
    private int current = -1;

    public FindBar(Document document, ListView<Turn> list, Messages messages, Consumer<String> status) {
        this.document = document;
        this.list = list;
        this.messages = messages;
        this.status = status;
        getStyleClass().add("find-bar");
        setId("findBar");
        find.setId("findText");
        replace.setId("replaceText");
        matchCase.setId("findCase");
        wholeWord.setId("findWord");
        regex.setId("findRegex");
        scope.setId("findScope");
        count.setId("findCount");
        replaceAll.setId("replaceAll");
        find.setPromptText(messages.text("find.prompt"));
        replace.setPromptText(messages.text("find.replacePrompt"));
        matchCase.setText(messages.text("find.case"));
        wholeWord.setText(messages.text("find.word"));
        regex.setText(messages.text("find.regex"));
        replaceAll.setText(messages.text("find.replaceAll"));
        Button previous = new Button("↑");
        Button next = new Button("↓");
        Button close = new Button("✕");
        previous.setOnAction(event -> previous());
        next.setOnAction(event -> next());
        close.setOnAction(event -> hide());
        replaceAll.setOnAction(event -> replaceAll());
        find.setOnAction(event -> next());
        replace.setOnAction(event -> replaceAll());
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        find.setPrefColumnCount(14);
        replace.setPrefColumnCount(12);
        getChildren().setAll(find, previous, next, count, matchCase, wholeWord, regex, scope, replace, replaceAll, close);
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                hide();
            } else if (event.getCode() == KeyCode.ENTER && event.isShiftDown() && event.getTarget() == find) {
                event.consume();
                previous();
            }
        });
        find.textProperty().addListener((o, was, now) -> search());
        for (CheckBox box : List.of(matchCase, wholeWord, regex)) {
            box.selectedProperty().addListener((o, was, now) -> search());
        }
        scope.valueProperty().addListener((o, was, now) -> {
            if (SELECTION.equals(now)) {
                selectionScope = Collections.newSetFromMap(new IdentityHashMap<>());
                list.getSelectionModel().getSelectedItems().forEach(selectionScope::add);
            }
            search();
        });
        document.addListener(change -> {
            if (change.before().roster() != change.after().roster()) {
                fillScopes();
            }
            if (isVisible()) {
                search();
            }
        });
        fillScopes();
        scope.setValue(ALL);
        setVisible(false);
        setManaged(false);
    }

    /** The pattern the list marks, or null while the bar is closed or its query is invalid. */
    public Pattern highlight() {
        return isVisible() ? pattern : null;
    }

    public void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replace.setVisible(withReplace);
        replace.setManaged(withReplace);
        replaceAll.setVisible(withReplace);
        replaceAll.setManaged(withReplace);
        find.requestFocus();
        find.selectAll();
        search();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
        list.refresh();
        list.requestFocus();
    }

    public void next() {
        go(+1);
    }

    public void previous() {
        go(-1);
    }

    private void go(int step) {
        if (!isVisible()) {
            show(false);
        }
        if (matches.isEmpty()) {
            return;
        }
        current = current < 0 ? (step > 0 ? 0 : matches.size() - 1) : Math.floorMod(current + step, matches.size());
        int turn = matches.get(current).turn();
        list.getSelectionModel().clearAndSelect(turn);
        list.scrollTo(Math.max(0, turn - 1));
        showCount();
    }

    private void replaceAll() {
        if (pattern == null) {
            return;
        }
        TextSearch.Replacement result = TextSearch.replaceAll(document.transcript(), pattern, replace.getText(),
                regex.isSelected(), scopeTest());
        if (result.edit() == null) {
            status.accept(messages.text("find.nothingReplaced"));
            return;
        }
        try {
            document.apply(result.edit());
            status.accept(messages.text("find.replaced", result.count()));
        } catch (IllegalArgumentException refused) {
            status.accept(messages.text("edit.refused", messages.reason(refused)));
        }
    }

    private void search() {
        current = -1;
        if (find.getText().isEmpty()) {
            pattern = null;
            matches = List.of();
            count.getStyleClass().remove("find-problem");
            count.setText("");
        } else {
            try {
                pattern = TextSearch.compile(new TextSearch.Query(find.getText(), matchCase.isSelected(),
                        wholeWord.isSelected(), regex.isSelected()));
                matches = TextSearch.find(document.transcript(), pattern, scopeTest());
                count.getStyleClass().remove("find-problem");
                showCount();
            } catch (IllegalArgumentException invalid) {
                pattern = null;
                matches = List.of();
                if (!count.getStyleClass().contains("find-problem")) {
                    count.getStyleClass().add("find-problem");
                }
                count.setText(messages.text("find.invalid", messages.reason(invalid)));
            }
        }
        replaceAll.setDisable(pattern == null || matches.isEmpty());
        list.refresh();
    }

    private void showCount() {
        count.setText(matches.isEmpty() ? messages.text("find.none")
                : current < 0 ? messages.text("find.count", matches.size())
                : messages.text("find.position", current + 1, matches.size()));
    }

    private IntPredicate scopeTest() {
        String chosen = scope.getValue();
        List<Turn> turns = document.transcript().turns();
        if (chosen == null || ALL.equals(chosen)) {
            return t -> true;
        }
        if (SELECTION.equals(chosen)) {
            return t -> selectionScope.contains(turns.get(t));
        }
        return t -> turns.get(t).speakerId().equals(chosen);
    }

    /** All turns, the selection, then each speaker by id, shown by label. */
    private void fillScopes() {
        String chosen = scope.getValue();
        List<Speaker> roster = document.transcript().roster();
        scope.getItems().setAll(ALL, SELECTION);
        roster.forEach(speaker -> scope.getItems().add(speaker.id()));
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null || ALL.equals(id)) {
                    return messages.text("find.scope.all");
                }
                if (SELECTION.equals(id)) {
                    return messages.text("find.scope.selection");
                }
                return roster.stream().filter(s -> s.id().equals(id)).map(Speaker::label).findFirst().orElse(id);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        scope.setValue(chosen != null && scope.getItems().contains(chosen) ? chosen : ALL);
    }
}
