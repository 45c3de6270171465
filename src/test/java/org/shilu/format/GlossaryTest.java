package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Glossary;
import org.shilu.model.Glossary.Term;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Splice;
import org.shilu.model.Transcript;
import org.shilu.model.UndoStack;

/** The glossary: abbreviations, its files (CSV and lines, bad rows by line), the project, the journal and undo. */
class GlossaryTest {
    private static final Glossary TERMS = new Glossary(List.of(new Term("市自然资源和规划局", "zrj", "全称"),
            new Term("陆华", "lh", ""), new Term("“苏小登”", "", "政务服务品牌, 2021")));

    @Test
    void anAbbreviationExpandsWhateverItsCaseAndTheRosterAddsItsWords() {
        assertEquals(Optional.of("市自然资源和规划局"), TERMS.expand("ZRJ"));
        assertEquals(Optional.empty(), TERMS.expand("zr"));
        Glossary all = TERMS.withRoster(List.of(new Speaker("g", "陆华副局长", Role.GUEST, "陆华", "副局长", "")));
        assertEquals(List.of("市自然资源和规划局", "陆华", "“苏小登”", "陆华副局长", "副局长"),
                all.terms().stream().map(Term::term).toList());
        assertEquals("zrj", Glossary.lettersBefore("请zrj", 4));
        assertEquals("", Glossary.lettersBefore("请zrj ", 5));
        assertThrows(IllegalArgumentException.class, () -> new Glossary(List.of(new Term("甲", "a", ""), new Term("乙", "A", ""))),
                "one abbreviation, two terms");
        assertThrows(IllegalArgumentException.class, () -> new Term("甲", "a1", ""), "letters only");
    }

    @Test
    void csvAndLinesGoOutAndComeBackAndBadRowsAreNamedByLine() throws Exception {
        assertEquals(TERMS, GlossaryFile.read(GlossaryFile.writeCsv(TERMS), "g.csv", true));
        assertEquals(TERMS.terms().stream().map(t -> new Term(t.term(), "", "")).toList(),
                GlossaryFile.read(GlossaryFile.writeLines(TERMS), "g.txt", false).terms());
        String bad = "term,abbreviation,note\n陆华,lh\n\n,x\n王建国,w1,处长\n\"未闭合,x\n甲,a,b,c\n乙,LH,\n";
        BadInputException e = assertThrows(BadInputException.class,
                () -> GlossaryFile.read(bad.getBytes(StandardCharsets.UTF_8), "bad.csv", true));
        for (String line : List.of("line 4:", "line 5:", "line 6:", "line 7:", "line 8:")) {
            assertTrue(e.getMessage().contains(line), line + " in " + e.getMessage());
        }
        assertFalse(e.getMessage().contains("line 2:"), e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.csv") || e.getMessage().contains("bad.csv"), e.getMessage());
    }

    @Test
    void aTemplateKeepsTheGlossary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) throws Exception {
        org.shilu.store.Templates templates = new org.shilu.store.Templates(folder);
        Transcript programme = Transcript.newProgramme().withGlossary(TERMS);
        templates.save("行风热线", programme, PortalProfile.DEFAULT);
        assertEquals(TERMS, templates.load("行风热线").transcript().glossary());
    }

    @Test
    void theGlossaryIsInTheProjectTheJournalAndUndoAndAnEmptyOneWritesNothing() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        ProjectJson json = new ProjectJson();
        assertFalse(new String(json.write(sample), StandardCharsets.UTF_8).contains("glossary"), "older files keep their bytes");
        Document document = new Document(sample.transcript());
        UndoStack undo = new UndoStack(document);
        List<Splice> journal = new java.util.ArrayList<>();
        document.addListener(change -> journal.add(Splice.between(change.before(), change.after())));
        document.apply(new Edit.SetGlossary(TERMS));
        Transcript with = document.transcript();
        assertEquals(TERMS, json.read(json.write(sample.with(with, sample.profile())), "p").transcript().glossary());
        JournalCodec codec = new JournalCodec();
        var decoded = (JournalCodec.Change) codec.decode(codec.encode(new JournalCodec.Change(journal.get(0),
                org.shilu.model.Draft.NONE)), 1, "journal");
        assertEquals(with, decoded.splice().applyTo(sample.transcript()), "the journal's line brings the glossary back");
        undo.undo();
        assertEquals(Glossary.EMPTY, document.transcript().glossary());
        var emptied = (JournalCodec.Change) codec.decode(codec.encode(new JournalCodec.Change(journal.get(1),
                org.shilu.model.Draft.NONE)), 2, "journal");
        assertEquals(Glossary.EMPTY, emptied.splice().applyTo(with).glossary(), "emptied, as undo left it");
    }
}
