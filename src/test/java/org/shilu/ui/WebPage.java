package org.shilu.ui;

import java.util.concurrent.TimeUnit;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.web.WebView;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A page in a WebView as a test reads and clicks it: scripts run on the FX thread, clicks land on the screen. */
final class WebPage {
    private final WebView view;

    WebPage(WebView view) {
        this.view = view;
    }

    Object script(String code) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> view.getEngine().executeScript(code)).get(10, TimeUnit.SECONDS);
    }

    String text() throws Exception {
        return (String) script("document.body.innerText");
    }

    /**
     * Clicks the element with this id where it shows in the view, as a mouse would: scrolled into
     * view, then pressed and released through the WebView's own mouse handling. Not through the
     * glass robot: JavaFX 26's headless robot sends the release to the newest glass window under
     * the pointer, and WebKit makes a hidden one on the press, so the page would never see it.
     */
    void click(FxRobot robot, String id) throws Exception {
        String box = (String) script("(function(){var e=document.getElementById('" + id + "');"
                + "e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                + "return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);})()");
        String[] xy = box.split(",");
        double x = Double.parseDouble(xy[0]);
        double y = Double.parseDouble(xy[1]);
        for (var type : List.of(MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                MouseEvent.MOUSE_CLICKED)) {
            robot.interact(() -> {
                Point2D inScene = view.localToScene(x, y);
                Point2D onScreen = view.localToScreen(x, y);
                boolean down = type == MouseEvent.MOUSE_PRESSED;
                MouseButton button = type == MouseEvent.MOUSE_MOVED ? MouseButton.NONE : MouseButton.PRIMARY;
                view.fireEvent(new MouseEvent(type, inScene.getX(), inScene.getY(), onScreen.getX(), onScreen.getY(), button, 1,
                        false, false, false, false, down, false, false, false, false, true, null));
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
