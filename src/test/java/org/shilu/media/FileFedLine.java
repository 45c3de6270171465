package org.shilu.media;

import java.io.IOException;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Sound for tests: a tone written as WAV, fed in as an input, and what a WAV file plays. */
public final class FileFedLine {
    private FileFedLine() {
    }

    /** The input of {@code wav}'s sound, in real time or as fast as it is read. */
    public static FileInput of(Path wav, boolean realTime) throws IOException, UnsupportedAudioFileException {
        return FileInput.of(wav, realTime);
    }

    /** A tone of {@code hertz} at {@code peak} of full scale, or silence at 0, {@code seconds} long, written as WAV. */
    public static Path tone(Path file, double hertz, double peak, double seconds) throws IOException {
        AudioFormat f = Recorder.FORMAT;
        int frames = (int) (seconds * f.getFrameRate());
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(peak * 32767 * Math.sin(2 * Math.PI * hertz * i / f.getFrameRate()));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        try (AudioInputStream in = new AudioInputStream(new java.io.ByteArrayInputStream(pcm), f, frames)) {
            AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** The sound a WAV file plays. */
    public static byte[] pcmOf(Path wav) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.readAllBytes();
        }
    }
}
