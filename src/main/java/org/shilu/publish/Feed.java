package org.shilu.publish;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shilu.format.PortalHtmlWriter.TurnParts;

/**
 * The small JSON file that a published page polls: the programme's id (so that no page takes
 * another programme's news, and no Shilu overwrites another programme's page unasked), a version
 * that only grows, and the turns as the page shows them, each with an id that stays with the turn.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Feed(String format, String programme, String title, long version, List<Entry> turns) {
    public static final String FORMAT = "shilu-feed";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Feed {
        turns = turns == null ? List.of() : List.copyOf(turns);
    }

    /** One turn: its id, speaker, the label's colour, and its label, text and printed time as on the page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String id, String speaker, String colour, String label, String text, String time) {
        static Entry of(String id, TurnParts parts) {
            return new Entry(id, parts.speakerId(), parts.colour(), parts.label(), parts.text(), parts.time());
        }

        boolean shows(TurnParts parts) {
            return java.util.Objects.equals(speaker, parts.speakerId()) && java.util.Objects.equals(label, parts.label())
                    && java.util.Objects.equals(text, parts.text()) && java.util.Objects.equals(time, parts.time());
        }
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a feed could not be written as JSON", e);
        }
    }

    /** The feed in these bytes, or null when they are not a whole Shilu feed. */
    public static Feed parse(byte[] json) {
        if (json == null) {
            return null;
        }
        try {
            Feed feed = JSON.readValue(json, Feed.class);
            return feed != null && FORMAT.equals(feed.format()) && feed.programme() != null ? feed : null;
        } catch (IOException e) {
            return null;
        }
    }
}
