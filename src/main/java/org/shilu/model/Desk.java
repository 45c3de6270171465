package org.shilu.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The interview desk of a programme: the netizens' questions, how a question goes into the
 * transcript, and the words its sensitive-word lists must not flag here (a guest's name holding a
 * listed word). Part of the transcript, so the project, the journal, templates and undo keep it.
 *
 * @param questions in the order they came in; their ids are unique
 * @param relay     how a question goes in: as a turn of a netizen speaker, or into the host's draft
 * @param template  the host's words for a question put into the draft, with {@code {name}} and {@code {question}}
 * @param allowed   words and phrases never flagged in this programme, one line each
 */
public record Desk(List<Question> questions, Relay relay, String template, List<String> allowed) {
    public static final String DEFAULT_TEMPLATE = "网友{name}问：{question}";
    public static final Desk EMPTY = new Desk(List.of(), Relay.TURN, DEFAULT_TEMPLATE, List.of());

    /** How a question goes into the transcript. */
    public enum Relay {
        /** as a turn of its own, spoken by a netizen speaker ([网友“江南雨”]:…) */
        TURN,
        /** into the host's draft, from the template (网友江南雨问：…) */
        DRAFT
    }

    public Desk {
        questions = List.copyOf(questions);
        Objects.requireNonNull(relay, "relay");
        template = Text.singleLine("a question template", Objects.requireNonNull(template, "template"));
        if (!template.contains("{question}")) {
            throw new IllegalArgumentException("a question template must hold {question}: " + Text.abbreviate(template));
        }
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("two questions share the id " + question.id());
            }
        }
        allowed = allowed.stream().map(word -> Text.singleLine("an allowed word", word).strip())
                .filter(word -> !word.isEmpty()).distinct().toList();
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    /** These questions added at the end, each given the next unused id. */
    public Desk withAdded(List<Question> received) {
        long largest = 0;
        for (Question question : questions) {
            largest = Math.max(largest, Long.parseLong(question.id().substring(1)));
        }
        List<Question> all = new ArrayList<>(questions);
        for (Question question : received) {
            all.add(question.withId("q" + (++largest)));
        }
        return withQuestions(all);
    }

    /** The question with this id replaced by {@code changed}; IllegalArgumentException when there is none. */
    public Desk withChanged(Question changed) {
        List<Question> all = new ArrayList<>(questions);
        int at = indexOf(changed.id());
        if (at < 0) {
            throw new IllegalArgumentException("no question " + changed.id());
        }
        all.set(at, changed);
        return withQuestions(all);
    }

    public int indexOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        return -1;
    }

    public Desk withQuestions(List<Question> newQuestions) {
        return new Desk(newQuestions, relay, template, allowed);
    }

    public Desk withRelay(Relay newRelay, String newTemplate) {
        return new Desk(questions, newRelay, newTemplate, allowed);
    }

    public Desk withAllowed(List<String> newAllowed) {
        return new Desk(questions, relay, template, newAllowed);
    }

    /**
     * The desk a template keeps: how questions go in, the allowed words, and the questions still
     * to ask (new or approved), collected ahead of next week's programme; asked and skipped ones stay behind.
     */
    public Desk forTemplate() {
        return withQuestions(questions.stream()
                .filter(q -> q.status() == Question.Status.NEW || q.status() == Question.Status.APPROVED).toList());
    }

    /**
     * The questions put into the host's draft (asked, no turn yet) whose text a committed turn
     * holds, marked as having become that turn; this desk itself when there are none.
     */
    public Desk linkedTo(String turnText, String turnId) {
        List<Question> linked = null;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.status() == Question.Status.ASKED && q.turnId() == null && turnText.contains(q.text())) {
                if (linked == null) {
                    linked = new ArrayList<>(questions);
                }
                linked.set(i, q.askedAs(turnId));
            }
        }
        return linked == null ? this : withQuestions(linked);
    }

    /** How many questions stand at {@code status}. */
    public int count(Question.Status status) {
        return (int) questions.stream().filter(q -> q.status() == status).count();
    }
}
