package org.shilu.live;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.shilu.model.Desk;
import org.shilu.model.Edit;
import org.shilu.model.Question;
import org.shilu.model.Refusal;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * What the interview desk does to a programme, each as one undoable step: questions received,
 * approved, skipped, noted or removed, and a question relayed into the transcript.
 */
public final class QuestionDesk {
    private QuestionDesk() {
    }

    /** Questions received (pasted, imported or typed), added at the end of the list. */
    public static Edit receive(Transcript programme, List<Question> received) {
        return new Edit.Named("step.questionsReceived", new Edit.SetDesk(programme.desk().withAdded(received)));
    }

    /** The question's status set (approved, skipped, or back to new); an asked question stays asked. */
    public static Edit setStatus(Transcript programme, String questionId, Question.Status status) {
        Question question = find(programme, questionId);
        if (question.status() == Question.Status.ASKED) {
            throw new Refusal("refusal.questionAsked", "the question was asked already");
        }
        return new Edit.Named("step.question." + status.name().toLowerCase(java.util.Locale.ROOT),
                new Edit.SetDesk(programme.desk().withChanged(question.withStatus(status))));
    }

    public static Edit note(Transcript programme, String questionId, String note) {
        return new Edit.Named("step.questionNote",
                new Edit.SetDesk(programme.desk().withChanged(find(programme, questionId).withNote(note))));
    }

    public static Edit remove(Transcript programme, String questionId) {
        Question gone = find(programme, questionId);
        List<Question> left = new ArrayList<>(programme.desk().questions());
        left.remove(gone);
        return new Edit.Named("step.questionRemoved", new Edit.SetDesk(programme.desk().withQuestions(left)));
    }

    /** The programme's way of relaying questions, and the host's words for one put into the draft. */
    public static Edit relayBy(Transcript programme, Desk.Relay relay, String template) {
        return new Edit.Named("step.questionRelay", new Edit.SetDesk(programme.desk().withRelay(relay, template)));
    }

    /** The words never flagged in this programme. */
    public static Edit allow(Transcript programme, List<String> words) {
        return new Edit.Named("step.allowedWords", new Edit.SetDesk(programme.desk().withAllowed(words)));
    }

    /**
     * An approved question relayed as a turn of its netizen (网友“江南雨”, added to the roster when it
     * is not there), appended and stamped {@code now}; the question is marked asked, with that turn.
     */
    public static Edit relayAsTurn(Transcript programme, String questionId, LocalDateTime now) {
        Question question = approved(programme, questionId);
        List<Edit> edits = new ArrayList<>();
        Speaker netizen = programme.speakerByLabel(question.speakerLabel()).orElse(null);
        if (netizen == null) {
            netizen = new Speaker(programme.unusedSpeakerId(), question.speakerLabel(), Role.NETIZEN, question.name(), "", "");
            edits.add(new Edit.AddSpeaker(programme.roster().size(), netizen));
        }
        String turnId = programme.nextTurnId();
        Turn turn = new Turn(netizen.id(), List.of(question.text()), now, now, false, turnId);
        edits.add(new Edit.InsertTurn(programme.turns().size(), turn));
        edits.add(new Edit.SetDesk(programme.desk().withChanged(question.askedAs(turnId))));
        return new Edit.Named("step.questionRelayed", new Edit.Batch(edits));
    }

    /**
     * An approved question put into the host's draft: the words to put there (from the programme's
     * template) and the step that marks it asked; the turn it becomes is known at the commit.
     */
    public record IntoDraft(String words, Edit markAsked) {
    }

    public static IntoDraft relayIntoDraft(Transcript programme, String questionId) {
        Question question = approved(programme, questionId);
        return new IntoDraft(question.relayed(programme.desk().template()), new Edit.Named("step.questionRelayed",
                new Edit.SetDesk(programme.desk().withChanged(question.askedAs(null)))));
    }

    /**
     * The desk once {@code turn}, about to be committed, has become the turn of each question put
     * into the host's draft that it reads out; null when it reads none out. The turn's id, if it has
     * none yet, is the one the programme will give it.
     */
    public static Desk readOutBy(Transcript programme, Turn turn) {
        Desk desk = programme.desk();
        if (desk.count(Question.Status.ASKED) == 0) {
            return null;
        }
        Desk linked = desk.linkedTo(turn.text(), turn.id() != null ? turn.id() : programme.nextTurnId());
        return linked == desk ? null : linked;
    }

    /** The programme's host, who reads questions out: the first speaker whose role is host, or null. */
    public static Speaker host(Transcript programme) {
        return programme.roster().stream().filter(s -> s.role() == Role.HOST).findFirst().orElse(null);
    }

    private static Question approved(Transcript programme, String questionId) {
        Question question = find(programme, questionId);
        return switch (question.status()) {
            case APPROVED -> question;
            case ASKED -> throw new Refusal("refusal.questionAsked", "the question was asked already");
            default -> throw new Refusal("refusal.questionNotApproved", "only an approved question is relayed");
        };
    }

    private static Question find(Transcript programme, String questionId) {
        int at = programme.desk().indexOf(questionId);
        if (at < 0) {
            throw new Refusal("refusal.noQuestion", "no question " + questionId);
        }
        return programme.desk().questions().get(at);
    }
}
