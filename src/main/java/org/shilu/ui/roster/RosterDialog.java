package org.shilu.ui.roster;

import java.util.ArrayList;
import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.ui.common.Messages;

/**
 * The roster: add, edit, remove and reorder speakers, each with the label the page shows, a role,
 * a name and title, and a colour. The order is the order of the speaker keys Ctrl+1…9.
 */
public final class RosterDialog extends Dialog<ButtonType> {
    private final Document document;
    private final Messages messages;
    private final ObservableList<Speaker> speakers;
    private final ListView<Speaker> list = new ListView<>();
    private final TextField label = new TextField();
    private final ComboBox<Role> role = new ComboBox<>(FXCollections.observableArrayList(Role.values()));
    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final Label problem = new Label();
    private boolean showing;

    public RosterDialog(Window owner, Document document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.speakers = FXCollections.observableArrayList(document.transcript().roster());
        initOwner(owner);
        setTitle(messages.text("roster.title"));
        setHeaderText(messages.text("roster.header"));
        list.setId("rosterList");
        label.setId("rosterLabel");
        role.setId("rosterRole");
        name.setId("rosterName");
        title.setId("rosterTitle");
        colour.setId("rosterColour");
        problem.setId("rosterProblem");
        problem.getStyleClass().add("problem");
        list.setItems(speakers);
        list.setPrefSize(220, 280);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Speaker speaker, boolean empty) {
                super.updateItem(speaker, empty);
                setText(empty || speaker == null ? null : (getIndex() + 1) + "  " + speaker.label());
            }
        });
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(Role value) {
                return value == null ? "" : messages.text("role." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public Role fromString(String text) {
                return null;
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, selected) -> showSelected(selected));
        label.textProperty().addListener((o, was, text) -> editSelected());
        name.textProperty().addListener((o, was, text) -> editSelected());
        title.textProperty().addListener((o, was, text) -> editSelected());
        role.valueProperty().addListener((o, was, value) -> editSelected());
        colour.valueProperty().addListener((o, was, value) -> editSelected());
        getDialogPane().setContent(new HBox(12, new VBox(8, list, buttons()), form()));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (!checkRoster()) {
                event.consume();
            }
        });
        list.getSelectionModel().selectFirst();
    }

    /** Shows the dialog and applies the new roster as one change if the user confirms. */
    public void showAndApply() {
        if (showAndWait().filter(ButtonType.OK::equals).isPresent() && !speakers.equals(document.transcript().roster())) {
            document.apply(new Edit.SetRoster(new ArrayList<>(speakers)));
        }
    }

    private HBox buttons() {
        Button add = new Button(messages.text("roster.add"));
        add.setId("rosterAdd");
        add.setOnAction(event -> add());
        Button remove = new Button(messages.text("roster.remove"));
        remove.setId("rosterRemove");
        remove.setOnAction(event -> remove());
        Button up = new Button(messages.text("roster.up"));
        up.setId("rosterUp");
        up.setOnAction(event -> move(-1));
        Button down = new Button(messages.text("roster.down"));
        down.setId("rosterDown");
        down.setOnAction(event -> move(1));
        return new HBox(6, add, remove, up, down);
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.text("roster.label")), label);
        grid.addRow(1, new Label(messages.text("roster.role")), role);
        grid.addRow(2, new Label(messages.text("roster.name")), name);
        grid.addRow(3, new Label(messages.text("roster.speakerTitle")), title);
        grid.addRow(4, new Label(messages.text("roster.colour")), colour);
        grid.add(problem, 0, 5, 2, 1);
        problem.setWrapText(true);
        problem.setMaxWidth(300);
        return grid;
    }

    private void showSelected(Speaker speaker) {
        showing = true;
        label.setText(speaker == null ? "" : speaker.label());
        role.setValue(speaker == null ? null : speaker.role());
        name.setText(speaker == null ? "" : speaker.name());
        title.setText(speaker == null ? "" : speaker.title());
        colour.setValue(speaker == null || speaker.colour().isEmpty() ? Color.BLACK : Color.web(speaker.colour()));
        showing = false;
    }

    private void editSelected() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (showing || index < 0) {
            return;
        }
        Speaker old = speakers.get(index);
        try {
            Color c = colour.getValue();
            String hex = c == null || Color.BLACK.equals(c) ? "" : String.format("#%02x%02x%02x",
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
            Speaker edited = new Speaker(old.id(), label.getText(), role.getValue() == null ? old.role() : role.getValue(),
                    name.getText(), title.getText(), hex);
            if (!edited.equals(old)) {
                showing = true;
                speakers.set(index, edited);
                list.getSelectionModel().select(index);
                showing = false;
            }
            problem.setText("");
        } catch (IllegalArgumentException e) {
            problem.setText(messages.text("roster.invalid", e.getMessage()));
        }
    }

    private void add() {
        // An id freed by a removal in this dialog may be reused: only speakers without turns can be removed.
        String id = Speaker.unusedId(speakers);
        String newLabel = messages.text("roster.newLabel");
        for (int n = 2; labelTaken(newLabel); n++) {
            newLabel = messages.text("roster.newLabel") + n;
        }
        speakers.add(Speaker.of(id, newLabel, Role.GUEST));
        list.getSelectionModel().selectLast();
        label.requestFocus();
        label.selectAll();
    }

    private boolean labelTaken(String candidate) {
        return speakers.stream().anyMatch(s -> s.label().equals(candidate));
    }

    private void remove() {
        Speaker selected = list.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        if (document.transcript().isSpoken(selected.id())) {
            problem.setText(messages.text("roster.hasTurns", selected.label()));
            return;
        }
        speakers.remove(selected);
    }

    private void move(int by) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + by;
        if (index < 0 || target < 0 || target >= speakers.size()) {
            return;
        }
        Speaker moved = speakers.remove(index);
        speakers.add(target, moved);
        list.getSelectionModel().select(target);
    }

    private boolean checkRoster() {
        try {
            document.transcript().withRoster(new ArrayList<>(speakers));
            return problem.getText().isEmpty();
        } catch (IllegalArgumentException e) {
            problem.setText(messages.text("roster.invalid", e.getMessage()));
            return false;
        }
    }
}
