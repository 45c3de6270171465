package org.shilu.format;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.shilu.format.PortalProfile.LabelStyle;
import org.shilu.format.PortalProfile.PrintedClock;
import org.shilu.format.PortalProfile.TimePlacement;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The {@code .shilu} project file: JSON with {@code "format": "shilu"} and an integer version,
 * holding the whole transcript and its page profile. Explicit records, no polymorphic typing,
 * and bounded read limits.
 */
public final class ProjectJson {
    public static final String FORMAT = "shilu";
    public static final int VERSION = 1;
    static final int MAX_STRING = 16_000_000;

    private final ObjectMapper mapper;

    public ProjectJson() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxNumberLength(24)
                        .maxStringLength(MAX_STRING)
                        .maxDocumentLength(512L * 1024 * 1024)
                        .build())
                .build();
        mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
    }

    record ProjectFile(String format, int version, HeaderJson header, List<SpeakerJson> speakers,
                       List<TurnJson> turns, ProfileJson profile,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       ReviewJson.Record review,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       List<GlossaryJson.TermJson> glossary,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       DeskJson.Record desk,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       DeskJson.RecordingJson recording) {
    }

    record HeaderJson(String heading, String programme, String sectionLabel, String broadcastDate,
                      List<String> introduction) {
    }

    record SpeakerJson(String id, String label, Role role, String name, String title, String colour) {
    }

    /**
     * A turn; {@code approved} is written only when true, and {@code id} only when it is not
     * {@code t} and the turn's number (the id a reader gives a turn without one), so that older
     * projects keep their bytes.
     */
    record TurnJson(String speaker, List<String> paragraphs, String spokenAt, String publishedAt,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    Boolean approved,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    String id,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    List<DoubtJson> doubts) {
    }

    /** A doubt marker: where its text starts in the turn's text (paragraphs joined by line breaks), and the text. */
    record DoubtJson(int start, String text) {
    }

    record ProfileJson(LabelStyle labelStyle, String separator, boolean labelOnOwnLine, TimePlacement timePlacement,
                       String timePattern, Set<Role> timedRoles, PrintedClock printedClock, boolean pageChrome,
                       boolean blankLineBetweenTurns, String lineSeparator, boolean finalNewline,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       org.shilu.model.PunctuationWidth.Direction punctuationWidth) {
        static ProfileJson of(PortalProfile p) {
            return new ProfileJson(p.labelStyle(), p.separator(), p.labelOnOwnLine(), p.timePlacement(), p.timePattern(),
                    p.timedRoles(), p.printedClock(), p.pageChrome(), p.blankLineBetweenTurns(), p.lineSeparator(),
                    p.finalNewline(), p.punctuationWidth());
        }

        PortalProfile toProfile(String where) {
            return new PortalProfile(labelStyle, separator, labelOnOwnLine, timePlacement, timePattern,
                    required(timedRoles, where + "timedRoles"), printedClock, pageChrome, blankLineBetweenTurns,
                    required(lineSeparator, where + "lineSeparator"), finalNewline, punctuationWidth);
        }
    }

    public byte[] write(Project project) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(project, out);
        } catch (IOException e) {
            throw new IllegalStateException("a project could not be written as JSON", e);
        }
        return out.toByteArray();
    }

    /** Streams the project as JSON. */
    public void write(Project project, java.io.OutputStream out) throws IOException {
        ProjectFile file = toFile(project);
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            if (project.unknownFields().isEmpty()) {
                mapper.writer(pretty).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(out, file);
                return;
            }
            com.fasterxml.jackson.databind.node.ObjectNode tree = mapper.valueToTree(file);
            for (var field : project.unknownFields().entrySet()) {
                tree.set(field.getKey(), mapper.readTree(field.getValue()));
            }
            mapper.writer(pretty).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be written as JSON", e);
        }
    }

    /** Paragraphs as a JSON array of strings. */
    public String writeParagraphs(List<String> paragraphs) {
        try {
            return mapper.writeValueAsString(paragraphs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("paragraphs could not be written as JSON", e);
        }
    }

    public List<String> readParagraphs(String json) throws IOException {
        return List.of(mapper.readValue(json, String[].class));
    }

    /** A page layout alone, as the project writes it (the settings keep the default one so). */
    public String writeProfile(PortalProfile p) {
        try {
            return mapper.writeValueAsString(ProfileJson.of(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a layout could not be written as JSON", e);
        }
    }

    /** A page layout written by {@link #writeProfile}; a refusal names what is wrong. */
    public PortalProfile readProfile(String json, String source) throws BadInputException {
        try {
            return mapper.readValue(json, ProfileJson.class).toProfile("");
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw BadInputException.atLine(source, 1, "not a readable page layout: " + e.getMessage());
        }
    }

    /** The project as the records Jackson writes; the journal embeds the same shape. */
    static ProjectFile toFile(Project project) {
        Transcript t = project.transcript();
        PortalProfile p = project.profile();
        return new ProjectFile(FORMAT, VERSION, toJson(t.header()),
                mapped(t.roster(), (speaker, index) -> toJson(speaker)), mapped(t.turns(), ProjectJson::toJson),
                ProfileJson.of(p), ReviewJson.of(t.review()), GlossaryJson.of(t.glossary()), DeskJson.of(t.desk()),
                DeskJson.RecordingJson.of(t.recording()));
    }

    /** A view that makes each element as it is written, so a large project is not held twice. */
    private static <A, B> List<B> mapped(List<A> from, java.util.function.BiFunction<A, Integer, B> map) {
        return new java.util.AbstractList<>() {
            @Override
            public B get(int index) {
                return map.apply(from.get(index), index);
            }

            @Override
            public int size() {
                return from.size();
            }
        };
    }

    static HeaderJson toJson(Header h) {
        return new HeaderJson(h.heading(), h.programme(), h.sectionLabel(),
                h.broadcastDate() == null ? null : h.broadcastDate().toString(), h.introduction());
    }

    static SpeakerJson toJson(Speaker s) {
        return new SpeakerJson(s.id(), s.label(), s.role(), s.name(), s.title(), s.colour());
    }

    /** The turn at {@code index} of its programme; with an index of -1, its id is always written. */
    static TurnJson toJson(Turn turn, int index) {
        String id = turn.id() == null || turn.id().equals("t" + (index + 1)) ? null : turn.id();
        return new TurnJson(turn.speakerId(), turn.paragraphs(), text(turn.spokenAt()), text(turn.publishedAt()),
                turn.approved() ? Boolean.TRUE : null, id, turn.doubts().isEmpty() ? null
                        : turn.doubts().stream().map(d -> new DoubtJson(d.start(), d.text())).toList());
    }

    static Header toHeader(HeaderJson h) {
        return new Header(h.heading(), h.programme(), h.sectionLabel(),
                h.broadcastDate() == null ? null : LocalDate.parse(h.broadcastDate()), h.introduction());
    }

    static Speaker toSpeaker(SpeakerJson s) {
        return new Speaker(s.id(), s.label(), s.role(), s.name(), s.title(), s.colour());
    }

    /** A turn as written; without an id it takes {@code defaultId}. */
    static Turn toTurn(TurnJson t, String where, String defaultId) {
        List<org.shilu.model.Doubt> doubts = t.doubts() == null ? List.of() : t.doubts().stream()
                .map(d -> new org.shilu.model.Doubt(d.start(), required(d.text(), where + ".doubts.text"))).toList();
        return new Turn(t.speaker(), required(t.paragraphs(), where + ".paragraphs"), time(t.spokenAt()),
                time(t.publishedAt()), Boolean.TRUE.equals(t.approved()), t.id() != null ? t.id() : defaultId, doubts);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    public Project read(byte[] bytes, String source) throws BadInputException {
        TextDecoder.checkUtf8(bytes, source);
        ProjectJsonChecks.TopLevel root;
        try {
            root = ProjectJsonChecks.topLevel(mapper, bytes);
        } catch (IOException e) {
            throw refusal(source, e, bytes);
        }
        if (root == null || !FORMAT.equals(root.format())) {
            throw BadInputException.atLine(source, 1, "not a Shilu project (it has no \"format\": \"shilu\")")
                    .because("input.notProject");
        }
        JsonNode version = root.version();
        if (version == null || !version.isInt() || version.intValue() < 1) {
            throw BadInputException.atLine(source, 1, "the project has no valid \"version\"").because("input.noVersion");
        }
        if (version.intValue() > VERSION) {
            throw BadInputException.atLine(source, 1, "the project was made by a newer Shilu (version "
                    + version.intValue() + "); this Shilu reads up to version " + VERSION)
                    .because("input.newerVersion", version.intValue(), VERSION);
        }
        ProjectFile file;
        try {
            // Parsed again from the bytes, not from the tree: only this way do type errors carry their line.
            file = mapper.readValue(bytes, ProjectFile.class);
        } catch (IOException e) {
            throw refusal(source, e, bytes);
        }
        String lone = ProjectJsonChecks.loneSurrogateIn(file);
        if (lone != null) {
            throw new BadInputException(source, Math.max(1, lineOf(bytes, lone)), -1,
                    lone + ": half of a surrogate pair (\\uD800–\\uDFFF alone), which is no character")
                    .because("input.invalidPart", lone, "half of a surrogate pair");
        }
        try {
            return toProject(file, source).withUnknownFields(root.unknownFields());
        } catch (BadInputException e) {
            // The records have no positions; the line comes from finding the named part in the bytes.
            String where = e.reason().substring(0, Math.max(0, e.reason().indexOf(':')));
            long line = lineOf(bytes, where);
            // A fault of the whole (say, a turn's unknown speaker) is placed at the turns or, failing that, the top.
            throw new BadInputException(source, line > 0 ? line : Math.max(1, lineOf(bytes, "turns")), -1, e.reason())
                    .because(e.reasonKey(), e.reasonValues());
        }
    }


    /**
     * The line on which the part of the document at {@code where} ({@code turns[3].paragraphs})
     * begins, or of its nearest enclosing part; -1 when none is found.
     */
    private long lineOf(byte[] bytes, String where) {
        String pointer = "/" + where.replace("]", "").replace('[', '/').replace('.', '/');
        long line = -1;
        try (com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(bytes)) {
            while (parser.nextToken() != null) {
                String at = parser.getParsingContext().pathAsPointer().toString();
                if (!at.isEmpty() && (pointer.equals(at) || pointer.startsWith(at + "/"))) {
                    line = parser.currentTokenLocation().getLineNr();
                    if (pointer.equals(at)) {
                        return line;
                    }
                }
            }
        } catch (IOException e) {
            // Already parsed once; whatever was found before a failure is the answer.
        }
        return line;
    }

    static Project toProject(ProjectFile file, String source) throws BadInputException {
        String where = "header";
        try {
            Header header = toHeader(required(file.header(), "header"));
            List<Speaker> roster = new ArrayList<>();
            List<SpeakerJson> speakers = required(file.speakers(), "speakers");
            for (int i = 0; i < speakers.size(); i++) {
                where = "speakers[" + i + "]";
                roster.add(toSpeaker(required(speakers.get(i), where)));
            }
            Set<String> ids = new java.util.HashSet<>();
            roster.forEach(speaker -> ids.add(speaker.id()));
            List<Turn> turns = new ArrayList<>();
            List<TurnJson> turnFiles = required(file.turns(), "turns");
            Set<String> turnIds = java.util.HashSet.newHashSet(turnFiles.size());
            for (int i = 0; i < turnFiles.size(); i++) {
                where = "turns[" + i + "]";
                Turn turn = toTurn(required(turnFiles.get(i), where), where, "t" + (i + 1));
                if (!ids.contains(turn.speakerId())) {
                    where += ".speaker";
                    throw new IllegalArgumentException("refers to an unknown speaker " + turn.speakerId());
                }
                if (!turnIds.add(turn.id())) {
                    where += ".id";
                    throw new IllegalArgumentException("is the id of an earlier turn too: " + turn.id());
                }
                turns.add(turn);
            }
            where = "review";
            org.shilu.model.Review review = ReviewJson.toReview(file.review());
            where = "glossary";
            org.shilu.model.Glossary glossary = GlossaryJson.toGlossary(file.glossary());
            where = "desk";
            org.shilu.model.Desk desk = DeskJson.toDesk(file.desk());
            where = "recording";
            org.shilu.model.Recording recording = file.recording() == null ? null : file.recording().toRecording();
            Transcript transcript = new Transcript(header, roster, turns, review, glossary, desk, recording);
            ProfileJson p = file.profile();
            if (p != null && p.timePattern() != null) {
                where = "profile.timePattern";
                PortalProfile.checkTimePattern(p.timePattern());
            }
            where = "profile";
            PortalProfile profile = p == null ? PortalProfile.DEFAULT : p.toProfile("profile.");
            return new Project(transcript, profile);
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new BadInputException(source, -1, -1, where + ": " + e.getMessage())
                    .because("input.invalidPart", where, e.getMessage());
        }
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    /** A JSON path as a reader would write it: {@code turns[3].paragraphs}. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String text(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    static LocalDateTime time(String text) {
        return text == null ? null : LocalDateTime.parse(text);
    }

    private BadInputException refusal(String source, IOException e, byte[] bytes) {
        String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            reason = path(m.getPath()) + ": " + reason;
        }
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (at == null || (at.getLineNr() <= 0 && at.getByteOffset() < 0)) {
            at = whereReadingStops(bytes);
        }
        long line = at == null ? -1 : at.getLineNr();
        long column = at == null ? -1 : at.getColumnNr();
        long offset = at == null ? -1 : at.getByteOffset();
        return new BadInputException(source, line, column, line > 0 ? -1 : offset, "not a readable project: " + reason)
                .because("input.unreadableProject", reason);
    }

    /** Some refusals (a limit exceeded) carry no position: read again, token by token, to the point of failure. */
    private JsonLocation whereReadingStops(byte[] bytes) {
        com.fasterxml.jackson.core.JsonParser parser = null;
        try {
            parser = mapper.getFactory().createParser(bytes);
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
            return parser.currentLocation();
        } catch (IOException e) {
            return parser == null ? null : parser.currentLocation();
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Only reading a byte array.
                }
            }
        }
    }
}
