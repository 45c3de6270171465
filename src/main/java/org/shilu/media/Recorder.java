package org.shilu.media;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * Records a sound input to a WAV file on a thread of its own: a tenth of a second at a time, the
 * file's header brought up to date and forced to the disk every second (so a crash loses at most
 * the last second), the level of each piece told to a listener, and a silence of
 * {@link #SILENCE_WARNING} told once. A failed write (a full disk) stops the recording and is told;
 * nothing here ever waits on the window.
 */
public final class Recorder {
    /** How long the input may stay silent before the listener hears of it. */
    public static final Duration SILENCE_WARNING = Duration.ofSeconds(30);
    /** Below this peak level (dB under full scale) a piece counts as silence. */
    static final double SILENCE_DB = -50;
    /** Speech, mono, 16 bits at 16 kHz: 32 KB a second, 110 MB for an hour. */
    public static final AudioFormat FORMAT = new AudioFormat(16_000, 16, 1, true, false);

    /** What the recording says as it goes; called on the recorder's thread. */
    public interface Listener {
        /** The loudest sample of the last tenth of a second, in dB under full scale (-inf for none). */
        void level(double peakDb, double seconds);

        /** The input has been silent this long ({@link #SILENCE_WARNING}, told once per silence). */
        void silent(Duration silence);

        /** The recording ended: {@code failure} is null when it was stopped, else why it stopped (a full disk). */
        void ended(double seconds, Exception failure);
    }

    private final TargetDataLine line;
    private final AudioFormat format;
    private final WavFile file;
    private final Listener listener;
    private volatile boolean stopping;
    private Thread thread;

    private Recorder(TargetDataLine line, AudioFormat format, WavFile file, Listener listener) {
        this.line = line;
        this.format = format;
        this.file = file;
        this.listener = listener;
    }

    /** Opens {@code line} in {@link #FORMAT}, creates {@code target} and starts recording into it. */
    public static Recorder start(TargetDataLine line, Path target, Listener listener)
            throws LineUnavailableException, IOException {
        return start(line, WavFile.create(target, FORMAT), target, listener);
    }

    static Recorder start(TargetDataLine line, WavFile file, Path target, Listener listener)
            throws LineUnavailableException, IOException {
        Objects.requireNonNull(listener, "listener");
        AudioFormat format = FORMAT;
        try {
            line.open(format, (int) (format.getFrameRate() * format.getFrameSize())); // a second of buffer
            line.start();
        } catch (LineUnavailableException | RuntimeException e) {
            file.close();
            java.nio.file.Files.deleteIfExists(target);
            throw e;
        }
        Recorder recorder = new Recorder(line, format, file, listener);
        recorder.thread = new Thread(recorder::run, "shilu-recorder");
        recorder.thread.setDaemon(true);
        recorder.thread.start();
        return recorder;
    }

    /** Stops recording and waits (at most a few seconds) until the file is whole on the disk. */
    public void stop() throws InterruptedException {
        stopping = true;
        line.stop();
        thread.join(5000);
    }

    private void run() {
        int piece = (int) (format.getFrameRate() / 10) * format.getFrameSize();
        byte[] buffer = new byte[piece];
        long lastSync = System.nanoTime();
        double silentSince = 0; // in seconds of sound: the input's silence, however fast it comes
        boolean told = false;
        Exception failure = null;
        try {
            while (!stopping) {
                int read = line.read(buffer, 0, buffer.length);
                read -= read % format.getFrameSize();
                if (read <= 0) {
                    if (!line.isOpen()) {
                        break;
                    }
                    continue;
                }
                file.write(buffer, read);
                double peak = peakDb(buffer, read);
                double at = file.seconds();
                if (peak > SILENCE_DB) {
                    silentSince = at;
                    told = false;
                } else if (!told && at - silentSince >= SILENCE_WARNING.toSeconds()) {
                    told = true;
                    listener.silent(SILENCE_WARNING);
                }
                listener.level(peak, at);
                long now = System.nanoTime();
                if (now - lastSync >= 1_000_000_000L) {
                    file.sync();
                    lastSync = now;
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            line.close();
            try {
                file.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
            listener.ended(file.seconds(), failure);
        }
    }

    /** The loudest 16-bit little-endian sample, in dB under full scale. */
    static double peakDb(byte[] pcm, int length) {
        int peak = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            int sample = (short) ((pcm[i] & 0xFF) | pcm[i + 1] << 8);
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(peak / 32768.0);
    }
}
