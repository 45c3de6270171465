package org.shilu.format;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Mutated samples end in a model or a refusal, never another exception. (The full fuzz test of the
 * store issue goes further; this one guards the reader while it is young.)
 */
class PortalTextReaderRobustnessTest {
    private static final String[] PIECES = {"[", "]", "【", "】", ":", "：", "\n", "\r", "\r\n", " [09:25]", "[2022-2-30 9:00:00]",
        " [2022-3-23 9:03:54]", "主持人:", "\u00A0", "正序\u00A0\u00A0\u00A0\u00A0 倒序", "(", "）", "\u3000", "[02-27 08:59]", "嘉宾"};

    @Test
    void mutatedSamplesNeverThrowAnythingButARefusal() throws Exception {
        byte[] sample = SampleRoundTripTest.sampleBytes();
        String text = new String(sample, StandardCharsets.UTF_8);
        Random random = new Random(42);
        PortalTextReader reader = new PortalTextReader();
        PortalTextWriter writer = new PortalTextWriter();
        for (int i = 0; i < 2_000; i++) {
            StringBuilder mutated = new StringBuilder(text);
            for (int m = 0; m < 1 + random.nextInt(20); m++) {
                int at = random.nextInt(mutated.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> mutated.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    case 1 -> mutated.delete(at, Math.min(mutated.length(), at + random.nextInt(30)));
                    default -> mutated.insert(at, (char) random.nextInt(0x3000));
                }
            }
            byte[] bytes = mutated.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(10) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                PortalReadResult read = reader.read(bytes, "case " + i);
                assertNotNull(writer.write(read.project().transcript(), read.project().profile()));
            } catch (BadInputException refused) {
                assertNotNull(refused.getMessage());
            }
        }
    }
}
