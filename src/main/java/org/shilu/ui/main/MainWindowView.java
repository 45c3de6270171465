package org.shilu.ui.main;

import java.util.ResourceBundle;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.shilu.model.Turn;
import org.shilu.ui.common.ControlsFxStyles;
import org.shilu.ui.live.LiveEntryView;

/**
 * The main window's controls, laid out: the menus, the page header's fields, the turn list above
 * the operator's corner, and the status bar. Built in code rather than read from a layout file:
 * reading one (an XML parser and reflection, all cold) took about 200 ms of the event thread at
 * every start. The ids are the ones tests and style sheets look nodes up by.
 */
final class MainWindowView {
    final BorderPane root = new BorderPane();
    final Menu fileMenu;
    final Menu editMenu;
    final Menu liveMenu;
    final Menu viewMenu;
    final Menu helpMenu;
    final TextField heading = new TextField();
    final TextField programmeTitle = new TextField();
    final DatePicker broadcastDate = new DatePicker();
    final TextField sectionLabel = new TextField();
    final NotificationPane notifications = new NotificationPane() {
        @Override
        public String getUserAgentStylesheet() {
            return ControlsFxStyles.userAgent("notificationpane.css", super::getUserAgentStylesheet);
        }
    };
    final VBox centre = new VBox();
    final SplitPane workArea = new SplitPane();
    final ListView<Turn> turnList = new ListView<>();
    final StatusBar statusBar = new StatusBar() {
        @Override
        public String getUserAgentStylesheet() {
            return ControlsFxStyles.userAgent("statusbar.css", super::getUserAgentStylesheet);
        }
    };
    final LiveEntryView liveEntry;

    MainWindowView(ResourceBundle texts) {
        root.getStyleClass().add("main-window");
        fileMenu = menu(texts, "fileMenu", "menu.file");
        editMenu = menu(texts, "editMenu", "menu.edit");
        liveMenu = menu(texts, "liveMenu", "menu.live");
        viewMenu = menu(texts, "viewMenu", "menu.view");
        helpMenu = menu(texts, "helpMenu", "menu.help");
        MenuBar menus = new MenuBar(fileMenu, editMenu, liveMenu, viewMenu, helpMenu);
        menus.setUseSystemMenuBar(true);
        root.setTop(new VBox(menus, header(texts)));

        // An in-window bar, not a popup: a popup would take the operator's keys while it shows.
        notifications.setId("notifications");
        centre.setId("centre");
        // The preview pane joins the turn list in this split pane.
        workArea.setId("workArea");
        turnList.setId("turnList");
        turnList.getStyleClass().add("turn-list");
        workArea.getItems().add(turnList);
        VBox.setVgrow(workArea, Priority.ALWAYS);
        liveEntry = new LiveEntryView(texts);
        centre.getChildren().setAll(workArea, liveEntry.root());
        notifications.setContent(centre);
        root.setCenter(notifications);
        statusBar.setId("statusBar");
        root.setBottom(statusBar);
    }

    /** The page's heading and date, programme and section: two rows of a label and its field. */
    private GridPane header(ResourceBundle texts) {
        GridPane grid = new GridPane(8, 4);
        grid.getStyleClass().add("page-header");
        grid.setPadding(new Insets(8, 12, 8, 12));
        ColumnConstraints firstLabels = new ColumnConstraints();
        firstLabels.setMinWidth(60);
        ColumnConstraints firstFields = new ColumnConstraints();
        firstFields.setHgrow(Priority.ALWAYS);
        ColumnConstraints secondLabels = new ColumnConstraints();
        secondLabels.setMinWidth(60);
        grid.getColumnConstraints().setAll(firstLabels, firstFields, secondLabels, new ColumnConstraints());
        field(heading, "heading", "page-heading");
        broadcastDate.setId("broadcastDate");
        broadcastDate.setPrefWidth(150);
        field(programmeTitle, "programmeTitle", "page-programme");
        sectionLabel.setId("sectionLabel");
        sectionLabel.setPrefWidth(150);
        grid.addRow(0, label(texts, "header.heading", heading), heading, label(texts, "header.date", broadcastDate),
                broadcastDate);
        grid.addRow(1, label(texts, "header.programme", programmeTitle), programmeTitle,
                label(texts, "header.section", sectionLabel), sectionLabel);
        return grid;
    }

    private static Menu menu(ResourceBundle texts, String id, String key) {
        Menu menu = new Menu(texts.getString(key));
        menu.setId(id);
        return menu;
    }

    private static Label label(ResourceBundle texts, String key, Node field) {
        Label label = new Label(texts.getString(key));
        label.setLabelFor(field);
        return label;
    }

    private static void field(TextField field, String id, String styleClass) {
        field.setId(id);
        field.getStyleClass().add(styleClass);
    }
}
