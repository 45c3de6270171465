package org.shilu.ui.publish;

import java.io.File;
import java.util.List;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;


import org.controlsfx.control.CheckListView;
import org.shilu.publish.Targets;
import org.shilu.store.PublishProfile;
import org.shilu.store.PublishingPlacesFile;
import org.shilu.store.PublishingSettings;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * Live → Publish…: the places to publish to (ticked for this programme; added by address, removed,
 * exported and imported without secrets), the broadcast delay, the approval gate and how often
 * readers' pages ask for news.
 */
final class PublishDialog extends Dialog<PublishDialog.Choice> {
    private final Messages messages;
    private final UiThread uiThread;
    private final CheckListView<PublishProfile> places = new CheckListView<>();
    private final TextField address = new TextField();
    private final TextField endpoint = new TextField();
    private final TextField region = new TextField();
    private final TextField accessKey = new TextField();
    private final TextField keyFile = new TextField();
    private final Spinner<Integer> delay = new Spinner<>(0, 3600, 0, 5);
    private final Spinner<Integer> poll = new Spinner<>(1, 600, 5);
    private final CheckBox gate = new CheckBox();
    private final CheckBox newest = new CheckBox();
    private final Label problem = new Label();

    /** The places as the user left them, and how this programme is to be published. */
    record Choice(List<PublishProfile> places, PublishingSettings.Plan plan) {
    }

    PublishDialog(Window owner, Messages messages, UiThread uiThread, List<PublishProfile> known,
                  PublishingSettings.Plan plan) {
        this.messages = messages;
        this.uiThread = uiThread;
        initOwner(owner);
        setTitle(messages.text("publish.title"));
        setHeaderText(messages.text("publish.header"));
        places.setId("publishPlaces");
        address.setId("publishAddress");
        endpoint.setId("publishEndpoint");
        region.setId("publishRegion");
        accessKey.setId("publishAccessKey");
        keyFile.setId("publishKeyFile");
        delay.setId("publishDelay");
        poll.setId("publishPoll");
        gate.setId("publishGate");
        newest.setId("publishNewest");
        problem.setId("publishProblem");
        problem.getStyleClass().add("dialog-problem");
        problem.setWrapText(true);
        places.setPrefHeight(120);
        places.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(places::getItemBooleanProperty,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(PublishProfile place) {
                        return place == null ? "" : place.name().equals(place.address()) ? place.address()
                                : place.name() + "  —  " + place.address();
                    }

                    @Override
                    public PublishProfile fromString(String text) {
                        throw new UnsupportedOperationException("places are not typed into the list");
                    }
                }));
        places.getItems().setAll(known);
        for (PublishProfile place : known) {
            if (plan != null && plan.places().contains(place.name())) {
                places.getCheckModel().check(place);
            }
        }
        address.setPromptText("folder:/srv/www/live · sftp://web@host/live · s3://bucket/live");
        endpoint.setPromptText("https://oss.example.com");
        delay.setEditable(true);
        poll.setEditable(true);
        if (plan != null) {
            delay.getValueFactory().setValue(plan.delaySeconds());
            poll.getValueFactory().setValue(plan.pollSeconds());
            gate.setSelected(plan.approvalGate());
            newest.setSelected(plan.markNewest());
        }
        gate.setText(messages.text("publish.gate"));
        newest.setText(messages.text("publish.newest"));
        // A handler, not setOnAction: an Enter it does not consume reaches the default button.
        address.addEventHandler(ActionEvent.ACTION, this::addOnEnter);
        Button add = new Button(messages.text("publish.add"));
        add.setId("publishAdd");
        add.setOnAction(event -> add());
        Button remove = new Button(messages.text("publish.remove"));
        remove.setOnAction(event -> places.getItems().remove(places.getSelectionModel().getSelectedItem()));
        Button exportPlaces = new Button(messages.text("publish.exportPlaces"));
        exportPlaces.setOnAction(event -> exportPlaces());
        Button importPlaces = new Button(messages.text("publish.importPlaces"));
        importPlaces.setOnAction(event -> importPlaces());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label(messages.text("publish.address")), address, add);
        fields.addRow(1, new Label(messages.text("publish.endpoint")), endpoint);
        fields.addRow(2, new Label(messages.text("publish.region")), region);
        fields.addRow(3, new Label(messages.text("publish.accessKey")), accessKey);
        fields.addRow(4, new Label(messages.text("publish.keyFile")), keyFile);
        fields.addRow(5, new Label(messages.text("publish.delay")), delay);
        fields.addRow(6, new Label(messages.text("publish.poll")), poll);
        address.setPrefColumnCount(36);
        getDialogPane().setContent(new VBox(8, new Label(messages.text("publish.places")), places,
                new HBox(8, remove, exportPlaces, importPlaces), fields, gate, newest, new Label(messages.text("publish.secrets")),
                problem));
        ButtonType start = new ButtonType(messages.text("publish.start"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(start, ButtonType.CANCEL);
        getDialogPane().lookupButton(start).addEventFilter(ActionEvent.ACTION, event -> {
            if (!address.getText().isBlank() && !add()) {
                event.consume();
            } else if (places.getCheckModel().getCheckedItems().isEmpty()) {
                problem.setText(messages.text("publish.noPlace"));
                event.consume();
            }
        });
        setResultConverter(button -> button == start ? new Choice(List.copyOf(places.getItems()),
                new PublishingSettings.Plan(places.getCheckModel().getCheckedItems().stream().map(PublishProfile::name)
                        .toList(), delay.getValue(), gate.isSelected(), poll.getValue(), true, newest.isSelected()))
                : null);
        // After the dialog has given the focus to its first control: the address is where typing goes.
        setOnShown(event -> javafx.application.Platform.runLater(address::requestFocus));
    }

    /** Enter in the address adds the place; Enter with no address left starts publishing. */
    private void addOnEnter(ActionEvent event) {
        if (!address.getText().isBlank()) {
            add();
            event.consume();
        }
    }

    private boolean add() {
        try {
            PublishProfile place = Targets.check(new PublishProfile(null, address.getText(), blankIsNull(endpoint),
                    blankIsNull(region), blankIsNull(accessKey), blankIsNull(keyFile)));
            put(place);
            places.getCheckModel().check(place);
            for (TextField field : List.of(address, endpoint, region, accessKey, keyFile)) {
                field.clear();
            }
            problem.setText("");
            return true;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    private static String blankIsNull(TextField field) {
        return field.getText().isBlank() ? null : field.getText().strip();
    }

    private FileChooser placesFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName("shilu-publishing.json");
        return chooser;
    }

    private void exportPlaces() {
        File file = placesFile().showSaveDialog(getOwner());
        if (file != null) {
            List<PublishProfile> exported = List.copyOf(places.getItems());
            uiThread.inBackground(() -> {
                PublishingPlacesFile.write(file.toPath(), exported);
                return file;
            }, written -> problem.setText(messages.text("publish.exported", written)),
                    failure -> problem.setText(file + ": " + failure.getMessage()));
        }
    }

    private void importPlaces() {
        File file = placesFile().showOpenDialog(getOwner());
        if (file != null) {
            uiThread.inBackground(() -> {
                List<PublishProfile> read = PublishingPlacesFile.read(file.toPath());
                read.forEach(Targets::check);
                return read;
            }, read -> {
                read.forEach(this::put);
                problem.setText(messages.text("publish.imported", read.size(), file));
            }, failure -> problem.setText(messages.text("publish.importFailed", file, failure.getMessage())));
        }
    }

    /** A place in the list, in the place of any of the same name. */
    private void put(PublishProfile place) {
        places.getItems().removeIf(known -> known.name().equals(place.name()));
        places.getItems().add(place);
    }
}
