package org.shilu.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.shilu.format.ProjectJson.HeaderJson;
import org.shilu.format.ProjectJson.ProjectFile;
import org.shilu.format.ProjectJson.SpeakerJson;
import org.shilu.format.ProjectJson.TurnJson;
import org.shilu.model.Draft;
import org.shilu.model.ReviewChange;
import org.shilu.model.Splice;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * One journal line per entry: the CRC-32 of the JSON in eight hex digits, a space, then the JSON.
 * A line whose checksum does not match (a torn write, a bad sector) is refused, so that a reader
 * keeps everything before it.
 */
public final class JournalCodec {
    private final ObjectMapper mapper = new ProjectJson().mapper();

    /** What a journal line records. */
    public sealed interface Entry permits Base, Change, DraftEntry {
    }

    /**
     * The state the following changes build on: either embedded, or the project file saved at that
     * moment, named with the SHA-256 of its bytes.
     */
    public record Base(Project project, String projectFile, String sha256) implements Entry {
        public Base {
            if ((project == null) == (projectFile == null)) {
                throw new IllegalArgumentException("a base is either embedded or a project file");
            }
        }

        public static Base embedded(Project project) {
            return new Base(project, null, null);
        }

        public static Base savedAs(String projectFile, String sha256) {
            return new Base(null, projectFile, Objects.requireNonNull(sha256, "sha256"));
        }
    }

    /** One applied change, as the splice that makes it, with the draft as it stood. */
    public record Change(Splice splice, Draft draft) implements Entry {
        public Change {
            Objects.requireNonNull(splice, "splice");
            Objects.requireNonNull(draft, "draft");
        }

        public static Change between(Transcript before, Transcript after, Draft draft) {
            return new Change(Splice.between(before, after), draft);
        }

        public Transcript applyTo(Transcript before) {
            return splice.applyTo(before);
        }
    }

    /** The draft at most a second after its last keystroke. */
    public record DraftEntry(Draft draft) implements Entry {
        public DraftEntry {
            Objects.requireNonNull(draft, "draft");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryJson(String kind, ProjectFile project, String file, String sha256, HeaderJson header,
                     List<SpeakerJson> speakers, Integer at, Integer removed, List<TurnJson> inserted, DraftJson draft,
                     ReviewJson.ChangeJson review, List<GlossaryJson.TermJson> glossary, DeskJson.Record desk,
                     RecordingChangeJson recording) {
    }

    /** A change of the recording: {@code recording} null when it was taken away. */
    record RecordingChangeJson(DeskJson.RecordingJson recording) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DraftJson(String speaker, String text, String startedAt, Integer correcting, DraftJson displaced,
                     InPlaceJson inPlace, List<ProjectJson.DoubtJson> doubts) {
    }

    record InPlaceJson(Integer index, String text) {
    }

    /** The line for an entry, without its line break. */
    public String encode(Entry entry) {
        EntryJson json;
        if (entry instanceof Base base) {
            json = new EntryJson("base", base.project() == null ? null : ProjectJson.toFile(base.project()),
                    base.projectFile(), base.sha256(), null, null, null, null, null, null, null, null, null, null);
        } else if (entry instanceof Change change) {
            Splice splice = change.splice();
            json = new EntryJson("change", null, null, null,
                    splice.header() == null ? null : ProjectJson.toJson(splice.header()),
                    splice.roster() == null ? null : splice.roster().stream().map(ProjectJson::toJson).toList(),
                    splice.at(), splice.removed(), splice.inserted().stream().map(turn -> ProjectJson.toJson(turn, -1)).toList(),
                    toJson(change.draft()), ReviewJson.of(splice.review()), GlossaryJson.ofChange(splice.glossary()),
                    DeskJson.ofChange(splice.desk()), splice.recording() == null ? null
                    : new RecordingChangeJson(DeskJson.RecordingJson.of(splice.recording().recording())));
        } else {
            json = new EntryJson("draft", null, null, null, null, null, null, null, null,
                    toJson(((DraftEntry) entry).draft()), null, null, null, null);
        }
        String body;
        try {
            body = mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry could not be written as JSON", e);
        }
        return String.format("%08x", checksum(body)) + " " + body;
    }

    /** The entry on one line, or a refusal naming the line when it is torn, corrupt or unknown. */
    public Entry decode(String line, long lineNumber, String source) throws BadInputException {
        int space = line.indexOf(' ');
        if (space != 8) {
            throw BadInputException.atLine(source, lineNumber, "the journal line has no checksum (torn or corrupt)")
                    .because("input.journalTorn");
        }
        String body = line.substring(9);
        long expected;
        try {
            expected = Long.parseLong(line.substring(0, 8), 16);
        } catch (NumberFormatException e) {
            throw BadInputException.atLine(source, lineNumber, "the journal line has no checksum (torn or corrupt)")
                    .because("input.journalTorn");
        }
        if (expected != checksum(body)) {
            throw BadInputException.atLine(source, lineNumber, "the journal line fails its checksum (torn or corrupt)")
                    .because("input.journalTorn");
        }
        EntryJson json;
        try {
            json = mapper.readValue(body, EntryJson.class);
        } catch (IOException e) {
            throw BadInputException.atLine(source, lineNumber, "the journal line is not a readable entry: " + e.getMessage())
                    .because("input.journalEntry", e.getMessage());
        }
        try {
            return toEntry(json, lineNumber, source);
        } catch (RuntimeException e) {
            throw BadInputException.atLine(source, lineNumber, "the journal entry is invalid: " + e.getMessage())
                    .because("input.journalEntry", e.getMessage());
        }
    }

    private static Entry toEntry(EntryJson json, long lineNumber, String source) throws BadInputException {
        String kind = String.valueOf(json.kind());
        switch (kind) {
            case "base" -> {
                return json.project() != null
                        ? Base.embedded(ProjectJson.toProject(json.project(), source + ", line " + lineNumber))
                        : Base.savedAs(ProjectJson.required(json.file(), "file"), json.sha256());
            }
            case "change" -> {
                List<Turn> inserted = new ArrayList<>();
                List<TurnJson> turns = ProjectJson.required(json.inserted(), "inserted");
                for (int i = 0; i < turns.size(); i++) {
                    inserted.add(ProjectJson.toTurn(ProjectJson.required(turns.get(i), "inserted[" + i + "]"),
                            "inserted[" + i + "]", null));
                }
                ReviewChange review = ReviewJson.toChange(json.review());
                return new Change(new Splice(json.header() == null ? null : ProjectJson.toHeader(json.header()),
                        json.speakers() == null ? null : json.speakers().stream().map(ProjectJson::toSpeaker).toList(),
                        ProjectJson.required(json.at(), "at"), ProjectJson.required(json.removed(), "removed"),
                        inserted, review, json.glossary() == null ? null : GlossaryJson.toGlossary(json.glossary()),
                        json.desk() == null ? null : DeskJson.toDesk(json.desk()), json.recording() == null ? null
                        : new Splice.RecordingChange(json.recording().recording() == null ? null
                        : json.recording().recording().toRecording())),
                        toDraft(json.draft()));
            }
            case "draft" -> {
                return new DraftEntry(toDraft(ProjectJson.required(json.draft(), "draft")));
            }
            default -> throw BadInputException.atLine(source, lineNumber, "unknown journal entry \"" + kind + "\"")
                    .because("input.journalEntry", kind);
        }
    }

    private static DraftJson toJson(Draft draft) {
        Draft.Correcting correcting = draft.correcting();
        Draft.InPlace inPlace = draft.inPlace();
        return new DraftJson(draft.speakerId(), draft.text(), ProjectJson.text(draft.startedAt()),
                correcting == null ? null : correcting.index(), correcting == null ? null : toJson(correcting.displaced()),
                inPlace == null ? null : new InPlaceJson(inPlace.index(), inPlace.text()),
                draft.doubts().isEmpty() ? null : draft.doubts().stream().map(d -> new ProjectJson.DoubtJson(d.start(), d.text())).toList());
    }

    private static Draft toDraft(DraftJson json) {
        if (json == null) {
            return Draft.NONE;
        }
        Draft.Correcting correcting = json.correcting() == null ? null
                : new Draft.Correcting(json.correcting(), json.displaced() == null ? Draft.NONE : toDraft(json.displaced()));
        Draft.InPlace inPlace = json.inPlace() == null ? null
                : new Draft.InPlace(ProjectJson.required(json.inPlace().index(), "draft.inPlace.index"),
                ProjectJson.required(json.inPlace().text(), "draft.inPlace.text"));
        return new Draft(json.speaker(), ProjectJson.required(json.text(), "draft.text"),
                ProjectJson.time(json.startedAt()), correcting, inPlace, json.doubts() == null ? List.of()
                        : json.doubts().stream().map(d -> new org.shilu.model.Doubt(d.start(), d.text())).toList());
    }

    private static long checksum(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
