package org.shilu.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.format.Project;
import org.shilu.format.PortalProfile;
import org.shilu.format.ProjectJson;
import org.shilu.model.Desk;
import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Question;
import org.shilu.model.Refusal;
import org.shilu.model.Role;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

class QuestionDeskTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2022, 3, 23, 9, 30);
    private final Document document = new Document(Transcript.newProgramme());

    private Question question(int index) {
        return document.transcript().desk().questions().get(index);
    }

    private void receive(String... lines) {
        document.apply(QuestionDesk.receive(document.transcript(), org.shilu.format.QuestionsText.pasted(String.join("\n", lines), NOW)));
    }

    @Test
    void anApprovedQuestionBecomesANetizensTurnWhoseSpeakerIsAddedOnceAndUndoTakesItAllBack() {
        receive("江南雨：公积金怎么提取？", "江南雨：还有一个问题");
        assertEquals(List.of("q1", "q2"), document.transcript().desk().questions().stream().map(Question::id).toList());
        assertThrows(Refusal.class, () -> QuestionDesk.relayAsTurn(document.transcript(), "q1", NOW));
        document.apply(QuestionDesk.setStatus(document.transcript(), "q1", Question.Status.APPROVED));
        Transcript before = document.transcript();
        Edit relay = QuestionDesk.relayAsTurn(before, "q1", NOW);
        var change = document.apply(relay);
        Turn turn = document.transcript().turns().getLast();
        assertEquals("网友“江南雨”", document.transcript().speakerOf(turn).label());
        assertEquals(Role.NETIZEN, document.transcript().speakerOf(turn).role());
        assertEquals("公积金怎么提取？", turn.text());
        assertEquals(NOW, turn.spokenAt());
        assertEquals(question(0).askedAs(turn.id()), question(0));
        assertEquals(Question.Status.ASKED, question(0).status());
        assertThrows(Refusal.class, () -> QuestionDesk.relayAsTurn(document.transcript(), "q1", NOW));

        document.apply(QuestionDesk.setStatus(document.transcript(), "q2", Question.Status.APPROVED));
        document.apply(QuestionDesk.relayAsTurn(document.transcript(), "q2", NOW));
        assertEquals(3, document.transcript().roster().size(), "the netizen is in the roster once");

        assertEquals(before, change.inverse().applyTo(change.after()));
    }

    @Test
    void aQuestionPutIntoTheHostsDraftBecomesTheTurnThatReadsItOut() {
        LiveSession session = new LiveSession(document, new StudioClock(new TestClock(NOW), java.time.Duration.ZERO));
        receive("老张：公交站在哪里");
        document.apply(QuestionDesk.relayBy(document.transcript(), Desk.Relay.DRAFT, "下面是网友{name}的提问：{question}"));
        document.apply(QuestionDesk.setStatus(document.transcript(), "q1", Question.Status.APPROVED));
        QuestionDesk.IntoDraft into = QuestionDesk.relayIntoDraft(document.transcript(), "q1");
        assertEquals("下面是网友老张的提问：公交站在哪里", into.words());
        document.apply(into.markAsked());
        assertEquals(Question.Status.ASKED, question(0).status());
        assertEquals(null, question(0).turnId());

        session.selectSpeaker(QuestionDesk.host(document.transcript()).id());
        session.updateDraft("好的。" + into.words());
        var change = session.commit(LiveSession.NextSpeaker.NATURAL).orElseThrow();
        Turn turn = document.transcript().turns().getLast();
        assertEquals(turn.id(), question(0).turnId());
        assertEquals(java.util.Optional.of(turn), org.shilu.live.LiveCommits.turnOf(change.edit()), "undo still takes the turn back to the draft");
        assertEquals(null, change.inverse().applyTo(change.after()).desk().questions().get(0).turnId());
    }

    @Test
    void theDeskIsKeptByTheProjectTheJournalAndATemplateWhichKeepsOnlyTheQuestionsStillToAsk(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        receive("江南雨：一", "老张：二", "小李：三");
        document.apply(QuestionDesk.setStatus(document.transcript(), "q1", Question.Status.APPROVED));
        document.apply(QuestionDesk.relayAsTurn(document.transcript(), "q1", NOW));
        document.apply(QuestionDesk.setStatus(document.transcript(), "q2", Question.Status.SKIPPED));
        document.apply(QuestionDesk.note(document.transcript(), "q3", "已转交"));
        document.apply(QuestionDesk.allow(document.transcript(), List.of("李洪伟", " ", "李洪伟")));
        ProjectJson json = new ProjectJson();
        Project project = new Project(document.transcript(), PortalProfile.DEFAULT);
        byte[] written = json.write(project);
        Project read = json.read(written, "p.shilu");
        assertEquals(document.transcript().desk(), read.transcript().desk());
        assertEquals(List.of("李洪伟"), read.transcript().desk().allowed());
        org.shilu.store.Templates templates = new org.shilu.store.Templates(folder);
        templates.save("行风热线", document.transcript(), PortalProfile.DEFAULT);
        Desk kept = templates.load("行风热线").transcript().desk();
        assertEquals(List.of("q3"), kept.questions().stream().map(Question::id).toList(), "only the question not asked yet");
        assertEquals(List.of("李洪伟"), kept.allowed());
        var stats = org.shilu.model.Statistics.of(document.transcript());
        assertEquals(List.of(3, 1, 1), List.of(stats.questions(), stats.questionsAsked(), stats.questionsSkipped()));
        // The journal's line of each change brings the desk back, and undo's line empties it again.
        org.shilu.format.JournalCodec codec = new org.shilu.format.JournalCodec();
        Transcript empty = Transcript.newProgramme();
        var line = (org.shilu.format.JournalCodec.Change) codec.decode(codec.encode(org.shilu.format.JournalCodec.Change.between(
                empty, document.transcript(), org.shilu.model.Draft.NONE)), 1, "journal");
        assertEquals(document.transcript(), line.applyTo(empty));
        var back = (org.shilu.format.JournalCodec.Change) codec.decode(codec.encode(org.shilu.format.JournalCodec.Change.between(
                document.transcript(), empty, org.shilu.model.Draft.NONE)), 2, "journal");
        assertEquals(Desk.EMPTY, back.applyTo(document.transcript()).desk());
        assertTrue(!new String(json.write(new Project(Transcript.newProgramme(), PortalProfile.DEFAULT)),
                java.nio.charset.StandardCharsets.UTF_8).contains("desk"), "an empty desk is not written");
    }
}
