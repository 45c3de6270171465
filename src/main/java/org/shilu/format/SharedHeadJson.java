package org.shilu.format;

import java.io.IOException;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.shilu.model.Glossary;
import org.shilu.model.Review;
import org.shilu.model.Transcript;

/**
 * A shared programme's header, roster, glossary and interview desk, as the project writes them, for the programme's
 * row on the server and the change log's head entries.
 */
public final class SharedHeadJson {
    private SharedHeadJson() {
    }

    record HeadJson(ProjectJson.HeaderJson header, List<ProjectJson.SpeakerJson> speakers,
                    @JsonInclude(JsonInclude.Include.NON_NULL) List<GlossaryJson.TermJson> glossary,
                    @JsonInclude(JsonInclude.Include.NON_NULL) DeskJson.Record desk) {
    }

    /** The head of {@code programme}: its header, roster, glossary and interview desk. */
    public static String write(ProjectJson json, Transcript programme) {
        Glossary glossary = programme.glossary();
        try {
            return json.mapper().writeValueAsString(new HeadJson(ProjectJson.toJson(programme.header()),
                    programme.roster().stream().map(ProjectJson::toJson).toList(),
                    glossary.isEmpty() ? null : GlossaryJson.of(glossary), DeskJson.of(programme.desk())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a header could not be written as JSON", e);
        }
    }

    /** A header, roster and glossary written by {@link #write}, as a transcript without turns. */
    public static Transcript read(ProjectJson json, String text, String source) throws BadInputException {
        try {
            HeadJson head = json.mapper().readValue(text, HeadJson.class);
            return new Transcript(ProjectJson.toHeader(ProjectJson.required(head.header(), "header")),
                    ProjectJson.required(head.speakers(), "speakers").stream().map(ProjectJson::toSpeaker).toList(), List.of(),
                    Review.NONE, head.glossary() == null ? Glossary.EMPTY : GlossaryJson.toGlossary(head.glossary()),
                    DeskJson.toDesk(head.desk()));
        } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw BadInputException.atLine(source, 1, "not a readable header and roster: " + e.getMessage());
        }
    }
}
