package org.shilu.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.shilu.format.PortalProfile;
import org.shilu.format.PortalReadResult;
import org.shilu.format.PortalTextReader;
import org.shilu.format.PortalTextWriter;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * Reads and writes a generated 20 MB portal text (100,000 turns) and compares each with the plain
 * baseline measured in the same run: {@code Files.readString} plus splitting into lines, and
 * joining the lines plus {@code Files.writeString}. Run:
 * {@code mvn -q test-compile exec:exec@portal-text-benchmark}
 */
public final class PortalTextBenchmark {
    private static final int TURNS = 100_000;
    private static final int ROUNDS = 11;
    private static final String WORDS = "各位听众朋友们上午好,这里是《行风热线》栏目。市局党组通过线上形式定期召开党组会,统筹研究讨论疫情防控和资源规划工作"
            + "各项事宜,争取“双胜利”。森林防火方面。春天是森林火情最多发的时节,当前,在出行不便的情况下,我局坚持每天通过电话、微信等方式督促各地";

    private PortalTextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Transcript transcript = generate(new Random(20220323));
        PortalTextWriter writer = new PortalTextWriter();
        PortalTextReader reader = new PortalTextReader();
        Path file = Files.createTempFile("shilu-bench", ".txt");
        Path out = Files.createTempFile("shilu-bench-out", ".txt");
        try {
            Files.write(file, writer.writeBytes(transcript, PortalProfile.DEFAULT));
            long size = Files.size(file);
            List<String> lines = Arrays.asList(Files.readString(file).split("\n", -1));
            System.out.printf("portal text: %d turns, %.1f MB, %d lines%n", TURNS, size / 1e6, lines.size());

            double[] readTimes = compare(() -> Files.readString(file).split("\n", -1).length, () -> {
                PortalReadResult result = reader.read(Files.readAllBytes(file), file.toString());
                return result.project().transcript().turns().size();
            });
            double[] writeTimes = compare(() -> {
                Files.writeString(out, String.join("\n", lines));
                return 0;
            }, () -> {
                Files.write(out, writer.writeBytes(transcript, PortalProfile.DEFAULT));
                return 0;
            });
            System.out.printf("read : %7.1f ms  baseline (readString + split lines) %7.1f ms  ratio %.2f  (target <= 3)%n",
                    readTimes[1], readTimes[0], readTimes[1] / readTimes[0]);
            System.out.printf("write: %7.1f ms  baseline (join lines + writeString)  %7.1f ms  ratio %.2f  (target <= 2)%n",
                    writeTimes[1], writeTimes[0], writeTimes[1] / writeTimes[0]);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
        }
    }

    interface Work {
        int run() throws Exception;
    }

    /**
     * Median milliseconds of a baseline and of the work measured, alternating round by round so that
     * both see the same machine, after as many warm-up rounds.
     */
    private static double[] compare(Work baseline, Work measured) throws Exception {
        int sink = 0;
        double[] base = new double[ROUNDS];
        double[] work = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
            System.gc(); // collect the last round's garbage outside the measured time, for both alike
            long start = System.nanoTime();
            sink += baseline.run();
            long middle = System.nanoTime();
            sink += measured.run();
            long end = System.nanoTime();
            if (round >= 0) {
                base[round] = (middle - start) / 1e6;
                work[round] = (end - middle) / 1e6;
            }
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.println();
        }
        Arrays.sort(base);
        Arrays.sort(work);
        return new double[] {base[ROUNDS / 2], work[ROUNDS / 2]};
    }

    static Transcript generate(Random random) {
        List<Speaker> roster = List.of(Speaker.of("h", "主持人", Role.HOST), Speaker.of("g", "陆华副局长", Role.GUEST),
                Speaker.of("c", "听众", Role.CALLER));
        List<Turn> turns = new ArrayList<>(TURNS);
        LocalDateTime time = LocalDateTime.of(2022, 3, 23, 9, 0);
        for (int i = 0; i < TURNS; i++) {
            int paragraphs = random.nextInt(10) == 0 ? 3 : 1;
            List<String> text = new ArrayList<>(paragraphs);
            for (int p = 0; p < paragraphs; p++) {
                int start = random.nextInt(WORDS.length() - 80);
                text.add(WORDS.substring(start, start + 40 + random.nextInt(40)));
            }
            time = time.plusSeconds(5 + random.nextInt(60));
            String speaker = i % 2 == 0 ? "h" : random.nextInt(4) == 0 ? "c" : "g";
            turns.add(new Turn(speaker, text, time.minusSeconds(4), time));
        }
        Header header = new Header("连云港市自然资源和规划局 在线访谈", "行风热线", Header.DEFAULT_SECTION_LABEL, null, List.of());
        return new Transcript(header, roster, turns);
    }
}
