package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/** The Word document, opened again with POI: its text in order, and the fonts and styles it says. */
class DocxWriterTest {
    private static XWPFDocument written(Project project) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(TranscriptFormat.DOCX.write(project)));
    }

    private static String font(XWPFRun run) {
        return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
    }

    @Test
    void theSampleHasItsHeadingInHeiAndEveryTurnInSongWithTheLabelInBoldAndItsTime() throws Exception {
        Project sample = new Project(SampleRoundTripTest.readSample().project().transcript(), PortalProfile.DEFAULT);
        Transcript transcript = sample.transcript();
        try (XWPFDocument document = written(sample)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            XWPFParagraph heading = paragraphs.get(0);
            assertEquals(transcript.header().heading(), heading.getText());
            assertEquals(ParagraphAlignment.CENTER, heading.getAlignment());
            assertEquals(DocxWriter.HEADING_FONT, font(heading.getRuns().get(0)));
            assertEquals(16.0, heading.getRuns().get(0).getFontSizeAsDouble());
            String styles = new String(document.getStyles().getPackagePart().getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(styles.contains("w:eastAsia=\"zh-CN\"") && styles.contains("w:eastAsia=\"宋体\""),
                    "the document's defaults: East Asian language zh-CN, font 宋体: " + styles);
            int at = paragraphs.size() - transcript.turns().stream().mapToInt(t -> t.paragraphs().size()).sum();
            for (Turn turn : transcript.turns()) {
                XWPFParagraph first = paragraphs.get(at);
                XWPFRun label = first.getRuns().get(0);
                assertEquals(transcript.speakerOf(turn).label(), label.text());
                assertTrue(label.isBold(), "the speaker's label is bold");
                LocalDateTime spoken = turn.spokenAt() != null ? turn.spokenAt() : turn.publishedAt();
                String time = spoken == null ? "" : " " + java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(spoken);
                assertEquals(transcript.speakerOf(turn).label() + time + "：" + turn.paragraphs().get(0), first.getText());
                for (XWPFRun run : first.getRuns()) {
                    assertEquals(DocxWriter.BODY_FONT, font(run), "Chinese text in 宋体 as an East Asian font attribute");
                    assertEquals(DocxWriter.LATIN_FONT, run.getFontFamily(XWPFRun.FontCharRange.ascii));
                }
                for (int p = 1; p < turn.paragraphs().size(); p++) {
                    assertEquals(turn.paragraphs().get(p), paragraphs.get(at + p).getText(), "paragraphs kept");
                }
                at += turn.paragraphs().size();
            }
            assertEquals(paragraphs.size(), at);
        }
    }

    @Test
    void hostileTextIsWrittenAsTextAndWhatXmlCannotHoldIsReplaced() throws Exception {
        Transcript transcript = new Transcript(new Header("<w:p>标题</w:p>", "节目&amp;", Header.DEFAULT_SECTION_LABEL,
                java.time.LocalDate.of(2022, 3, 23), List.of()), List.of(Speaker.of("h", "主持人<b>&", Role.HOST)),
                List.of(new Turn("h", List.of("一\u0001二\uD800三", "</w:t><w:t>𠀀"), LocalDateTime.of(2022, 3, 23, 9, 3, 15),
                        null, false, null)));
        try (XWPFDocument document = written(new Project(transcript, PortalProfile.DEFAULT))) {
            List<String> texts = new ArrayList<>(document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertEquals(List.of("<w:p>标题</w:p>", "节目&amp;", "2022年3月23日", "主持人<b>& 09:03:15：一\uFFFD二\uFFFD三",
                    "</w:t><w:t>𠀀"), texts);
            assertEquals("<w:p>标题</w:p>", document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void aTurnWithoutATimeShowsNone() throws Exception {
        Transcript transcript = new Transcript(Header.EMPTY, List.of(Speaker.of("g", "嘉宾", Role.GUEST)),
                List.of(Turn.of("g", "答")));
        try (XWPFDocument document = written(new Project(transcript, PortalProfile.DEFAULT))) {
            assertEquals(List.of("嘉宾：答"), document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertNull(document.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void doubtMarksAreHighlightedOnlyWhenAskedForTheReviewer() throws Exception {
        Transcript transcript = new Transcript(Header.EMPTY, List.of(Speaker.of("g", "嘉宾", Role.GUEST)),
                List.of(Turn.of("g", "请陆华局长介绍。", "路华桥通车。").withDoubts(List.of(new org.shilu.model.Doubt(1, "陆华"),
                        new org.shilu.model.Doubt(9, "路华")))));
        Project project = new Project(transcript, PortalProfile.DEFAULT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TranscriptFormat.DOCX.write(project, out, true);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(List.of("嘉宾：请陆华局长介绍。", "路华桥通车。"),
                    document.getParagraphs().stream().map(XWPFParagraph::getText).toList(), "the text as without marks");
            List<String> highlighted = document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(XWPFRun::isHighlighted).map(XWPFRun::text).toList();
            assertEquals(List.of("陆华", "路华"), highlighted);
        }
        try (XWPFDocument plain = written(project)) {
            assertEquals(List.of(), plain.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(XWPFRun::isHighlighted).toList(), "the document sent for approval has none");
        }
    }
}
