package org.shilu.format;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the project reader checks besides the types: the top level (format, version and fields of
 * a newer version), read without building the turns, and text that is no character (a lone
 * surrogate), with its place.
 */
final class ProjectJsonChecks {
    static final java.util.Set<String> KNOWN_FIELDS = java.util.Set.of("format", "version", "header", "speakers",
            "turns", "profile", "review", "glossary", "desk", "recording");

    private ProjectJsonChecks() {
    }

    /** What the top level of a project says, read without building its turns: they are skipped here. */
    record TopLevel(String format, JsonNode version, java.util.Map<String, String> unknownFields) {
    }

    /** The top level, or null when the document is no object; a syntax error anywhere fails it. */
    static TopLevel topLevel(ObjectMapper mapper, byte[] bytes) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(bytes)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                while (parser.nextToken() != null) {
                    parser.skipChildren(); // a syntax error still names its place
                }
                return null;
            }
            com.fasterxml.jackson.databind.ObjectReader oneValue = mapper.reader()
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            String format = null;
            JsonNode version = null;
            java.util.Map<String, String> unknown = new java.util.LinkedHashMap<>();
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "format" -> format = parser.currentToken().isScalarValue() ? parser.getValueAsString() : null;
                    case "version" -> version = oneValue.readTree(parser);
                    default -> {
                        if (KNOWN_FIELDS.contains(name)) {
                            parser.skipChildren();
                        } else {
                            unknown.put(name, oneValue.readTree(parser).toString());
                        }
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "more after the project's closing }");
            }
            return new TopLevel(format, version, unknown);
        }
    }

    /** The place of the first text with a lone surrogate ({@code turns[3].paragraphs[0]}), or null. */
    static String loneSurrogateIn(ProjectJson.ProjectFile file) {
        ProjectJson.HeaderJson h = file.header();
        if (h != null) {
            for (String[] field : new String[][] {{"heading", h.heading()}, {"programme", h.programme()},
                    {"sectionLabel", h.sectionLabel()}}) {
                if (field[1] != null && hasLoneSurrogate(field[1])) {
                    return "header." + field[0];
                }
            }
            String in = firstWithLoneSurrogate(h.introduction());
            if (in != null) {
                return "header.introduction" + in;
            }
        }
        List<ProjectJson.SpeakerJson> speakers = file.speakers() == null ? List.of() : file.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            ProjectJson.SpeakerJson s = speakers.get(i);
            if (s == null) {
                continue;
            }
            for (String[] field : new String[][] {{"id", s.id()}, {"label", s.label()}, {"name", s.name()},
                    {"title", s.title()}, {"colour", s.colour()}}) {
                if (field[1] != null && hasLoneSurrogate(field[1])) {
                    return "speakers[" + i + "]." + field[0];
                }
            }
        }
        List<ProjectJson.TurnJson> turns = file.turns() == null ? List.of() : file.turns();
        for (int i = 0; i < turns.size(); i++) {
            ProjectJson.TurnJson t = turns.get(i);
            if (t == null) {
                continue;
            }
            if (t.speaker() != null && hasLoneSurrogate(t.speaker())) {
                return "turns[" + i + "].speaker";
            }
            String in = firstWithLoneSurrogate(t.paragraphs());
            if (in != null) {
                return "turns[" + i + "].paragraphs" + in;
            }
            if (t.id() != null && hasLoneSurrogate(t.id())) {
                return "turns[" + i + "].id";
            }
        }
        if (file.glossary() != null) {
            for (GlossaryJson.TermJson t : file.glossary()) {
                if (t != null && firstWithLoneSurrogate(java.util.Arrays.asList(t.term(), t.abbreviation(), t.note())) != null) {
                    return "glossary";
                }
            }
        }
        return firstWithLoneSurrogate(ReviewJson.texts(file.review())) != null ? "review" : null;
    }

    private static String firstWithLoneSurrogate(List<String> texts) {
        for (int i = 0; texts != null && i < texts.size(); i++) {
            if (texts.get(i) != null && hasLoneSurrogate(texts.get(i))) {
                return "[" + i + "]";
            }
        }
        return null;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
