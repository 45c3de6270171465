package org.shilu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static byte[] sample() throws IOException {
        try (InputStream in = CliTest.class.getResourceAsStream("/org/shilu/samples/lianyungang-2022-03-23.portal.txt")) {
            return in.readAllBytes();
        }
    }

    private Path sampleFile() throws IOException {
        return Files.write(folder.resolve("sample.txt"), sample());
    }

    @Test
    void convertsToJsonOnStandardOutputAndBackToTheSameBytesInAFile() throws Exception {
        assertEquals(0, run("convert", sampleFile().toString(), "--to", "json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\" : \"shilu\"") && json.contains("陆华副局长"), json);
        Path project = Files.write(folder.resolve("sample.shilu"), out.toByteArray());
        Path back = folder.resolve("back.txt");
        assertEquals(0, run("convert", project.toString(), "--to", "portal-text", "-o", back.toString()));
        assertArrayEquals(sample(), Files.readAllBytes(back));
        assertEquals("", err());
    }

    @Test
    void writesThePageAndTheFragmentButReadsNeither() throws Exception {
        Path page = folder.resolve("sample.html");
        assertEquals(0, run("convert", sampleFile().toString(), "--to", "html", "-o", page.toString()));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("陆华副局长") && html.contains("<script>"), html);
        assertEquals(0, run("convert", sampleFile().toString(), "--to", "html-fragment"));
        String fragment = out.toString(StandardCharsets.UTF_8);
        assertTrue(fragment.startsWith("<div") && fragment.contains("[主持人]:") && !fragment.contains("<script"), fragment);
        assertEquals(2, run("convert", page.toString(), "--from", "html", "--to", "json"));
        assertTrue(err().contains("only writes"), err());
    }

    @Test
    void fromOverridesDetection() throws Exception {
        assertEquals(1, run("convert", sampleFile().toString(), "--from", "json", "--to", "portal-text"));
        assertTrue(err().contains("sample.txt") && err().contains("not a"), err());
    }

    @Test
    void warningsGoToStandardErrorWithTheirLines() throws Exception {
        Path file = Files.writeString(folder.resolve("intro.txt"), "以下是访谈文字实录:\n[主持人]:你好。");
        assertEquals(0, run("convert", file.toString(), "--to", "portal-text"));
        assertEquals("shilu: warning: " + file + ", line 1: text before the first turn is kept as the introduction\n", err());
        assertEquals("以下是访谈文字实录:\n[主持人]:你好。", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badInputExitsWithOneAndNamesTheFileAndLine() throws Exception {
        Path file = Files.write(folder.resolve("bad.txt"), new byte[] {'a', '\n', 'b', '\n', (byte) 0x81, (byte) 0xFF});
        assertEquals(1, run("convert", file.toString(), "--to", "json"));
        assertTrue(err().startsWith("shilu: " + file + ", line 3, byte 4: "), err());
        assertEquals(0, out.size());
    }

    @Test
    void aMissingFileIsBadInput() {
        assertEquals(1, run("convert", folder.resolve("none.txt").toString(), "--to", "json"));
        assertTrue(err().contains("none.txt: no such file"), err());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        assertEquals(2, run("convert", sampleFile().toString()));
        assertEquals(2, run("convert", "--to", "json"));
        assertEquals(2, run("convert", sampleFile().toString(), "--to", "pdf"));
        assertEquals(2, run("convert", sampleFile().toString(), "--to", "json", "--colour"));
        assertEquals(2, run("frobnicate"));
        assertTrue(err().contains("Usage:"), err());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("shilu \\d+\\.\\d+\\.\\d+.*\\n"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("convert INPUT --to portal-text|json"));
    }
}
