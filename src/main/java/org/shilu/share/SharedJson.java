package org.shilu.share;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.shilu.format.BadInputException;
import org.shilu.format.ProjectJson;
import org.shilu.format.SharedReviewJson;
import org.shilu.model.Turn;

/** The change log's bodies: a turn's state after a change, a new header and roster, or a change of the review's record. */
final class SharedJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private SharedJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TurnBody(String id, String orderKey, int version, String speaker, List<String> paragraphs, String spokenAt,
                    String publishedAt, boolean approved, boolean deleted, List<DoubtBody> doubts) {
    }

    /** A doubt marker: where its text starts in the turn's text, and the text. */
    record DoubtBody(int start, String text) {
    }

    /** A turn's doubt markers as the turn table's {@code doubts} column holds them. */
    static String writeDoubts(List<org.shilu.model.Doubt> doubts) {
        try {
            return MAPPER.writeValueAsString(doubts.stream().map(d -> new DoubtBody(d.start(), d.text())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("doubt marks could not be written as JSON", e);
        }
    }

    static List<org.shilu.model.Doubt> readDoubts(String json) throws java.io.IOException {
        if (json == null) {
            return List.of();
        }
        return toDoubts(List.of(MAPPER.readValue(json, DoubtBody[].class)));
    }

    private static List<org.shilu.model.Doubt> toDoubts(List<DoubtBody> bodies) {
        return bodies == null ? List.of() : bodies.stream().map(d -> new org.shilu.model.Doubt(d.start(), d.text())).toList();
    }

    static String body(SharedTurn shared) {
        Turn t = shared.turn();
        try {
            return MAPPER.writeValueAsString(new TurnBody(t.id(), shared.orderKey(), shared.version(), t.speakerId(),
                    t.paragraphs(), t.spokenAt() == null ? null : t.spokenAt().toString(),
                    t.publishedAt() == null ? null : t.publishedAt().toString(), t.approved(), shared.deleted(),
                    t.doubts().isEmpty() ? null : t.doubts().stream().map(d -> new DoubtBody(d.start(), d.text())).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a turn could not be written as JSON", e);
        }
    }

    static SharedStore.Change change(ProjectJson json, long seq, String seat, String body) throws SQLException {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node.has("head")) {
                return new SharedStore.Change(seq, seat, null, org.shilu.format.SharedHeadJson.read(json, node.get("head").toString(), "change " + seq), null);
            }
            if (node.has("review")) {
                return new SharedStore.Change(seq, seat, null, null,
                        SharedReviewJson.readEdit(node.get("review").toString(), "change " + seq));
            }
            TurnBody t = MAPPER.treeToValue(node, TurnBody.class);
            Turn turn = new Turn(t.speaker(), t.paragraphs(), time(t.spokenAt()), time(t.publishedAt()), t.approved(), t.id(),
                    toDoubts(t.doubts()));
            return new SharedStore.Change(seq, seat, new SharedTurn(turn, t.orderKey(), t.version(), t.deleted(), seat), null,
                    null);
        } catch (JsonProcessingException | BadInputException | RuntimeException e) {
            throw new SQLException("change " + seq + " on the server is not readable: " + e.getMessage(), "SHBAD", e);
        }
    }

    private static LocalDateTime time(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }
}
