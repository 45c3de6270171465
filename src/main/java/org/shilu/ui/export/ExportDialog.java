package org.shilu.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.shilu.format.PortalProfile;
import org.shilu.format.PortalProfile.LabelStyle;
import org.shilu.format.PortalProfile.PrintedClock;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.format.PortalTextWriter;
import org.shilu.format.TranscriptFormat;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.ui.common.Messages;

/**
 * File → Export: the format, the page layout (with a sample line showing how a turn will look),
 * and the file to write, typed or chosen with Browse….
 */
public final class ExportDialog extends Dialog<ExportDialog.Request> {
    private final Messages messages;
    private final Transcript transcript;
    private final PortalProfile current;
    private final ChoiceBox<TranscriptFormat> format = new ChoiceBox<>();
    private final ChoiceBox<LabelStyle> labelStyle = new ChoiceBox<>();
    private final ChoiceBox<String> separator = new ChoiceBox<>();
    private final ChoiceBox<TimePlacement> timePlacement = new ChoiceBox<>();
    private final ChoiceBox<PrintedClock> printedClock = new ChoiceBox<>();
    private final ChoiceBox<java.nio.charset.Charset> encoding = new ChoiceBox<>();
    /** The punctuation width the portal expects: "any" (none named), or a {@code PunctuationWidth.Direction}'s name. */
    private final ChoiceBox<String> punctuationWidth = new ChoiceBox<>();
    private final CheckBox hostTimed = new CheckBox();
    private final CheckBox pageChrome = new CheckBox();
    private final CheckBox blankLines = new CheckBox();
    private final CheckBox normalise = new CheckBox();
    private final CheckBox doubts = new CheckBox();
    private final Label sampleLine = new Label();
    private final TextField target = new TextField();

    /** What to write, how, and where. */
    public record Request(TranscriptFormat format, PortalProfile profile, Path target, boolean normalise,
                          java.nio.charset.Charset encoding, boolean doubtsHighlighted) {
    }

    public ExportDialog(Window owner, Messages messages, Transcript transcript, PortalProfile current,
                        boolean hasSourceText, java.nio.charset.Charset sourceEncoding, Path lastFolder, TranscriptFormat lastFormat, String programmeName) {
        this.messages = messages;
        this.transcript = transcript;
        this.current = current;
        initOwner(owner);
        setTitle(messages.text("export.title"));
        setHeaderText(messages.text("export.header"));
        format.setId("exportFormat");
        labelStyle.setId("exportLabelStyle");
        separator.setId("exportSeparator");
        timePlacement.setId("exportTimePlacement");
        printedClock.setId("exportPrintedClock");
        hostTimed.setId("exportHostTimed");
        pageChrome.setId("exportPageChrome");
        blankLines.setId("exportBlankLines");
        normalise.setId("exportNormalise");
        encoding.setId("exportEncoding");
        punctuationWidth.setId("exportPunctuationWidth");
        sampleLine.setId("exportSample");
        target.setId("exportTarget");
        sampleLine.getStyleClass().add("export-sample");
        sampleLine.setWrapText(true);

        choices(format, List.of(TranscriptFormat.values()), f -> messages.text("export.format." + f.cliName()), lastFormat);
        choices(labelStyle, List.of(LabelStyle.values()), s -> s.mark(messages.text("export.hostLabel")), current.labelStyle());
        choices(separator, List.of(":", "："), s -> s, current.separator());
        // Portal text goes out in the encoding it came in, unless another is picked here.
        java.util.LinkedHashSet<java.nio.charset.Charset> encodings = new java.util.LinkedHashSet<>(List.of(sourceEncoding,
                java.nio.charset.StandardCharsets.UTF_8, org.shilu.format.TextDecoder.GB18030));
        choices(encoding, List.copyOf(encodings), java.nio.charset.Charset::name, sourceEncoding);
        choices(timePlacement, List.of(TimePlacement.values()), t -> messages.text("export.time." + t.name()),
                current.timePlacement());
        choices(printedClock, List.of(PrintedClock.values()), c -> messages.text("export.clock." + c.name()),
                current.printedClock());
        choices(punctuationWidth, List.of("any", "FULL", "HALF"), w -> messages.text("export.width." + w),
                current.punctuationWidth() == null ? "any" : current.punctuationWidth().name());
        hostTimed.setText(messages.text("export.hostTimed"));
        hostTimed.setSelected(current.timedRoles().contains(Role.HOST));
        pageChrome.setText(messages.text("export.pageChrome"));
        pageChrome.setSelected(current.pageChrome());
        blankLines.setText(messages.text("export.blankLines"));
        blankLines.setSelected(current.blankLineBetweenTurns());
        // A page that was opened keeps every turn as it was written, unless the user asks otherwise
        // or picks another layout; new and edited turns always take the layout chosen here.
        normalise.setText(messages.text("export.normalise"));
        normalise.setWrapText(true);
        normalise.setVisible(hasSourceText);
        normalise.setManaged(hasSourceText);

        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        String stem = programmeName.replaceFirst("\\.(shilu|txt|html)$", "").replaceAll("[\\\\/:*?\"<>|]", "_");
        target.setText(folder.resolve(stem + lastFormat.extension()).toString());
        format.valueProperty().addListener((observable, was, chosen) -> {
            String path = target.getText();
            if (was != null && path.endsWith(was.extension())) {
                target.setText(path.substring(0, path.length() - was.extension().length()) + chosen.extension());
            }
            showSample();
        });
        for (ChoiceBox<?> box : List.of(labelStyle, separator, timePlacement, printedClock)) {
            box.valueProperty().addListener((observable, was, now) -> layoutChosen());
        }
        for (CheckBox box : List.of(hostTimed, pageChrome, blankLines)) {
            box.selectedProperty().addListener((observable, was, now) -> layoutChosen());
        }
        Button browse = new Button(messages.text("export.browse"));
        browse.setOnAction(event -> browse());
        HBox targetRow = new HBox(6, target, browse);
        HBox.setHgrow(target, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        // The labels keep their whole width; the sample line wraps in what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("export.formatLabel", format), format);
        grid.addRow(row++, label("export.labelStyle", labelStyle), labelStyle);
        grid.addRow(row++, label("export.separator", separator), separator);
        grid.addRow(row++, label("export.timePlacement", timePlacement), timePlacement);
        grid.addRow(row++, label("export.printedClock", printedClock), printedClock);
        grid.addRow(row++, label("export.encoding", encoding), encoding);
        grid.addRow(row++, label("export.width", punctuationWidth), punctuationWidth);
        grid.add(hostTimed, 1, row++);
        grid.add(pageChrome, 1, row++);
        grid.add(blankLines, 1, row++);
        grid.add(normalise, 1, row++);
        doubts.setId("exportDoubts");
        doubts.setText(messages.text("export.doubts"));
        doubts.setSelected(transcript.turns().stream().anyMatch(t -> !t.doubts().isEmpty()));
        grid.add(doubts, 1, row++);
        grid.addRow(row++, new Label(messages.text("export.sample")), sampleLine);
        grid.addRow(row, label("export.target", target), targetRow);
        GridPane.setHgrow(targetRow, Priority.ALWAYS);
        grid.setPrefWidth(640);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(messages.text("export.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        getDialogPane().lookupButton(export).disableProperty().bind(target.textProperty().isEmpty());
        setResultConverter(button -> button == export
                ? new Request(format.getValue(), profile(), Path.of(target.getText().strip()), normalise.isSelected(),
                        encoding.getValue(), doubts.isSelected() && format.getValue() == TranscriptFormat.DOCX)
                : null);
        showSample();
    }

    /** Another layout picked: the user wants the whole page in it. */
    private void layoutChosen() {
        normalise.setSelected(!profile().equals(current));
        showSample();
    }

    /** The layout as chosen now. */
    PortalProfile profile() {
        Set<Role> timed = current.timedRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(current.timedRoles());
        if (hostTimed.isSelected()) {
            timed.add(Role.HOST);
        } else {
            timed.remove(Role.HOST);
        }
        return new PortalProfile(labelStyle.getValue(), separator.getValue(), current.labelOnOwnLine(),
                timePlacement.getValue(), current.timePattern(), timed, printedClock.getValue(), pageChrome.isSelected(),
                blankLines.isSelected(), current.lineSeparator(), current.finalNewline(),
                "any".equals(punctuationWidth.getValue()) ? null
                        : org.shilu.model.PunctuationWidth.Direction.valueOf(punctuationWidth.getValue()));
    }

    /** One turn as it will be written: a guest's turn with a time from this programme, or a made-up one. */
    private void showSample() {
        boolean laidOut = format.getValue() != TranscriptFormat.JSON && format.getValue() != TranscriptFormat.DOCX;
        for (javafx.scene.Node node : List.of(labelStyle, separator, timePlacement, printedClock, hostTimed, pageChrome,
                blankLines, normalise)) {
            node.setDisable(!laidOut);
        }
        encoding.setDisable(format.getValue() != TranscriptFormat.PORTAL_TEXT);
        doubts.setDisable(format.getValue() != TranscriptFormat.DOCX);
        if (!laidOut) {
            sampleLine.setText(messages.text(format.getValue() == TranscriptFormat.JSON ? "export.sample.json"
                    : "export.sample.docx"));
            return;
        }
        PortalProfile profile = profile();
        Optional<Turn> guestTurn = transcript.turns().stream()
                .filter(turn -> transcript.speakerOf(turn).role() != Role.HOST && turn.publishedAt() != null).findFirst();
        Turn turn = guestTurn.orElse(new Turn("s2", List.of(messages.text("export.sample.text")),
                java.time.LocalDateTime.of(2022, 3, 23, 9, 3, 40), java.time.LocalDateTime.of(2022, 3, 23, 9, 3, 54)));
        Speaker speaker = guestTurn.map(transcript::speakerOf).orElse(Speaker.of("s2", "陆华副局长", Role.GUEST));
        String body = PortalTextWriter.body(turn, speaker, profile);
        String firstLines = body.lines().limit(2).map(line -> line.length() > 60 ? line.substring(0, 60) + "…" : line)
                .reduce((a, b) -> a + "\n" + b).orElse("");
        sampleLine.setText(PortalTextWriter.mark(speaker, profile) + firstLines);
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("export.title"));
        Path typed = Path.of(target.getText().strip());
        if (typed.getParent() != null && typed.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(typed.getParent().toFile());
        }
        chooser.setInitialFileName(typed.getFileName() == null ? "" : typed.getFileName().toString());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            target.setText(chosen.getAbsolutePath());
        }
    }

    private Label label(String key, javafx.scene.Node field) {
        Label label = new Label(messages.text(key));
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> void choices(ChoiceBox<T> box, List<T> values, java.util.function.Function<T, String> name, T chosen) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setValue(chosen);
    }
}
