package org.shilu.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javafx.concurrent.Worker;
import javafx.scene.control.SplitPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.shilu.format.PortalHtmlWriter;
import org.shilu.format.PortalProfile;
import org.shilu.format.Project;
import org.shilu.model.Splice;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TranscriptChange;
import org.shilu.store.Programme;

/**
 * The published page beside the turn list, from the same writer as the export. A change of turns
 * patches the page in place (the page is never reloaded for a commit); a change of header, roster
 * or layout reloads it, keeping the reader's order and place. Scripts in the page are the page's
 * own switch and the patch functions this class installs; user text is encoded and cannot run.
 */
public final class PreviewPane {
    private static final String PATCH = "var CHUNK = " + PortalHtmlWriter.CHUNK + ";\n" + resource("preview-patch.js");
    /**
     * In the preview only (the exported page is left as written): in a long programme (nine blocks of
     * turns or more), blocks out of sight are not laid out until scrolled to, so that the page is not
     * laid out whole on the FX thread (400 ms at 5,000 turns). The newest two blocks always are.
     */
    private static final String SKIP_HIDDEN_BLOCKS = "#turns:has(>.chunk:nth-child(9))>.chunk:nth-last-child(n+3)"
            + "{content-visibility:auto;contain-intrinsic-size:auto 4000px}\n";
    /** A page longer than this many turns is loaded with its newest {@link #SHOWN_FIRST} or so, then filled in. */
    private static final int FILLED_IN_PIECES_FROM = 4 * PortalHtmlWriter.CHUNK;
    private static final int SHOWN_FIRST = 2 * PortalHtmlWriter.CHUNK;
    private final Programme programme;
    private final SplitPane workArea;
    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final PortalHtmlWriter writer;
    private boolean ready;
    private boolean stale;
    private String restoreState;
    private boolean followAfterReload;
    /**
     * How many turns at the start of the transcript are not on the page yet: a long programme's page
     * is loaded with its newest turns only, and the older blocks are added one per pulse after it,
     * so that WebKit never parses the whole page on the FX thread in one go.
     */
    private int unfilled;
    /** How many times the page was loaded: a block queued for an earlier page is not added to this one. */
    private int loads;
    private Runnable onUpdated = () -> { };

    public PreviewPane(Programme programme, SplitPane workArea) {
        this(programme, workArea, text -> java.util.List.of());
    }

    /** A preview marking the typist's doubts and the ranges {@code flagged} finds in each turn's text. */
    public PreviewPane(Programme programme, SplitPane workArea, java.util.function.Function<String, java.util.List<int[]>> flagged) {
        this.writer = PortalHtmlWriter.marking(flagged);
        this.programme = programme;
        this.workArea = workArea;
        view.setId("preview");
        view.setContextMenuEnabled(false);
        view.setMinWidth(0);
        engine.setOnAlert(event -> { });
        engine.getLoadWorker().stateProperty().addListener((observable, was, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                loaded();
            }
        });
        programme.document().addListener(this::changed);
        workArea.getItems().add(view);
        workArea.setDividerPositions(0.55);
        reload();
    }

    /**
     * Loads WebKit's library and its class off the FX thread (inflating and checking a library of
     * 120 MB, about a second), so that the FX thread making the preview later only makes its page.
     * WebKit's own start (its main thread) stays with the first page, on the FX thread. Nothing is
     * lost if it fails: the FX thread then loads it itself.
     */
    public static void warmUp() {
        try {
            Class.forName("com.sun.webkit.WebPage", true, WebView.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // another JavaFX: the first WebView loads it
        }
        org.shilu.ui.common.ClassWarmUp.loadClassesBeside(WebView.class);
    }

    public WebView view() {
        return view;
    }

    public boolean isShown() {
        return workArea.getItems().contains(view);
    }

    /** Shows or hides the preview; a hidden preview does no work, and catches up when shown. */
    public void toggle() {
        if (isShown()) {
            workArea.getItems().remove(view);
        } else {
            workArea.getItems().add(view);
            workArea.setDividerPositions(0.55);
            if (stale) {
                reload();
            }
        }
    }

    /** The page layout changed (the export profile): the page is written again. */
    public void profileChanged() {
        reload();
    }

    /** What the marks stand for changed (the sensitive-word lists): the page is written again, or when next shown. */
    public void marksChanged() {
        if (isShown()) {
            reload();
        } else {
            stale = true;
        }
    }

    /** Told after every patch or load has reached the page (tests and the benchmark wait on it). */
    public void onUpdated(Runnable listener) {
        onUpdated = listener;
    }

    private void changed(TranscriptChange change) {
        if (!isShown() || !ready) {
            stale = true;
            return;
        }
        Splice splice = Splice.between(change.before(), change.after());
        if (unfilled > 0 && splice.at() < unfilled) {
            reload(); // a change among the turns not on the page yet: it fills in again from the new state
            return;
        }
        boolean appended = splice.removed() == 0 && splice.at() == change.before().turns().size()
                && !splice.inserted().isEmpty();
        if (!splice.touchesTurnsOnly() || !change.before().desk().allowed().equals(change.after().desk().allowed())) {
            // Turns pasted with new speakers change the roster too: the page reloads, and then follows
            // the newest turn as a commit does, rather than going back to where it was.
            followAfterReload = appended;
            reload();
            return;
        }
        Transcript after = change.after();
        PortalProfile profile = programme.profile();
        StringBuilder html = new StringBuilder();
        for (Turn turn : splice.inserted()) {
            html.append(writer.turn(after, turn, profile));
        }
        engine.executeScript(appended ? "shiluPreview.append(" + jsString(html) + ")"
                : "shiluPreview.splice(" + (splice.at() - unfilled) + "," + splice.removed() + "," + jsString(html) + ")");
        onUpdated.run();
    }

    private void reload() {
        if (ready) {
            restoreState = (String) engine.executeScript("shiluPreview.state()");
        }
        ready = false;
        stale = false;
        loads++;
        Project project = programme.project();
        List<Turn> turns = project.transcript().turns();
        unfilled = turns.size() > FILLED_IN_PIECES_FROM ? (turns.size() - SHOWN_FIRST) / PortalHtmlWriter.CHUNK * PortalHtmlWriter.CHUNK : 0;
        if (unfilled > 0) {
            project = project.with(project.transcript().withTurns(turns.subList(unfilled, turns.size())), project.profile());
        }
        engine.loadContent(writer.page(project).replaceFirst("</style>", SKIP_HIDDEN_BLOCKS + "</style>"));
    }

    private void loaded() {
        engine.executeScript(PATCH);
        if (restoreState != null) {
            String[] state = restoreState.split(",");
            if (state[0].equals("reverse")) {
                engine.executeScript("document.getElementById('order-reverse').click()");
            }
            engine.executeScript(followAfterReload
                    ? "window.scrollTo(0," + (state[0].equals("reverse") ? "0" : "document.documentElement.scrollHeight") + ")"
                    : "window.scrollTo(0," + Double.parseDouble(state[1]) + ")");
        }
        followAfterReload = false;
        ready = true;
        if (stale) {
            reload();
            return;
        }
        if (unfilled > 0) {
            fillIn(loads);
            return;
        }
        onUpdated.run();
    }

    /** Adds the next older block of turns to a page loaded with its newest only, then the next at the next pulse. */
    private void fillIn(int load) {
        if (!ready || load != loads || unfilled == 0) {
            return;
        }
        Transcript now = programme.document().transcript();
        PortalProfile profile = programme.profile();
        StringBuilder html = new StringBuilder();
        for (Turn turn : now.turns().subList(unfilled - PortalHtmlWriter.CHUNK, unfilled)) {
            html.append(writer.turn(now, turn, profile));
        }
        engine.executeScript("shiluPreview.prepend(" + jsString(html) + ")");
        unfilled -= PortalHtmlWriter.CHUNK;
        if (unfilled > 0) {
            javafx.application.Platform.runLater(() -> fillIn(load));
        } else {
            onUpdated.run();
        }
    }

    /** A JavaScript string literal: JSON's escapes, plus the two line separators JavaScript once refused. */
    static String jsString(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = PreviewPane.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the preview's " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
