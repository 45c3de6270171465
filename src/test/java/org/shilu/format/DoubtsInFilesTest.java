package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.shilu.check.ConsistencyCheck;
import org.shilu.check.Finding;
import org.shilu.model.Doubt;
import org.shilu.model.Draft;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** Doubt markers are kept by the project and the journal, and reach no portal text, page or fragment. */
class DoubtsInFilesTest {
    private static final Transcript MARKED = new Transcript(Header.EMPTY.withHeading("行风热线"),
            List.of(Speaker.of("h", "主持人", Role.HOST), Speaker.of("g", "陆华副局长", Role.GUEST)),
            List.of(Turn.of("h", "请陆华局长介绍。").withDoubts(List.of(new Doubt(1, "陆华"))),
                    Turn.of("g", "好的，<b>路华</b>桥今年通车。", "谢谢。").withDoubts(List.of(new Doubt(6, "路华"), new Doubt(19, "谢谢")))));
    private static final Transcript PLAIN = MARKED.withTurns(MARKED.turns().stream().map(t -> t.withDoubts(List.of())).toList());

    @Test
    void theProjectAndTheJournalKeepTheMarks() throws Exception {
        ProjectJson json = new ProjectJson();
        byte[] written = json.write(new Project(MARKED, PortalProfile.DEFAULT));
        assertEquals(MARKED, json.read(written, "p.shilu").transcript());
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("\"doubts\""));
        assertFalse(new String(json.write(new Project(PLAIN, PortalProfile.DEFAULT)), StandardCharsets.UTF_8).contains("doubts"),
                "a project without marks is written as before");

        JournalCodec codec = new JournalCodec();
        String line = codec.encode(JournalCodec.Change.between(PLAIN, MARKED, Draft.NONE));
        JournalCodec.Change back = (JournalCodec.Change) codec.decode(line, 2, "p.journal");
        assertEquals(MARKED, back.applyTo(PLAIN), "a mark made and journalled comes back on recovery");
    }

    @Test
    void aMarkThatDoesNotFitItsTurnIsRefusedNamingTheTurn() {
        String bad = new String(new ProjectJson().write(new Project(MARKED, PortalProfile.DEFAULT)), StandardCharsets.UTF_8)
                .replace("\"start\" : 1", "\"start\" : 2").replace("\"start\":1", "\"start\":2");
        BadInputException e = assertThrows(BadInputException.class,
                () -> new ProjectJson().read(bad.getBytes(StandardCharsets.UTF_8), "p.shilu"));
        assertTrue(e.getMessage().contains("p.shilu") && e.getMessage().contains("陆华"), e.getMessage());
    }

    @Test
    void noPortalTextPageOrFragmentCarriesAMarkButThePreviewShowsThem() {
        Project marked = new Project(MARKED, PortalProfile.DEFAULT);
        Project plain = new Project(PLAIN, PortalProfile.DEFAULT);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new PortalTextWriter().writeBytes(plain),
                new PortalTextWriter().writeBytes(marked));
        PortalHtmlWriter html = new PortalHtmlWriter();
        assertEquals(html.page(plain), html.page(marked));
        assertEquals(html.fragment(plain), html.fragment(marked));
        String preview = PortalHtmlWriter.marking(text -> java.util.List.of()).page(marked);
        assertTrue(preview.contains("<mark class=\"doubt\">路华</mark>") && preview.contains("&lt;b&gt;<mark class=\"doubt\">路华</mark>"),
                preview);
        assertEquals(3, preview.split("<mark class=\"doubt\">", -1).length - 1);
        // Sensitive words too, in the preview only; a range over a doubt marks both.
        java.util.function.Function<String, java.util.List<int[]>> flagged = text -> {
            int at = text.indexOf("路华");
            return at < 0 ? java.util.List.of() : java.util.List.of(new int[] {at, at + 2});
        };
        String both = PortalHtmlWriter.marking(flagged).page(marked);
        assertTrue(both.contains("<mark class=\"doubt sensitive\" style=\"background:#ffcdd2;color:#b71c1c\">路华</mark>"), both);
        assertEquals(html.page(plain), html.page(marked), "never in a file");
    }

    @Test
    void theChecksBeforeExportListEveryOpenDoubt() {
        List<Finding> doubts = ConsistencyCheck.check(MARKED, null).stream()
                .filter(f -> f.kind() == Finding.Kind.OPEN_DOUBT).toList();
        assertEquals(List.of("t1 陆华", "t2 路华", "t2 谢谢"), doubts.stream().map(f -> f.turnId() + " " + f.details().get(0)).toList());
    }
}
