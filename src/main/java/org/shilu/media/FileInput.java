package org.shilu.media;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.TargetDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A sound input fed from a WAV file (over and over), in real time like a microphone or as fast as
 * it is read: how the tests and the benchmarks record with no sound card. Counts the bytes it gave.
 * {@code -Dshilu.soundInput.file=FILE.wav} offers one among the inputs (SoundInputs.system).
 */
public final class FileInput {
    public final AtomicLong given = new AtomicLong();
    private final byte[] sound;
    private final boolean realTime;
    private volatile boolean open;
    private volatile boolean running;
    private long startedAt;

    private FileInput(byte[] sound, boolean realTime) {
        this.sound = sound;
        this.realTime = realTime;
    }

    /** The line of {@code wav}'s sound (16-bit mono 16 kHz, as Recorder records). */
    public static FileInput of(Path wav, boolean realTime) throws IOException, UnsupportedAudioFileException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            if (!in.getFormat().matches(Recorder.FORMAT)) {
                throw new IllegalArgumentException("not in the recorder's format: " + in.getFormat());
            }
            return new FileInput(in.readAllBytes(), realTime);
        }
    }

    public TargetDataLine line() {
        return (TargetDataLine) Proxy.newProxyInstance(TargetDataLine.class.getClassLoader(),
                new Class<?>[] {TargetDataLine.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "open" -> {
                        open = true;
                        yield null;
                    }
                    case "start" -> {
                        running = true;
                        startedAt = System.nanoTime();
                        yield null;
                    }
                    case "stop" -> {
                        running = false;
                        yield null;
                    }
                    case "close" -> {
                        open = false;
                        running = false;
                        yield null;
                    }
                    case "isOpen" -> open;
                    case "isRunning", "isActive" -> running;
                    case "read" -> read((byte[]) args[0], (int) args[1], (int) args[2]);
                    case "getFormat" -> Recorder.FORMAT;
                    case "getBufferSize" -> 32_000;
                    case "available" -> 0;
                    case "getLineInfo" -> new Line.Info(TargetDataLine.class);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "a line fed from a file";
                    default -> null;
                });
    }

    private int read(byte[] into, int offset, int length) throws InterruptedException {
        if (!running) {
            return 0;
        }
        long from = given.get();
        if (realTime) {
            // As a microphone: the bytes come as the time to say them passes.
            long due = startedAt + (long) ((from + length) / 32_000.0 * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }
        for (int i = 0; i < length; i++) {
            into[offset + i] = sound[(int) ((from + i) % sound.length)];
        }
        given.addAndGet(length);
        return length;
    }
}
