package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.shilu.model.Transcript;

/**
 * The Word export as a reader's program shows it: the sample's document turned into a PDF by
 * LibreOffice (Debian's libreoffice-writer-nogui, headless; .ci/run installs it), its text read back
 * with pdftotext, its fonts listed with pdffonts, and its first page drawn by pdftoppm and looked at:
 * a centred heading on top, then the turns' lines. The PDF and the picture are left in
 * target/docx-render for a person to look at.
 */
class DocxRenderTest {
    private static final Path OUT = Path.of("target", "docx-render");

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] said = process.getInputStream().readAllBytes();
        // Generous: LibreOffice's first start on a loaded machine; a hang, not a time.
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), command.get(0) + " did not end");
        String text = new String(said, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed: " + text);
        return text;
    }

    private static String tool(String name) {
        for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new AssertionError(name + " is not installed: this test needs Debian's libreoffice-writer-nogui and"
                + " poppler-utils, which .ci/run installs");
    }

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void libreOfficeShowsTheSampleWithItsHeadingCentredAboveTheTurnsInAChineseFont() throws Exception {
        Files.createDirectories(OUT);
        Project sample = new Project(SampleRoundTripTest.readSample().project().transcript(), PortalProfile.DEFAULT);
        Transcript transcript = sample.transcript();
        Path docx = OUT.resolve("sample.docx");
        Files.write(docx, TranscriptFormat.DOCX.write(sample));
        Path profile = Files.createTempDirectory("shilu-lo-profile");
        run(List.of(tool("soffice"), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", OUT.toAbsolutePath().toString(), docx.toAbsolutePath().toString()));
        Path pdf = OUT.resolve("sample.pdf");

        String text = run(List.of(tool("pdftotext"), "-enc", "UTF-8", pdf.toString(), "-")).replaceAll("\\s+", "");
        assertTrue(text.startsWith(transcript.header().heading().replaceAll("\\s+", "")), text);
        int from = 0;
        for (var turn : transcript.turns()) {
            String line = transcript.speakerOf(turn).label();
            int at = text.indexOf(line, from);
            assertTrue(at >= 0, "turn by " + line + " after character " + from + " of the PDF's text");
            String words = turn.paragraphs().get(0).replaceAll("\\s+", "");
            assertTrue(text.indexOf(words.substring(0, Math.min(12, words.length())), at) >= 0, words);
            from = at;
        }
        String fonts = run(List.of(tool("pdffonts"), pdf.toString()));
        // No SimSun or SimHei on a Debian machine: LibreOffice takes the Chinese font there is, and embeds it.
        assertTrue(fonts.lines().skip(2).anyMatch(line -> line.matches(
                "(?i).*(wenquanyi|wqy|noto\\w*cjk|source ?han|simsun|simhei|song|hei|ming|kai).*\\byes\\b.*")),
                "the Chinese text is set in a Chinese font, embedded: " + fonts);

        run(List.of(tool("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", pdf.toString(),
                OUT.resolve("page").toString()));
        Path png;
        try (var pages = Files.list(OUT)) {
            png = pages.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        BufferedImage page = ImageIO.read(png.toFile());
        List<int[]> lines = inkedLines(page);
        assertTrue(lines.size() >= 8, "the first page holds the heading and lines of turns: " + lines.size() + " lines");
        int[] heading = lines.get(0);
        int middle = page.getWidth() / 2;
        assertTrue(Math.abs((heading[1] + heading[2]) / 2 - middle) < page.getWidth() / 20,
                "the heading is centred: ink from " + heading[1] + " to " + heading[2] + " on a page " + page.getWidth() + " wide");
        int[] turnLine = lines.get(lines.size() / 2);
        assertTrue(turnLine[1] < heading[1], "a turn's line starts at the margin, left of the centred heading");
    }

    /** Each band of rows with ink, top to bottom: its first row, and its leftmost and rightmost inked column. */
    private static List<int[]> inkedLines(BufferedImage page) {
        List<int[]> lines = new java.util.ArrayList<>();
        int[] current = null;
        for (int y = 0; y < page.getHeight(); y++) {
            int left = -1;
            int right = -1;
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 160) {
                    left = left < 0 ? x : left;
                    right = x;
                }
            }
            if (left >= 0 && current == null) {
                current = new int[] {y, left, right};
                lines.add(current);
            } else if (left >= 0) {
                current[1] = Math.min(current[1], left);
                current[2] = Math.max(current[2], right);
            } else {
                current = null;
            }
        }
        return lines;
    }
}
