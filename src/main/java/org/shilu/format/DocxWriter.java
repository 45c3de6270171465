package org.shilu.format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import org.shilu.model.Header;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The transcript as a Word document (.docx, written with Apache POI), as editors send it for
 * approval: the heading in 黑体, the programme and the date, then each turn, its speaker's label in
 * bold and the time it was spoken, its paragraphs kept, in 宋体. The Chinese fonts are set as East
 * Asian font attributes, with the document's language zh-CN, so that Word and LibreOffice use them
 * for Chinese text whatever the Latin font. Written only; Shilu does not read it back.
 */
public final class DocxWriter {
    /** The body's font (SimSun). */
    public static final String BODY_FONT = "宋体";
    /** The heading's font (SimHei). */
    public static final String HEADING_FONT = "黑体";
    /** The font of Latin letters and digits. */
    public static final String LATIN_FONT = "Times New Roman";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    /** Whether the typist's doubt marks are highlighted, for the reviewer. */
    private final boolean doubtsHighlighted;

    /** The document as sent for approval, without doubt marks. */
    public DocxWriter() {
        this(false);
    }

    /** With {@code doubtsHighlighted}, each doubt mark's text is highlighted in yellow, for the reviewer. */
    public DocxWriter(boolean doubtsHighlighted) {
        this.doubtsHighlighted = doubtsHighlighted;
    }

    public void write(Project project, OutputStream out) throws IOException {
        Transcript transcript = project.transcript();
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFStyles styles = document.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(LATIN_FONT);
            fonts.setHAnsi(LATIN_FONT);
            fonts.setEastAsia(BODY_FONT);
            styles.setDefaultFonts(fonts);
            styles.setEastAsia("zh-CN");
            Header header = transcript.header();
            String heading = header.heading().isEmpty() ? header.programme() : header.heading();
            document.getProperties().getCoreProperties().setTitle(xmlSafe(heading));
            if (!heading.isEmpty()) {
                XWPFRun run = centred(document, 12).createRun();
                text(run, heading, HEADING_FONT);
                run.setFontSize(16);
            }
            if (!header.programme().isEmpty() && !header.programme().equals(heading)) {
                text(centred(document, 6).createRun(), header.programme(), BODY_FONT);
            }
            if (header.broadcastDate() != null) {
                text(centred(document, 12).createRun(), DATE.format(header.broadcastDate()), BODY_FONT);
            }
            for (String line : header.introduction()) {
                text(paragraph(document).createRun(), line, BODY_FONT);
            }
            for (Turn turn : transcript.turns()) {
                writeTurn(document, transcript, turn, doubtsHighlighted ? turn.doubts() : java.util.List.of());
            }
            document.write(out);
        }
    }

    private static void writeTurn(XWPFDocument document, Transcript transcript, Turn turn,
                                  java.util.List<org.shilu.model.Doubt> doubts) {
        XWPFParagraph first = paragraph(document);
        XWPFRun label = first.createRun();
        text(label, transcript.speakerOf(turn).label(), BODY_FONT);
        label.setBold(true);
        LocalDateTime time = turn.spokenOrPublishedAt();
        if (time != null) {
            XWPFRun when = first.createRun();
            text(when, " " + TIME.format(time), BODY_FONT);
            when.setColor("666666");
        }
        text(first.createRun(), "：", BODY_FONT);
        int at = 0;
        for (int p = 0; p < turn.paragraphs().size(); p++) {
            String paragraph = turn.paragraphs().get(p);
            writeParagraph(p == 0 ? first : paragraph(document), paragraph, at, doubts);
            at += paragraph.length() + 1;
        }
    }

    /** A paragraph's text ({@code start}: where it starts in the turn's text), the doubts in it highlighted. */
    private static void writeParagraph(XWPFParagraph paragraph, String text, int start, java.util.List<org.shilu.model.Doubt> doubts) {
        int at = 0;
        for (org.shilu.model.Doubt doubt : doubts) {
            int from = doubt.start() - start;
            if (from < at || doubt.end() - start > text.length()) {
                continue; // in another paragraph
            }
            if (from > at) {
                text(paragraph.createRun(), text.substring(at, from), BODY_FONT);
            }
            XWPFRun marked = paragraph.createRun();
            text(marked, doubt.text(), BODY_FONT);
            marked.setTextHighlightColor("yellow");
            at = from + doubt.text().length();
        }
        if (at < text.length() || at == 0) {
            text(paragraph.createRun(), text.substring(at), BODY_FONT);
        }
    }

    private static XWPFParagraph centred(XWPFDocument document, int pointsAfter) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(pointsAfter * 20);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingAfter(6 * 20);
        return paragraph;
    }

    /** A run of text in {@code eastAsianFont} (Latin letters in {@link #LATIN_FONT}), 12 pt. */
    private static void text(XWPFRun run, String text, String eastAsianFont) {
        run.setText(xmlSafe(text));
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsianFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(12);
    }

    /** The text with what XML 1.0 cannot hold (control characters but tab, a lone surrogate) as U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else {
                boolean allowed = c == '\t' || c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe.toString();
    }
}
