package org.shilu.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/** Work done at every layout pass of the scene a node is in, whichever scene that is over time. */
public final class LayoutPulses {
    private LayoutPulses() {
    }

    /** Runs {@code work} before each layout pass (to bring nodes up to date once a frame). */
    public static void before(Node node, Runnable work) {
        follow(node, work, true);
    }

    /** Runs {@code work} after each layout pass (to place things from what was laid out). */
    public static void after(Node node, Runnable work) {
        follow(node, work, false);
    }

    private static void follow(Node node, Runnable work, boolean before) {
        node.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                remove(was, work, before);
            }
            if (now != null) {
                add(now, work, before);
            }
        });
        if (node.getScene() != null) {
            add(node.getScene(), work, before);
        }
    }

    private static void add(Scene scene, Runnable work, boolean before) {
        if (before) {
            scene.addPreLayoutPulseListener(work);
        } else {
            scene.addPostLayoutPulseListener(work);
        }
    }

    private static void remove(Scene scene, Runnable work, boolean before) {
        if (before) {
            scene.removePreLayoutPulseListener(work);
        } else {
            scene.removePostLayoutPulseListener(work);
        }
    }
}
