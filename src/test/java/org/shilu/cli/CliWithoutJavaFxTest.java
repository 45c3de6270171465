package org.shilu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs in a JVM that has no JavaFX at all, so it cannot be starting the toolkit. */
class CliWithoutJavaFxTest {
    @TempDir
    Path folder;

    private static String classPathWithoutJavaFx() {
        return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.matches(".*(javafx|openjfx|testfx|controlsfx).*")).toList());
    }

    private static Process start(String... args) throws Exception {
        return start(java.util.Map.of(), args);
    }

    private static Process start(java.util.Map<String, String> env, String... args) throws Exception {
        return start(env, List.of(), args);
    }

    private static Process start(java.util.Map<String, String> env, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPathWithoutJavaFx(), "org.shilu.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(env);
        return builder.start();
    }

    @Test
    void convertAndVersionRunWithoutJavaFxOnTheClassPath() throws Exception {
        Path sample = Files.write(folder.resolve("sample.txt"), CliTest.sample());
        Process convert = start("convert", sample.toString(), "--to", "json");
        String output = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, convert.exitValue(), output);
        assertTrue(output.startsWith("{") && output.contains("陆华副局长"), output);

        Process version = start("--version");
        String printed = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(version.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, version.exitValue(), printed);
        assertTrue(printed.startsWith("shilu "), printed);
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndNoDisplayIsSaidInOneLine() throws Exception {
        for (String typo : List.of("--verison", "--bogus", "-x")) {
            Process wrong = start(typo);
            String printed = new String(wrong.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(wrong.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, wrong.exitValue(), printed);
            assertTrue(printed.contains("unknown option " + typo) && printed.contains("Usage:"), printed);
        }
        Process window = start();
        String printed = new String(window.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(window.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, window.exitValue(), printed);
        assertTrue(printed.contains("needs a display") && printed.contains("shilu convert"), printed);
        assertTrue(!printed.contains("Exception") && !printed.contains("\tat "), "no stack trace: " + printed);
    }

    @Test
    void aChineseFileNameUnderLangCIsOneClearLine() throws Exception {
        Path sample = Files.write(folder.resolve("实录.txt"), CliTest.sample());
        Process convert = start(java.util.Map.of("LANG", "C", "LC_ALL", "C"), "convert", sample.toString(), "--to", "json");
        String printed = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(60, TimeUnit.SECONDS));
        if (convert.exitValue() != 0) { // a JVM that cannot name the file in this locale
            assertEquals(1, convert.exitValue(), printed);
            assertTrue(printed.contains("LANG=C.UTF-8") && printed.lines().count() == 1, printed);
        } else {
            assertTrue(printed.startsWith("{"), printed);
        }
        assertTrue(!printed.contains("Exception") && !printed.contains("\tat "), "no stack trace: " + printed);
    }

    @Test
    void runningOutOfMemoryIsOneClearLine() throws Exception {
        Path page = Files.writeString(folder.resolve("big.txt"), "[主持人]:各位听众朋友们上午好,这里是《行风热线》栏目。\n".repeat(400_000));
        Process convert = start(java.util.Map.of(), List.of("-Xmx16m"), "convert", page.toString(), "--to", "json", "-o",
                folder.resolve("big.shilu").toString());
        String printed = new String(convert.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(convert.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, convert.exitValue(), printed);
        assertTrue(printed.contains("not enough memory") && printed.lines().count() == 1, printed);
        assertTrue(!Files.exists(folder.resolve("big.shilu")), "nothing half written");
    }
}
