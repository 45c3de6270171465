package org.shilu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Limits that hold: endless input, a flood of warnings, and output Shilu could not read back. */
class CliLimitsTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void anEndlessDeviceIsRefusedByTheBytesReadWithTheLimitNamed() {
        assertEquals(1, run("convert", "/dev/zero", "--to", "json"));
        assertTrue(err().contains("/dev/zero") && err().contains("256 MB"), err());
        assertEquals(0, out.size());
    }

    @Test
    void aMillionPlainLinesGiveABoundedNumberOfWarnings() throws Exception {
        Path lines = Files.writeString(folder.resolve("lines.txt"), "这是一行没有发言人的文字。\n".repeat(1_000_000));
        assertEquals(0, run("convert", lines.toString(), "--to", "portal-text", "-o", folder.resolve("out.txt").toString()));
        long warnings = err().lines().count();
        assertEquals(101, warnings, "a hundred, then one that sums up the rest");
        assertTrue(err().lines().reduce((a, b) -> b).orElseThrow().contains("999900 more warnings like these"), err());
        assertEquals(Files.mismatch(lines, folder.resolve("out.txt")), -1L, "the text comes back whole");
    }

    @Test
    void aParagraphTooLongForAProjectIsNotWrittenAsOne() throws Exception {
        Path page = Files.writeString(folder.resolve("long.txt"), "[主持人]:" + "长".repeat(16_000_001));
        Path project = folder.resolve("long.shilu");
        assertEquals(1, run("convert", page.toString(), "--to", "json", "-o", project.toString()));
        assertTrue(err().contains("long.shilu: not written: turn 1 has a paragraph of 16000001 characters"), err());
        assertFalse(Files.exists(project));
        err.reset();
        assertEquals(0, run("convert", page.toString(), "--to", "portal-text", "-o", folder.resolve("back.txt").toString()),
                "as portal text it can be read back, and is written");
    }
}
