package org.shilu.ui.review;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Review;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;
import org.shilu.model.TurnEdits;
import org.shilu.ui.common.ActionKeys;
import org.shilu.ui.common.Dialogs;
import org.shilu.ui.common.Messages;
import org.shilu.ui.common.UiThread;

/**
 * The review pass behind the typist: the status bar's count of unchecked turns and corrections,
 * marking the programme as published, and the review window (made when first asked for).
 */
public final class ReviewPass {
    private final Stage owner;
    private final Document document;
    private final Messages messages;
    private final Supplier<LocalDateTime> clock;
    private final ListView<Turn> turnList;
    private final Consumer<String> statusLine;
    private final Label counts = new Label();
    private final ReviewWindow.Services services;
    private ReviewWindow window;

    /**
     * @param clock      the studio clock, which dates versions and corrections
     * @param noticeFolder where a correction notice is saved by default: beside the project
     */
    public ReviewPass(Stage owner, Document document, Messages messages, Dialogs dialogs, UiThread uiThread,
                      ActionKeys mainKeys, Supplier<LocalDateTime> clock, ListView<Turn> turnList,
                      Supplier<Path> noticeFolder, Consumer<String> statusLine) {
        this.owner = owner;
        this.document = document;
        this.messages = messages;
        this.clock = clock;
        this.turnList = turnList;
        this.statusLine = statusLine;
        services = new ReviewWindow.Services(dialogs, uiThread, mainKeys, noticeFolder, this::showTurn, this::approve);
        counts.setId("reviewCounts");
        document.logCorrectionsAs(System.getProperty("user.name", ""), clock);
        document.addListener(change -> {
            if (change.before().turns() != change.after().turns() || change.before().review() != change.after().review()) {
                showCounts();
            }
        });
        showCounts();
    }

    public Node statusItem() {
        return counts;
    }

    public void show() {
        if (window == null) {
            window = new ReviewWindow(owner, document, messages, services);
        }
        window.show();
    }

    /** Records the programme as it stands as the next published version; later changes are logged. */
    public void markPublished() {
        Transcript transcript = document.transcript();
        if (transcript.turns().isEmpty()) {
            statusLine.accept(messages.text("review.nothingToPublish"));
            return;
        }
        Review next = transcript.review().markPublished(transcript, clock.get());
        document.apply(new Edit.Named("step.markPublished", new Edit.SetReview(next)));
        statusLine.accept(messages.text("review.marked", next.published().version(), transcript.turns().size()));
    }

    /** Approves the turns with these ids (in one step), as the approve key does in the list. */
    private void approve(List<String> ids) {
        Transcript transcript = document.transcript();
        List<Integer> indices = ids.stream().map(transcript::indexOfTurn).filter(i -> i >= 0).toList();
        if (!indices.isEmpty()) {
            document.apply(TurnEdits.toggleApproval(transcript, indices));
        }
    }

    /** Shows a turn in the main window's list, selected, with the focus there. */
    /** Selects the turn with this id in the main window's list, in view, and brings the window forward. */
    public void showTurn(String turnId) {
        int index = document.transcript().indexOfTurn(turnId);
        if (index < 0) {
            return;
        }
        turnList.getSelectionModel().clearAndSelect(index);
        turnList.scrollTo(index);
        owner.toFront();
        turnList.requestFocus();
    }

    private void showCounts() {
        Transcript transcript = document.transcript();
        int unchecked = 0;
        for (Turn turn : transcript.turns()) {
            if (!turn.approved()) {
                unchecked++;
            }
        }
        Review review = transcript.review();
        counts.setText(review.published() == null ? messages.text("review.counts.unpublished", unchecked)
                : messages.text("review.counts", unchecked, review.published().version(), review.ofPublishedVersion().size()));
    }
}
