package org.shilu.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that never lie and never clobber, and failures that end in one clear line. */
class CliWritesTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(OutputStream out, String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private String err() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains(".tmp"),
                "one clear line, about the user's own file: " + text);
        return text;
    }

    private Path sample() throws IOException {
        return Files.write(folder.resolve("sample.txt"), CliTest.sample());
    }

    @Test
    void aWordDocumentIsWrittenWithToDocxAndSaysNothingOnStandardError() throws Exception {
        Path docx = folder.resolve("sample.docx");
        assertEquals(0, run("convert", sample().toString(), "--to", "docx", "-o", docx.toString()), err());
        assertEquals("", err(), "POI's logging stays quiet");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertEquals("连云港市自然资源和规划局 在线访谈", document.getParagraphs().get(0).getText());
            assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("陆华副局长 09:03:54：主持人好")));
        }
    }

    @Test
    void aFailingStandardOutputIsReportedWithExitOne() throws Exception {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        assertEquals(1, run(full, "convert", sample().toString(), "--to", "json"));
        assertTrue(err().contains("standard output") && err().contains("incomplete"), err());
    }

    @Test
    void somethingThatIsNotARegularFileIsRefusedNeverReplaced() throws Exception {
        Path sample = sample();
        Path subfolder = Files.createDirectory(folder.resolve("a folder"));
        assertEquals(1, run("convert", sample.toString(), "--to", "json", "-o", subfolder.toString()));
        assertTrue(err().contains(subfolder + ": cannot be written: is a folder"), err());
        assertTrue(Files.isDirectory(subfolder));
        err.reset();
        assertEquals(1, run("convert", sample.toString(), "--to", "json", "-o", "/"));
        assertTrue(err().contains("/: cannot be written: is a folder"), err());
        err.reset();
        Path fifo = folder.resolve("fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);
        assertEquals(1, run("convert", sample.toString(), "--to", "json", "-o", fifo.toString()));
        assertTrue(err().contains("fifo: cannot be written: is a device or pipe"), err());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo));
    }

    @Test
    void aSymlinkIsWrittenThroughAndAPrivateFileStaysPrivate() throws Exception {
        Path target = Files.writeString(folder.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(folder.resolve("link.txt"), Path.of("private.txt"));
        assertEquals(0, run("convert", sample().toString(), "--to", "portal-text", "-o", link.toString()), err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertArrayEquals(CliTest.sample(), Files.readAllBytes(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFileTheUserMayNotWriteIsRefusedAsTheShellWould() throws Exception {
        Path target = Files.writeString(folder.resolve("read-only.txt"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        boolean shellWould = Files.isWritable(target); // root writes anyway, as the shell lets it
        int exit = run("convert", sample().toString(), "--to", "portal-text", "-o", target.toString());
        if (shellWould) {
            assertEquals(0, exit, err());
            assertArrayEquals(CliTest.sample(), Files.readAllBytes(target));
        } else {
            assertEquals(1, exit);
            assertTrue(err().contains(target + ": cannot be written: permission denied"), err());
            assertEquals("old", Files.readString(target));
        }
    }

    @Test
    void aMissingFolderIsNamedWithTheUsersPath() throws Exception {
        Path target = folder.resolve("no such").resolve("out.json");
        assertEquals(1, run("convert", sample().toString(), "--to", "json", "-o", target.toString()));
        assertEquals("shilu: " + target + ": cannot be written: no such folder\n", err());
    }

    @Test
    void aLongChineseNameFitsAndLeftoversOfAKilledRunAreCleared() throws Exception {
        Path target = folder.resolve("中".repeat(79) + ".txt");
        assertEquals(0, run("convert", sample().toString(), "--to", "portal-text", "-o", target.toString()), err());
        assertArrayEquals(CliTest.sample(), Files.readAllBytes(target));
        Path programme = folder.resolve("节目.txt");
        Path leftover = Files.writeString(folder.resolve(".节目.txt.shilu-0badf00d.tmp"), "half");
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        assertEquals(0, run("convert", sample().toString(), "--to", "portal-text", "-o", programme.toString()), err());
        assertFalse(Files.exists(leftover), "a temporary file an hour old is a killed run's");
        try (var files = Files.list(folder)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void aTimeFormatThatCannotPrintOrBeReadBackIsRefusedWithItsFieldAndLine() throws Exception {
        assertEquals(0, run("convert", sample().toString(), "--to", "json", "-o", folder.resolve("p.shilu").toString()));
        String project = Files.readString(folder.resolve("p.shilu"));
        for (String pattern : new String[] {"uuuu-M-d H:mm:ss z", "uuuu-M-d H:mm:ss XXX", "uuuu-M-d\\nH:mm:ss", "'['HH:mm']'"}) {
            err.reset();
            Path bad = Files.writeString(folder.resolve("bad.shilu"), project.replace("\"uuuu-M-d H:mm:ss\"", "\"" + pattern + "\""));
            assertEquals(1, run("convert", bad.toString(), "--to", "portal-text"), pattern);
            assertTrue(err().matches("shilu: .*bad.shilu, line \\d+: profile.timePattern: the time format .*\n"), err());
        }
    }

    @Test
    void controlCharactersFromTheInputAreShownEscaped() throws Exception {
        String name = "clear\u001b[2J\rshilu: done\u0007.txt";
        assertEquals(1, run("convert", folder.resolve(name).toString(), "--to", "json"));
        assertTrue(err().contains("clear\\x1b[2J\\x0dshilu: done\\x07.txt: no such file"), err());
    }

    @Test
    void nothingIsWrittenThatShiluCouldNotReadBack() throws Exception {
        assertEquals(0, run("convert", sample().toString(), "--to", "json", "-o", folder.resolve("p.shilu").toString()));
        String project = Files.readString(folder.resolve("p.shilu"));
        Path withNul = Files.writeString(folder.resolve("nul.shilu"), project.replaceFirst("各位听众朋友们", "各位\\\\u0000听众朋友们"));
        Path out = folder.resolve("out.txt");
        assertEquals(1, run("convert", withNul.toString(), "--to", "portal-text", "-o", out.toString()));
        assertTrue(err().contains("out.txt: not written: turn 1 has a NUL character"), err());
        assertFalse(Files.exists(out));
    }

    @Test
    void gb18030ComesBackAsGb18030AndAnotherEncodingCanBeChosen() throws Exception {
        byte[] gb = new String(CliTest.sample(), StandardCharsets.UTF_8).getBytes("GB18030");
        Path page = Files.write(folder.resolve("gb.txt"), gb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, "convert", page.toString(), "--to", "portal-text"));
        assertArrayEquals(gb, out.toByteArray());
        out.reset();
        assertEquals(0, run(out, "convert", page.toString(), "--to", "portal-text", "--encoding", "utf-8"));
        assertArrayEquals(CliTest.sample(), out.toByteArray());
    }
}
