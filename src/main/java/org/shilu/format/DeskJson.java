package org.shilu.format;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.shilu.model.Desk;
import org.shilu.model.Question;

/**
 * The interview desk as the project file and the journal write it: {@code "desk"} beside the
 * turns, left out while it is empty so that older projects keep their bytes; and the programme's
 * recording, {@code "recording"}, left out while there is none.
 */
final class DeskJson {
    private DeskJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Record(List<QuestionJson> questions, String relay, String template, List<String> allowed) {
    }

    /** The programme's recording: its file, relative to the project, and when it began in studio time. */
    record RecordingJson(String file, String startedAt) {
        static RecordingJson of(org.shilu.model.Recording recording) {
            return recording == null ? null : new RecordingJson(recording.file(), ProjectJson.text(recording.startedAt()));
        }

        org.shilu.model.Recording toRecording() {
            return new org.shilu.model.Recording(ProjectJson.required(file, "recording.file"),
                    ProjectJson.required(ProjectJson.time(startedAt), "recording.startedAt"));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record QuestionJson(String id, String name, String text, String receivedAt, String status, String note, String turn) {
    }

    /** The desk to write in a project, or null when it is empty. */
    static Record of(Desk desk) {
        return desk == null || desk.isEmpty() ? null : ofChange(desk);
    }

    /** The journal's form: null when the desk did not change, the whole desk when it did. */
    static Record ofChange(Desk desk) {
        if (desk == null) {
            return null;
        }
        return new Record(desk.questions().stream().map(q -> new QuestionJson(q.id(), q.name(), q.text(),
                ProjectJson.text(q.receivedAt()), q.status().name().toLowerCase(java.util.Locale.ROOT), q.note(),
                q.turnId())).toList(), desk.relay().name().toLowerCase(java.util.Locale.ROOT), desk.template(),
                desk.allowed());
    }

    static Desk toDesk(Record json) {
        if (json == null) {
            return Desk.EMPTY;
        }
        List<Question> questions = json.questions() == null ? List.of() : json.questions().stream().map(q -> new Question(
                ProjectJson.required(q.id(), "desk.questions.id"), q.name(), ProjectJson.required(q.text(), "desk.questions.text"),
                ProjectJson.time(q.receivedAt()),
                Question.Status.valueOf(ProjectJson.required(q.status(), "desk.questions.status").toUpperCase(java.util.Locale.ROOT)),
                q.note(), q.turn())).toList();
        return new Desk(questions,
                json.relay() == null ? Desk.Relay.TURN : Desk.Relay.valueOf(json.relay().toUpperCase(java.util.Locale.ROOT)),
                json.template() == null ? Desk.DEFAULT_TEMPLATE : json.template(),
                json.allowed() == null ? List.of() : json.allowed());
    }
}
