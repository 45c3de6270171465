package org.shilu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.shilu.format.BadInputException;
import org.shilu.format.SharedReviewJson;
import org.shilu.model.Review.Correction;
import org.shilu.model.Review.Published;
import org.shilu.model.Review.Said;

/**
 * The review's record shared between seats as its changes: each seat applies the others' on top of
 * its own, in whatever order they arrive, and all end with the record the server made.
 */
class ReviewEditTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2022, 3, 23, 9, 0);
    private static final Published V1 = new Published(1, NINE, Map.of("t1", new Said("主持人", "问一"),
            "t2", new Said("嘉宾", "答一")));

    private static Correction correction(String seat, String turn, String after, int minute) {
        return new Correction(1, turn, new Said("嘉宾", "答一"), new Said("嘉宾", after), NINE.plusMinutes(minute), seat, "");
    }

    private static Review logged(Review review, Correction... corrections) {
        List<Correction> all = new ArrayList<>(review.corrections());
        all.addAll(List.of(corrections));
        return new Review(review.published(), all);
    }

    @Test
    void theChangesBetweenTwoRecordsMakeTheSecondOfTheFirst() {
        Review base = logged(new Review(V1, List.of()), correction("bo", "t2", "答一改", 1));
        Review after = logged(new Review(new Published(2, NINE.plusHours(1), Map.of()), base.corrections()),
                correction("cai", "t1", "问一改", 2));
        after = after.withReason(after.corrections().get(0), "错字");
        List<ReviewEdit> edits = ReviewEdit.between(base, after);
        assertEquals(3, edits.size(), "a version, a reason and a new entry: " + edits);
        assertEquals(after, ReviewEdit.applyAll(base, edits));
        assertEquals(base, ReviewEdit.applyAll(after, ReviewEdit.between(after, base)), "and back, as undo sends it");
    }

    @Test
    void twoSeatsLoggingAtOnceEndWithTheSameLogWhateverTheOrder() {
        Review base = new Review(V1, List.of());
        Review bo = logged(base, correction("bo", "t2", "答一改", 3));
        Review cai = logged(base, correction("cai", "t1", "问一改", 2));
        cai = cai.withReason(cai.corrections().get(0), "口误");
        List<ReviewEdit> fromBo = ReviewEdit.between(base, bo);
        List<ReviewEdit> fromCai = ReviewEdit.between(base, cai);
        Review server = ReviewEdit.applyAll(ReviewEdit.applyAll(base, fromBo), fromCai);
        assertEquals(server, ReviewEdit.applyAll(bo, fromCai), "bo, who had his own first");
        assertEquals(server, ReviewEdit.applyAll(cai, fromBo), "cai, who had hers first");
        assertEquals(List.of("cai", "bo"), server.corrections().stream().map(Correction::seat).toList(), "in time order");
        assertEquals("口误", server.corrections().get(0).reason());
    }

    @Test
    void aCorrectionTakenBackAtOneSeatLeavesTheOthersEntriesAndAReasonGivenLaterStays() {
        Correction mine = correction("bo", "t2", "答一改", 1);
        Correction theirs = correction("cai", "t1", "问一改", 2);
        Review both = logged(new Review(V1, List.of()), mine, theirs);
        Review undone = logged(new Review(V1, List.of()), theirs);
        Review reasoned = both.withReason(both.corrections().get(1), "听错");
        Review server = ReviewEdit.applyAll(ReviewEdit.applyAll(both, ReviewEdit.between(both, undone)),
                ReviewEdit.between(both, reasoned));
        assertEquals(List.of(theirs.withReason("听错")), server.corrections());
        assertEquals(server, ReviewEdit.applyAll(reasoned, ReviewEdit.between(both, undone)));
    }

    @Test
    void twoVersionsMarkedAtOnceEndAsTheLaterOneAtEverySeat() {
        Review base = new Review(V1, List.of());
        Review early = new Review(new Published(2, NINE.plusMinutes(10), Map.of()), List.of());
        Review late = new Review(new Published(2, NINE.plusMinutes(11), Map.of("t1", new Said("主持人", "问一"))), List.of());
        List<ReviewEdit> a = ReviewEdit.between(base, early);
        List<ReviewEdit> b = ReviewEdit.between(base, late);
        assertEquals(late, ReviewEdit.applyAll(ReviewEdit.applyAll(base, a), b));
        assertEquals(late, ReviewEdit.applyAll(ReviewEdit.applyAll(base, b), a));
        assertEquals(late, ReviewEdit.applyAll(early, b));
        assertEquals(late, ReviewEdit.applyAll(late, a));
    }

    @Test
    void aMarkTakenBackByUndoGoesBackAtTheOtherSeats() {
        Review none = Review.NONE;
        Review marked = new Review(V1, List.of());
        Review elsewhere = ReviewEdit.applyAll(none, ReviewEdit.between(none, marked));
        assertEquals(marked, elsewhere);
        assertNull(ReviewEdit.applyAll(elsewhere, ReviewEdit.between(marked, none)).published());
    }

    @Test
    void everyChangeGoesThroughTheLogsJsonUnchangedHostileTextIncluded() throws BadInputException {
        Correction hostile = new Correction(1, "t2", new Said("<script>", "\"});drop table turn;--"),
                null, NINE, "bo'); --", "</p>\u0000?");
        Review before = new Review(V1, List.of());
        Review after = logged(new Review(new Published(2, NINE.plusHours(1), V1.turns()), List.of()), hostile);
        after = after.withReason(after.corrections().get(0), "原因 \u2028 换行");
        List<ReviewEdit> edits = new ArrayList<>(ReviewEdit.between(before, after));
        edits.add(new ReviewEdit.Unlogged(hostile));
        for (ReviewEdit edit : edits) {
            assertEquals(edit, SharedReviewJson.readEdit(SharedReviewJson.write(edit), "test"));
        }
        assertEquals(after, SharedReviewJson.readReview(SharedReviewJson.write(after), "test"));
        assertEquals(Review.NONE, SharedReviewJson.readReview(SharedReviewJson.write(Review.NONE), "test"));
    }
}
