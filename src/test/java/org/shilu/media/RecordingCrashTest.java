package org.shilu.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A recording process killed with SIGKILL: once recovered, its file plays, and ends within a second of the kill. */
class RecordingCrashTest {
    @TempDir
    Path folder;

    @Test
    @Timeout(120)
    void aRecordingKilledMidwayPlaysAfterRecoveryToWithinASecondOfTheKill() throws Exception {
        Path tone = FileFedLine.tone(folder.resolve("tone.wav"), 440, 0.5, 1.0);
        Path file = folder.resolve("programme.wav");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), RecordingChild.class.getName(), tone.toString(),
                file.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        double given = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // Killed between two of the header's updates (they come every second), after 2.5 s of sound.
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                given = Double.parseDouble(line.substring("given ".length()));
                if (given >= 2.5) {
                    child.destroyForcibly(); // SIGKILL: nothing of the recorder's runs after it
                    break;
                }
            }
        }
        assertEquals(true, child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(given >= 2.5, "the child recorded: " + given);
        double recovered = WavFile.recover(file);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            double plays = in.readAllBytes().length / 32_000.0;
            assertEquals(recovered, plays, 1e-9, "the header tells what plays");
            assertTrue(plays >= given - 1.0 && plays <= given + 0.2, "plays " + plays + " s of the " + given + " s given before the kill");
        }
    }

    @Test
    void aHeaderLeftBehindIsMadeToTellTheWholeLengthAndAFrameCutInHalfGoes() throws Exception {
        Path file = folder.resolve("cut.wav");
        WavFile wav = WavFile.create(file, Recorder.FORMAT);
        byte[] second = new byte[32_000];
        java.util.Arrays.fill(second, (byte) 7);
        wav.write(second, second.length);
        wav.sync();
        wav.write(second, second.length); // written, the header not brought up to date: as a crash leaves it
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.APPEND)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1})); // half a frame
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertEquals(32_000, in.readAllBytes().length, "before: the header's second only");
        }
        assertEquals(2.0, WavFile.recover(file), 1e-9);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertEquals(64_000, in.readAllBytes().length);
        }
        assertEquals(2.0, WavFile.recover(file), 1e-9, "again: nothing to do");
    }
}
