package org.shilu.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecorderTest {
    @TempDir
    Path folder;

    /** What a recording told its listener. */
    static final class Heard implements Recorder.Listener {
        final List<Double> levels = new CopyOnWriteArrayList<>();
        final List<Duration> silences = new CopyOnWriteArrayList<>();
        final CompletableFuture<Exception> ended = new CompletableFuture<>();
        /** Completed once this many seconds of sound are in the file. */
        final CompletableFuture<Void> reached = new CompletableFuture<>();
        private final double until;
        volatile double seconds;

        Heard(double until) {
            this.until = until;
        }

        @Override
        public void level(double peakDb, double at) {
            levels.add(peakDb);
            seconds = at;
            if (at >= until) {
                reached.complete(null);
            }
        }

        @Override
        public void silent(Duration silence) {
            silences.add(silence);
        }

        @Override
        public void ended(double at, Exception failure) {
            seconds = at;
            ended.complete(failure == null ? new Exception("stopped") : failure);
        }
    }

    @Test
    void whatTheInputGivesIsInTheFileWhichPlaysWithItsLevelsTold() throws Exception {
        Path tone = FileFedLine.tone(folder.resolve("tone.wav"), 440, 0.5, 1.0);
        FileInput input = FileFedLine.of(tone, false);
        Heard heard = new Heard(3);
        Path file = folder.resolve("programme.wav");
        Recorder recorder = Recorder.start(input.line(), file, heard);
        heard.reached.get(30, TimeUnit.SECONDS);
        recorder.stop();
        assertEquals("stopped", heard.ended.get(30, TimeUnit.SECONDS).getMessage());
        byte[] recorded = FileFedLine.pcmOf(file);
        assertEquals(input.given.get(), recorded.length, "every byte the input gave");
        byte[] second = java.util.Arrays.copyOfRange(recorded, 32_000, 64_000);
        assertArrayEquals(FileFedLine.pcmOf(tone), second, "the tone again, a second in");
        assertEquals(-6.0, heard.levels.get(heard.levels.size() / 2), 0.2, "a tone at half of full scale peaks at -6 dB");
        assertTrue(heard.silences.isEmpty());
        assertEquals(recorded.length / 32_000.0, AudioSystem.getAudioFileFormat(file.toFile()).getFrameLength() / 16_000.0, 1e-9);
    }

    @Test
    void thirtySecondsOfSilenceAreToldOnce() throws Exception {
        FileInput input = FileFedLine.of(FileFedLine.tone(folder.resolve("quiet.wav"), 440, 0, 1.0), false);
        Heard heard = new Heard(45);
        Recorder recorder = Recorder.start(input.line(), folder.resolve("quiet-programme.wav"), heard);
        heard.reached.get(30, TimeUnit.SECONDS);
        recorder.stop();
        heard.ended.get(30, TimeUnit.SECONDS);
        assertEquals(List.of(Recorder.SILENCE_WARNING), heard.silences);
    }

    @Test
    void aFullDiskStopsTheRecordingSaysSoAndLeavesAFileThatPlays() throws Exception {
        Path tone = FileFedLine.tone(folder.resolve("tone.wav"), 440, 0.5, 1.0);
        FileInput input = FileFedLine.of(tone, false);
        Path file = folder.resolve("full.wav");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Heard heard = new Heard(Double.MAX_VALUE);
        Recorder.start(input.line(), WavFile.create(new DiskFullAfter(channel, 100_000), Recorder.FORMAT), file, heard);
        Exception failure = heard.ended.get(30, TimeUnit.SECONDS);
        assertTrue(failure instanceof IOException && failure.getMessage().contains("No space left"), String.valueOf(failure));
        WavFile.recover(file);
        byte[] kept = FileFedLine.pcmOf(file);
        assertTrue(kept.length > 0 && kept.length <= 100_000, "what fitted plays: " + kept.length);
    }

    /** A file on a disk that is full after {@code room} bytes. */
    private static final class DiskFullAfter extends FileChannel {
        private final FileChannel file;
        private final long room;

        DiskFullAfter(FileChannel file, long room) {
            this.file = file;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            if (position + src.remaining() > room) {
                throw new IOException("No space left on device");
            }
            return file.write(src, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return file.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return file.read(dsts, offset, length);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, file.position());
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public long position() throws IOException {
            return file.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            file.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, java.nio.channels.WritableByteChannel target) throws IOException {
            return file.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(java.nio.channels.ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return file.read(dst, position);
        }

        @Override
        public java.nio.MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return file.map(mode, position, size);
        }

        @Override
        public java.nio.channels.FileLock lock(long position, long size, boolean shared) throws IOException {
            return file.lock(position, size, shared);
        }

        @Override
        public java.nio.channels.FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            file.close();
        }
    }
}
