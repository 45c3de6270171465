package org.shilu.ui.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.shilu.format.CorrectionNotice;
import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Review;
import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Said;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.store.AtomicFile;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.AppAction;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * The review window: the turns not yet checked, to approve one after another, and the correction
 * log beside the published version, with a reason for each change and the correction notice
 * saved as text or HTML. It follows the transcript while it is open.
 */
final class ReviewWindow {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    /** What the window asks of the rest of the program. */
    record Services(Dialogs dialogs, UiThread uiThread, ActionKeys mainKeys, Supplier<Path> noticeFolder,
                    Consumer<String> jumpTo, Consumer<List<String>> approve) {
    }

    /** An unchecked turn with its number in the programme. */
    private record Row(int number, Turn turn, String label) {
    }

    private final Document document;
    private final Messages messages;
    private final Services services;
    private final Stage stage = new Stage();
    private final Label version = new Label();
    private final ListView<Row> unchecked = new ListView<>();
    private final TableView<Correction> log = new TableView<>();
    private final TextArea published = new TextArea();
    private final Tab uncheckedTab = new Tab();
    private final Tab logTab = new Tab();
    private final TextField noticeTarget = new TextField();
    private final ChoiceBox<String> noticeFormat = new ChoiceBox<>();
    private final Label noticeSaved = new Label();
    /** The current number of each turn, by id, for the log's first column. */
    private Map<String, Integer> numbers = Map.of();

    ReviewWindow(Window owner, Document document, Messages messages, Services services) {
        this.document = document;
        this.messages = messages;
        this.services = services;
        version.setId("reviewVersion");
        Button mark = new Button(messages.actionName(AppAction.MARK_PUBLISHED));
        mark.setId("reviewMarkPublished");
        mark.setOnAction(event -> services.mainKeys().run(AppAction.MARK_PUBLISHED));
        mark.disableProperty().bind(services.mainKeys().withheld(AppAction.MARK_PUBLISHED));
        version.setWrapText(true);
        version.setMaxWidth(Double.MAX_VALUE);
        version.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(version, Priority.ALWAYS);
        mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(12, version, mark);
        top.setPadding(new Insets(8));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(uncheckedTab, logTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        uncheckedTab.setContent(uncheckedPane());
        logTab.setContent(logPane());
        BorderPane root = new BorderPane(tabs, top, null, null, null);
        Scene scene = new Scene(root, 900, 560);
        ActionKeys keys = new ActionKeys(messages, services.mainKeys());
        keys.on(AppAction.APPROVE, () -> services.approve().accept(
                unchecked.getSelectionModel().getSelectedItems().stream().map(row -> row.turn().id()).toList()));
        for (AppAction undo : new AppAction[] {AppAction.UNDO, AppAction.REDO, AppAction.REDO_AGAIN}) {
            keys.on(undo, () -> services.mainKeys().run(undo));
        }
        keys.install(scene);
        // The usual keys between tabs, wherever the focus is: a list or table keeps them otherwise.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            boolean next = event.getCode() == KeyCode.PAGE_DOWN || event.getCode() == KeyCode.TAB && !event.isShiftDown();
            boolean previous = event.getCode() == KeyCode.PAGE_UP || event.getCode() == KeyCode.TAB && event.isShiftDown();
            if (event.isShortcutDown() && (next || previous)) {
                var selection = tabs.getSelectionModel();
                selection.select((selection.getSelectedIndex() + (next ? 1 : tabs.getTabs().size() - 1)) % tabs.getTabs().size());
                event.consume();
            }
        });
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && log.getEditingCell() == null) {
                stage.close();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(messages.actionName(AppAction.REVIEW));
        stage.setScene(scene);
        document.addListener(change -> {
            if (stage.isShowing()) {
                refresh();
            }
        });
    }

    void show() {
        refresh();
        if (noticeTarget.getText().isBlank()) {
            Path folder = services.noticeFolder().get();
            noticeTarget.setText(folder.resolve(messages.text("review.notice.fileName") + ".txt").toString());
        }
        stage.show();
        stage.toFront();
    }

    private VBox uncheckedPane() {
        unchecked.setId("reviewUnchecked");
        unchecked.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        unchecked.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0); // one line each, not a list that scrolls sideways
            }

            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.number() + "  " + row.label() + "：" + opening(row.turn().text()));
            }
        });
        unchecked.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && unchecked.getSelectionModel().getSelectedItem() != null) {
                services.jumpTo().accept(unchecked.getSelectionModel().getSelectedItem().turn().id());
                event.consume();
            }
        });
        unchecked.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && unchecked.getSelectionModel().getSelectedItem() != null) {
                services.jumpTo().accept(unchecked.getSelectionModel().getSelectedItem().turn().id());
            }
        });
        Label hint = new Label(messages.text("review.unchecked.hint", AppAction.APPROVE.key().getDisplayText()));
        hint.setWrapText(true);
        VBox.setVgrow(unchecked, Priority.ALWAYS);
        VBox pane = new VBox(8, unchecked, hint);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private VBox logPane() {
        log.setId("reviewLog");
        log.setEditable(true);
        log.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        log.getColumns().add(column("review.log.turn", c -> {
            Integer number = numbers.get(c.turnId());
            return number == null ? messages.text("review.log.deleted") : String.valueOf(number);
        }));
        log.getColumns().add(column("review.log.when", c -> WHEN.format(c.at())));
        log.getColumns().add(column("review.log.seat", Correction::seat));
        log.getColumns().add(column("review.log.before", c -> said(c.before())));
        log.getColumns().add(column("review.log.after", c -> c.after() == null ? messages.text("review.log.deleted")
                : said(c.after())));
        TableColumn<Correction, String> reason = column("review.log.reason", Correction::reason);
        reason.setId("reviewReason");
        reason.setEditable(true);
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(event -> giveReason(event.getRowValue(), event.getNewValue()));
        log.getColumns().add(reason);
        log.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showInPublished(now));
        published.setId("reviewPublished");
        published.setEditable(false);
        published.setWrapText(true);
        SplitPane beside = new SplitPane(log, published);
        beside.setDividerPositions(0.62);
        VBox.setVgrow(beside, Priority.ALWAYS);

        noticeTarget.setId("reviewNoticeTarget");
        HBox.setHgrow(noticeTarget, Priority.ALWAYS);
        noticeFormat.setId("reviewNoticeFormat");
        noticeFormat.getItems().setAll(messages.text("review.notice.text"), messages.text("review.notice.html"));
        noticeFormat.getSelectionModel().select(0);
        noticeFormat.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> noticeTarget.setText(
                noticeTarget.getText().replaceFirst("\\.(txt|html)$", now.intValue() == 0 ? ".txt" : ".html")));
        Button save = new Button(messages.text("review.notice.save"));
        save.setId("reviewSaveNotice");
        save.setOnAction(event -> saveNotice());
        Label noticeLabel = new Label(messages.text("review.notice.label"));
        noticeLabel.setLabelFor(noticeTarget);
        HBox notice = new HBox(8, noticeLabel, noticeTarget, noticeFormat, save);
        notice.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        noticeSaved.setId("reviewNoticeSaved");
        VBox pane = new VBox(8, beside, notice, noticeSaved);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private TableColumn<Correction, String> column(String key, java.util.function.Function<Correction, String> text) {
        TableColumn<Correction, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setEditable(false);
        column.setSortable(false);
        return column;
    }

    private void refresh() {
        Transcript transcript = document.transcript();
        Map<String, Integer> byId = HashMap.newHashMap(transcript.turns().size());
        List<String> selected = unchecked.getSelectionModel().getSelectedItems().stream().map(r -> r.turn().id()).toList();
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < transcript.turns().size(); i++) {
            Turn turn = transcript.turns().get(i);
            byId.put(turn.id(), i + 1);
            if (!turn.approved()) {
                rows.add(new Row(i + 1, turn, transcript.speakerOf(turn).label()));
            }
        }
        numbers = byId;
        int focus = unchecked.getSelectionModel().getSelectedIndex();
        unchecked.getItems().setAll(rows);
        reselect(rows, selected, focus);
        uncheckedTab.setText(messages.text("review.unchecked.tab", rows.size()));
        Review review = transcript.review();
        int logSelected = log.getSelectionModel().getSelectedIndex();
        log.getItems().setAll(review.corrections());
        if (logSelected >= 0 && logSelected < review.corrections().size()) {
            log.getSelectionModel().select(logSelected);
        }
        logTab.setText(messages.text("review.log.tab", review.corrections().size()));
        version.setText(review.published() == null ? messages.text("review.version.none")
                : messages.text("review.version", review.published().version(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(review.published().at()),
                review.ofPublishedVersion().size()));
        published.setText(publishedText(review));
    }

    /** Keeps the selection on the turns still unchecked; when all went (approved), on the row that took their place. */
    private void reselect(List<Row> rows, List<String> selected, int focus) {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            if (selected.contains(rows.get(i).turn().id())) {
                unchecked.getSelectionModel().select(i);
                any = true;
            }
        }
        if (!any && focus >= 0 && !rows.isEmpty()) {
            unchecked.getSelectionModel().select(Math.min(focus, rows.size() - 1));
        }
    }

    private String publishedText(Review review) {
        if (review.published() == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        int number = 0;
        for (Said said : review.published().turns().values()) {
            text.append(++number).append("  ").append(said.label()).append("：").append(said.text()).append("\n\n");
        }
        return text.toString();
    }

    /** Selects, in the published version, the turn a correction changed. */
    private void showInPublished(Correction correction) {
        Review review = document.transcript().review();
        if (correction == null || review.published() == null) {
            return;
        }
        String text = published.getText();
        int number = 0;
        int at = 0;
        for (String id : review.published().turns().keySet()) {
            number++;
            Said said = review.published().turns().get(id);
            String entry = number + "  " + said.label() + "：" + said.text();
            if (id.equals(correction.turnId()) && text.startsWith(entry, at)) {
                published.selectRange(at, at + entry.length());
                return;
            }
            at += entry.length() + 2;
        }
    }

    private void giveReason(Correction correction, String reason) {
        Review review = document.transcript().review();
        if (!review.corrections().contains(correction) || reason == null || reason.equals(correction.reason())) {
            return;
        }
        document.apply(new Edit.Named("step.reason", new Edit.SetReview(review.withReason(correction,
                reason.replace('\n', ' ').strip()))));
    }

    /** The start of a turn's text, on one line: the whole turn is a key away (Enter). */
    private static String opening(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }

    private static String said(Said said) {
        return said.label() + "：" + said.text().replace('\n', ' ');
    }

    private void saveNotice() {
        Transcript transcript = document.transcript();
        if (transcript.review().published() == null) {
            services.dialogs().error(stage, messages.actionName(AppAction.REVIEW), messages.text("review.notice.none"), "");
            return;
        }
        Path target;
        try {
            target = Path.of(noticeTarget.getText().strip()).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            services.dialogs().error(stage, messages.text("review.notice.failed.title"),
                    messages.text("review.notice.failed.header", noticeTarget.getText()), e.getMessage());
            return;
        }
        boolean html = noticeFormat.getSelectionModel().getSelectedIndex() == 1;
        String notice = html ? CorrectionNotice.html(transcript.header(), transcript.review())
                : CorrectionNotice.text(transcript.header(), transcript.review());
        services.uiThread().inBackground(() -> {
            AtomicFile.write(target, notice.getBytes(StandardCharsets.UTF_8));
            return target;
        }, written -> noticeSaved.setText(messages.text("review.notice.saved", written)),
                failure -> services.dialogs().error(stage, messages.text("review.notice.failed.title"),
                        messages.text("review.notice.failed.header", target), services.dialogs().describe(failure)));
    }
}
