package org.shilu.format;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.shilu.model.Review;
import org.shilu.model.ReviewEdit;

/**
 * The review's record as a shared programme keeps it: the whole record in the programme's row,
 * and each seat's change to it ({@link ReviewEdit}) as a line of the change log. Written as the
 * project file writes a review, so that the two never drift apart.
 */
public final class SharedReviewJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A change of the log: which it is, the correction it names, its reason, or the version marked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EditJson(String kind, ReviewJson.Record correction, String reason, Integer fromVersion, String fromAt,
                    ReviewJson.Record to) {
    }

    private SharedReviewJson() {
    }

    public static String write(Review review) {
        return json(ReviewJson.of(review));
    }

    public static Review readReview(String json, String source) throws BadInputException {
        try {
            return json == null ? Review.NONE : ReviewJson.toReview(MAPPER.readValue(json, ReviewJson.Record.class));
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw BadInputException.atLine(source, 1, "not a readable review record: " + e.getMessage());
        }
    }

    public static String write(ReviewEdit edit) {
        return json(switch (edit) {
            case ReviewEdit.Logged logged -> new EditJson("logged", one(logged.correction()), null, null, null, null);
            case ReviewEdit.Unlogged unlogged -> new EditJson("unlogged", one(unlogged.correction()), null, null, null, null);
            case ReviewEdit.Reason reason -> new EditJson("reason", one(reason.correction()), reason.reason(), null, null, null);
            case ReviewEdit.Marked marked -> new EditJson("marked", null, null, marked.fromVersion(),
                    marked.fromAt() == null ? null : marked.fromAt().toString(),
                    marked.to() == null ? null : ReviewJson.of(new Review(marked.to(), List.of())));
        });
    }

    public static ReviewEdit readEdit(String json, String source) throws BadInputException {
        try {
            EditJson edit = MAPPER.readValue(json, EditJson.class);
            return switch (ProjectJson.required(edit.kind(), "kind")) {
                case "logged" -> new ReviewEdit.Logged(correction(edit));
                case "unlogged" -> new ReviewEdit.Unlogged(correction(edit));
                case "reason" -> new ReviewEdit.Reason(correction(edit), ProjectJson.required(edit.reason(), "reason"));
                case "marked" -> new ReviewEdit.Marked(ProjectJson.required(edit.fromVersion(), "fromVersion"),
                        edit.fromAt() == null ? null : LocalDateTime.parse(edit.fromAt()),
                        edit.to() == null ? null : ReviewJson.toReview(edit.to()).published());
                default -> throw new IllegalArgumentException("no change of the review is called " + edit.kind());
            };
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw BadInputException.atLine(source, 1, "not a readable change of the review: " + e.getMessage());
        }
    }

    private static ReviewJson.Record one(Review.Correction correction) {
        return ReviewJson.of(new Review(null, List.of(correction)));
    }

    private static Review.Correction correction(EditJson edit) {
        List<Review.Correction> corrections = ReviewJson.toReview(ProjectJson.required(edit.correction(), "correction"))
                .corrections();
        if (corrections.size() != 1) {
            throw new IllegalArgumentException("a change of the review names one correction, not " + corrections.size());
        }
        return corrections.get(0);
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the review could not be written as JSON", e);
        }
    }
}
