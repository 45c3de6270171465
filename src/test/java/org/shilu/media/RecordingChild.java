package org.shilu.media;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that records, for RecordingCrashTest to kill: from a line fed in real time by the tone
 * in args[0], into args[1]; prints "given SECONDS" as the line gives sound, until it is killed.
 */
public final class RecordingChild {
    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        FileInput input = FileFedLine.of(Path.of(args[0]), true);
        Recorder.start(input.line(), Path.of(args[1]), new Recorder.Listener() {
            @Override
            public void level(double peakDb, double seconds) {
                System.out.println("given " + input.given.get() / 32_000.0);
            }

            @Override
            public void silent(Duration silence) {
            }

            @Override
            public void ended(double seconds, Exception failure) {
                System.out.println("ended " + failure);
            }
        });
        new java.util.concurrent.CountDownLatch(1).await(); // recording until the test kills this process
    }
}
