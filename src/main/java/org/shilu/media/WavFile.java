package org.shilu.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import javax.sound.sampled.AudioFormat;

/**
 * A PCM WAV file written as it is recorded. Its sound goes to the file as it comes, and its header
 * (which says how long the sound is) is brought up to date at every {@link #sync}, about once a
 * second; so a recording cut off by a crash or a {@code kill -9} plays up to its last sync, and
 * {@link #recover} makes its header tell the whole length that reached the file.
 */
public final class WavFile implements AutoCloseable {
    static final int HEADER = 44;
    private final FileChannel channel;
    private final AudioFormat format;
    private long dataBytes;

    WavFile(FileChannel channel, AudioFormat format) {
        this.channel = channel;
        this.format = format;
    }

    /** A new file (an existing one is refused) for 16-bit signed little-endian PCM in {@code format}. */
    public static WavFile create(Path file, AudioFormat format) throws IOException {
        if (format.getSampleSizeInBits() != 16 || format.isBigEndian()
                || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            throw new IllegalArgumentException("a recording is 16-bit signed little-endian PCM: " + format);
        }
        return create(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), format);
    }

    /** A recording into {@code channel} (a test's, which fails like a full disk). */
    static WavFile create(FileChannel channel, AudioFormat format) throws IOException {
        WavFile wav = new WavFile(channel, format);
        try {
            channel.write(header(format, 0), 0);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return wav;
    }

    /** Appends sound, whole frames. */
    public void write(byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer, HEADER + dataBytes + buffer.position());
        }
        dataBytes += length;
    }

    /** The header brought up to date and everything forced to the disk. */
    public void sync() throws IOException {
        channel.write(header(format, dataBytes), 0);
        channel.force(false);
    }

    /** How long the sound written is. */
    public double seconds() {
        return dataBytes / (double) format.getFrameSize() / format.getFrameRate();
    }

    @Override
    public void close() throws IOException {
        try {
            sync();
        } finally {
            channel.close();
        }
    }

    /**
     * Makes the header of a recording cut off by a crash tell the whole length on the disk, less a
     * frame cut in half. Returns the seconds of sound; a file whose header is already right is left
     * as it was.
     */
    public static double recover(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // reads the header
            }
            if (head.position() < HEADER || head.getInt(0) != 0x46464952 || head.getInt(8) != 0x45564157) {
                throw new IOException(file + " is not a WAV file Shilu wrote");
            }
            int channels = head.getShort(22);
            float rate = head.getInt(24);
            int frame = head.getShort(32);
            long data = channel.size() - HEADER;
            data -= data % frame;
            AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
            if (head.getInt(40) != (int) data || channel.size() != HEADER + data) {
                channel.truncate(HEADER + data);
                channel.write(header(format, data), 0);
                channel.force(false);
            }
            return data / (double) frame / rate;
        }
    }

    private static ByteBuffer header(AudioFormat format, long dataBytes) {
        int frame = format.getFrameSize();
        int rate = Math.round(format.getSampleRate());
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0x46464952).putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes)).putInt(0x45564157) // RIFF size WAVE
                .putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) format.getChannels()) // "fmt " PCM
                .putInt(rate).putInt(rate * frame).putShort((short) frame).putShort((short) 16)
                .putInt(0x61746164).putInt((int) Math.min(0xFFFFFFFFL, dataBytes)); // "data" size
        return header.flip();
    }
}
