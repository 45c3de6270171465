package org.shilu.ui;

import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
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

    /** Clicks the element with this id where it shows on the screen, as a mouse would. */
    void click(FxRobot robot, String id) throws Exception {
        String box = (String) script("(function(){var r=document.getElementById('" + id + "').getBoundingClientRect();"
                + "return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);})()");
        String[] xy = box.split(",");
        Point2D onScreen = WaitForAsyncUtils.asyncFx(() -> view.localToScreen(Double.parseDouble(xy[0]),
                Double.parseDouble(xy[1]))).get(10, TimeUnit.SECONDS);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
