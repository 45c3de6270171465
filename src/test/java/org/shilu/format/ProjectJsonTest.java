package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProjectJsonTest {
    private final ProjectJson json = new ProjectJson();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private BadInputException refusal(String text) {
        return assertThrows(BadInputException.class, () -> json.read(utf8(text), "p.shilu"));
    }

    @Test
    void theSampleRoundTripsLosslessly() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        byte[] written = json.write(sample);
        Project back = json.read(written, "sample.shilu");
        assertEquals(sample.transcript(), back.transcript());
        assertEquals(sample.profile(), back.profile());
        assertArrayEquals(written, json.write(back));
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"format\" : \"shilu\",\n  \"version\" : 1,"), text.substring(0, 60));
        assertTrue(text.contains("陆华副局长"), "Chinese is written as text, not escapes");
    }

    private static void assertArrayEquals(byte[] expected, byte[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual);
    }

    @Test
    void anApprovedTurnStaysApprovedAndAnUnapprovedOneWritesNoFlag() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        java.util.List<org.shilu.model.Turn> turns = new java.util.ArrayList<>(sample.transcript().turns());
        turns.set(1, turns.get(1).withApproved(true));
        Project approved = sample.with(sample.transcript().withTurns(turns), sample.profile());
        String written = new String(json.write(approved), StandardCharsets.UTF_8);
        assertEquals(1, written.split("\"approved\"", -1).length - 1, "only the approved turn says so");
        Project back = json.read(written.getBytes(StandardCharsets.UTF_8), "approved.shilu");
        assertTrue(back.transcript().turns().get(1).approved());
        assertEquals(approved.transcript(), back.transcript());
        org.shilu.format.JournalCodec codec = new org.shilu.format.JournalCodec();
        org.shilu.model.Splice splice = new org.shilu.model.Splice(null, null, 2, 0, java.util.List.of(turns.get(1)));
        var decoded = codec.decode(codec.encode(new JournalCodec.Change(splice, org.shilu.model.Draft.NONE)), 1, "journal");
        assertEquals(splice, ((JournalCodec.Change) decoded).splice(), "the journal keeps the approval too");
    }

    @Test
    void idsOutOfTheirPlaceAndTheReviewAreWrittenAndReadBackAndTheJournalKeepsThemToo() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        org.shilu.model.Document document = new org.shilu.model.Document(sample.transcript());
        java.time.LocalDateTime nine = java.time.LocalDateTime.of(2022, 3, 23, 9, 0);
        document.logCorrectionsAs("校对甲", () -> nine);
        document.apply(new org.shilu.model.Edit.SetReview(
                document.transcript().review().markPublished(document.transcript(), nine)));
        document.apply(new org.shilu.model.Edit.MoveTurn(0, 1));
        var corrected = document.apply(new org.shilu.model.Edit.ReplaceTurn(2,
                document.transcript().turns().get(2).withParagraphs(java.util.List.of("更正后的话"))));
        Project reviewed = sample.with(document.transcript(), sample.profile());
        String written = new String(json.write(reviewed), StandardCharsets.UTF_8);
        String turnsPart = written.substring(written.indexOf("\"turns\""), written.indexOf("\"profile\""));
        assertEquals(2, turnsPart.split("\"id\" : \"t", -1).length - 1, "only the two moved turns write their ids");
        assertTrue(written.contains("\"seat\" : \"校对甲\""), written);
        Project back = json.read(written.getBytes(StandardCharsets.UTF_8), "reviewed.shilu");
        assertEquals(reviewed.transcript(), back.transcript());
        assertEquals(ids(reviewed), ids(back));
        assertEquals(written, new String(json.write(back), StandardCharsets.UTF_8));

        JournalCodec codec = new JournalCodec();
        var change = JournalCodec.Change.between(corrected.before(), corrected.after(), org.shilu.model.Draft.NONE);
        String line = codec.encode(change);
        assertTrue(!line.contains("\"published\"") && line.contains("\"kept\":0"),
                "a correction's line holds the correction, not the published version again: " + line);
        var decoded = (JournalCodec.Change) codec.decode(line, 1, "journal");
        org.shilu.model.Transcript replayed = decoded.applyTo(corrected.before());
        assertEquals(corrected.after(), replayed);
        assertEquals(ids(reviewed), replayed.turns().stream().map(org.shilu.model.Turn::id).toList());
        var unpublished = JournalCodec.Change.between(corrected.after(), corrected.after().withReview(
                org.shilu.model.Review.NONE), org.shilu.model.Draft.NONE);
        var cleared = (JournalCodec.Change) codec.decode(codec.encode(unpublished), 2, "journal");
        assertEquals(org.shilu.model.Review.NONE, cleared.applyTo(corrected.after()).review(),
                "a review taken back by undo is taken back in the journal");
    }

    private static java.util.List<String> ids(Project project) {
        return project.transcript().turns().stream().map(org.shilu.model.Turn::id).toList();
    }

    @Test
    void thePortalsPunctuationWidthIsKeptWhenNamedAndWritesNothingWhenNot() throws Exception {
        Project sample = SampleRoundTripTest.readSample().project();
        String plain = new String(json.write(sample), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!plain.contains("punctuationWidth"), "a layout that names no width writes none: older files keep their bytes");
        Project named = sample.with(sample.transcript(),
                sample.profile().withPunctuationWidth(org.shilu.model.PunctuationWidth.Direction.FULL));
        Project read = json.read(json.write(named), "named");
        assertEquals(org.shilu.model.PunctuationWidth.Direction.FULL, read.profile().punctuationWidth());
        assertEquals(named.profile(), json.readProfile(json.writeProfile(named.profile()), "settings"), "and in the settings");
    }

    @Test
    void aFileThatIsNotAProjectIsRefused() {
        assertTrue(refusal("{\"name\": \"x\"}").getMessage().contains("not a Shilu project"));
        assertTrue(refusal("[1, 2]").getMessage().contains("not a Shilu project"));
    }

    @Test
    void aNewerVersionIsRefusedByName() {
        BadInputException e = refusal("{\"format\":\"shilu\",\"version\":7}");
        assertTrue(e.getMessage().contains("newer Shilu (version 7)"), e.getMessage());
    }

    @Test
    void brokenJsonNamesTheLine() {
        BadInputException e = refusal("{\"format\":\"shilu\",\n\"version\":1,\n\"header\": {,}}");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("p.shilu, line 3"), e.getMessage());
    }

    @Test
    void wrongTypesNameTheFieldAndLine() {
        String text = "{\"format\":\"shilu\",\"version\":1,\"header\":{},\"speakers\":[],\n\"turns\":[{\"speaker\":\"s1\",\"paragraphs\":\"x\"}]}";
        BadInputException e = refusal(text);
        assertTrue(e.getMessage().contains("turns[0].paragraphs"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void invalidContentIsRefusedWithWhere() {
        String text = "{\"format\":\"shilu\",\"version\":1,\"header\":{},\"speakers\":[],"
                + "\"turns\":[{\"speaker\":\"nobody\",\"paragraphs\":[\"x\"]}]}";
        BadInputException e = refusal(text);
        assertTrue(e.getMessage().contains("unknown speaker nobody"), e.getMessage());
    }

    @Test
    void invalidContentNamesTheLineOfThePartAtFault() {
        String text = "{\"format\":\"shilu\",\"version\":1,\"header\":{},\n\"speakers\":[\n"
                + "{\"id\":\"s1\",\"label\":\"主持人\",\"role\":\"HOST\"},\n"
                + "{\"id\":\"s2\",\"label\":\"\",\"role\":\"GUEST\"}],\n\"turns\":[]}";
        BadInputException e = refusal(text);
        assertTrue(e.getMessage().contains("speakers[1]"), e.getMessage());
        assertEquals(4, e.line(), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        BadInputException e = refusal("{\"format\":\"shilu\",\"version\":1,\"x\":" + deep + "}");
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    /** Found by PlaybackTest: fields a project's reader knows were kept as unknown and written back over every change. */
    @org.junit.jupiter.api.Test
    void theGlossaryTheDeskAndTheRecordingChangedAfterOpeningAreSavedAsChanged() throws Exception {
        org.shilu.model.Transcript first = org.shilu.model.Transcript.newProgramme()
                .withGlossary(new org.shilu.model.Glossary(java.util.List.of(new org.shilu.model.Glossary.Term("陆华", "lh", ""))))
                .withDesk(org.shilu.model.Desk.EMPTY.withAllowed(java.util.List.of("李洪伟")))
                .withRecording(new org.shilu.model.Recording("a.wav", java.time.LocalDateTime.of(2022, 3, 23, 9, 0)));
        Project opened = json.read(json.write(new Project(first, PortalProfile.DEFAULT)), "p.shilu");
        assertEquals(java.util.Map.of(), opened.unknownFields());
        org.shilu.model.Transcript changed = opened.transcript()
                .withGlossary(new org.shilu.model.Glossary(java.util.List.of(new org.shilu.model.Glossary.Term("市局", "sj", ""))))
                .withDesk(org.shilu.model.Desk.EMPTY.withAllowed(java.util.List.of("王五")))
                .withRecording(new org.shilu.model.Recording("b.wav", java.time.LocalDateTime.of(2022, 3, 23, 9, 1)));
        Project saved = json.read(json.write(opened.with(changed, opened.profile())), "p.shilu");
        assertEquals(changed, saved.transcript());
    }
}
