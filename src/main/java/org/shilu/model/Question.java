package org.shilu.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A netizen's question (网友提问), as the staff collected it for the host to relay.
 *
 * @param id         which question of its programme this is ({@code q3}), kept through edits and the files
 * @param name       the netizen's name as the portal shows it, such as 江南雨; empty when not given
 * @param text       the question, one line
 * @param receivedAt when it came in, or null when not known
 * @param status     where it stands: new, approved for the host, asked, or skipped
 * @param note       the staff's note, such as 已转交市场监管局; empty when none
 * @param turnId     the turn it became once asked, or null (not asked, or not yet committed)
 */
public record Question(String id, String name, String text, LocalDateTime receivedAt, Status status, String note,
                       String turnId) {
    /** The speaker label 网友“name” must stay within a label's 40 characters. */
    private static final int MAX_NAME = 36;

    /** Where a question stands: new → approved → asked, or skipped. */
    public enum Status {
        NEW, APPROVED, ASKED, SKIPPED
    }

    public Question {
        Objects.requireNonNull(id, "id");
        if (!id.matches("q[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("a question's id is q and a number: " + id);
        }
        name = Text.singleLine("a netizen's name", name == null ? "" : name).strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a netizen's name is longer than " + MAX_NAME + ": " + Text.abbreviate(name));
        }
        if (name.chars().anyMatch(c -> "[]【】:：“”\"".indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a netizen's name must not hold brackets, colons or quotation marks: " + name);
        }
        text = Text.singleLine("a question", Objects.requireNonNull(text, "text")).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a question must not be blank");
        }
        Objects.requireNonNull(status, "status");
        note = Text.singleLine("a question's note", note == null ? "" : note).strip();
        if (turnId != null && status != Status.ASKED) {
            throw new IllegalArgumentException("only an asked question has a turn: " + id);
        }
    }

    /** A question as it comes in: new, with no note; the desk gives it its id. */
    public static Question received(String name, String text, LocalDateTime receivedAt) {
        return new Question("q1", name, text, receivedAt, Status.NEW, "", null);
    }

    public Question withId(String newId) {
        return new Question(newId, name, text, receivedAt, status, note, turnId);
    }

    public Question withStatus(Status newStatus) {
        return new Question(id, name, text, receivedAt, newStatus, note, newStatus == Status.ASKED ? turnId : null);
    }

    public Question withNote(String newNote) {
        return new Question(id, name, text, receivedAt, status, newNote, turnId);
    }

    /** Asked, and became this turn (null: not committed yet, such as a question put into the host's draft). */
    public Question askedAs(String newTurnId) {
        return new Question(id, name, text, receivedAt, Status.ASKED, note, newTurnId);
    }

    /** The netizen's speaker label in the transcript: 网友“江南雨”, or 网友 when no name was given. */
    public String speakerLabel() {
        return name.isEmpty() ? "网友" : "网友“" + name + "”";
    }

    /**
     * The question as the host reads it out, from a template such as {@code 网友{name}问：{question}};
     * {@code {name}} becomes the name (网友 alone when there is none).
     */
    public String relayed(String template) {
        String withName = name.isEmpty() ? template.replace("网友{name}", "网友").replace("{name}", "网友") : template.replace("{name}", name);
        return withName.replace("{question}", text);
    }
}
