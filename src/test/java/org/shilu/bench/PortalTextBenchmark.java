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
 * baseline measured in the same run, alternating: {@code Files.readString} plus splitting into
 * lines, and joining the lines plus {@code Files.writeString}; p50, p90, p99 and worst. Then a cold
 * import: the whole process in a fresh JVM, against the baseline in one. Run:
 * {@code mvn -q test-compile exec:exec@portal-text-benchmark}
 */
public final class PortalTextBenchmark {
    private static final int TURNS = 100_000;
    private static final int ROUNDS = 21;
    private static final String WORDS = "各位听众朋友们上午好,这里是《行风热线》栏目。市局党组通过线上形式定期召开党组会,统筹研究讨论疫情防控和资源规划工作"
            + "各项事宜,争取“双胜利”。森林防火方面。春天是森林火情最多发的时节,当前,在出行不便的情况下,我局坚持每天通过电话、微信等方式督促各地";

    private PortalTextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            coldChild(args[0], Path.of(args[1]));
            return;
        }
        Transcript transcript = generate(new Random(20220323));
        PortalTextWriter writer = new PortalTextWriter();
        PortalTextReader reader = new PortalTextReader();
        Path file = Files.createTempFile("shilu-bench", ".txt");
        Path out = Files.createTempFile("shilu-bench-out", ".txt");
        try {
            Files.write(file, writer.writeBytes(transcript, PortalProfile.DEFAULT));
            long size = Files.size(file);
            List<String> lines = Arrays.asList(Files.readString(file).split("\n", -1));
            System.out.printf("portal text: %d turns, %.1f MB, %d lines; %d alternating rounds after as many warm-up"
                    + " rounds (ms)%n", TURNS, size / 1e6, lines.size(), ROUNDS);
            System.out.println("           p50      p90      p99    worst   | baseline p50     p90   worst   | ratio p50  p90");
            report("read ", compare(() -> Files.readString(file).split("\n", -1).length, () -> {
                PortalReadResult result = reader.read(Files.readAllBytes(file), file.toString());
                return result.project().transcript().turns().size();
            }), "readString + split lines; target <= 3");
            report("write", compare(() -> {
                Files.writeString(out, String.join("\n", lines));
                return 0;
            }, () -> {
                Files.write(out, writer.writeBytes(transcript, PortalProfile.DEFAULT));
                return 0;
            }), "join lines + writeString; target <= 2");
            cold(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
        }
    }

    static void report(String what, double[][] times, String baseline) {
        double[] base = times[0];
        double[] work = times[1];
        System.out.printf("%s %7.1f  %7.1f  %7.1f  %7.1f   |  %7.1f  %7.1f  %7.1f  |  %.2f  %.2f   (%s)%n", what,
                p(work, 50), p(work, 90), p(work, 99), work[work.length - 1], p(base, 50), p(base, 90),
                base[base.length - 1], p(work, 50) / p(base, 50), p(work, 90) / p(base, 90), baseline);
    }

    /**
     * A real import runs once, in a fresh JVM: the whole process, start to exit, reading the file
     * with Shilu against reading it with {@code readString} + split, alternating.
     */
    private static void cold(Path file) throws Exception {
        int rounds = 7;
        double[] base = new double[rounds];
        double[] work = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            base[round] = process("baseline", file);
            work[round] = process("read", file);
        }
        Arrays.sort(base);
        Arrays.sort(work);
        System.out.printf("cold import, the whole process (%d alternating runs, ms): Shilu p50 %.0f, p90 %.0f, worst %.0f"
                        + "  | readString + split p50 %.0f, p90 %.0f, worst %.0f  | ratio p50 %.2f%n", rounds,
                p(work, 50), p(work, 90), work[rounds - 1], p(base, 50), p(base, 90), base[rounds - 1],
                p(work, 50) / p(base, 50));
    }

    private static double process(String what, Path file) throws Exception {
        long start = System.nanoTime();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), PortalTextBenchmark.class.getName(), what, file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (child.waitFor() != 0) {
            throw new IllegalStateException(what + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void coldChild(String what, Path file) throws Exception {
        int count = what.equals("read") ? org.shilu.store.TranscriptFiles.read(file, null).result().project().transcript()
                .turns().size() : Files.readString(file).split("\n", -1).length;
        System.out.println(count);
    }

    static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    interface Work {
        int run() throws Exception;
    }

    /** Milliseconds of a baseline and of the work measured, alternating round by round, sorted. */
    static double[][] compare(Work baseline, Work measured) throws Exception {
        int sink = 0;
        double[] base = new double[ROUNDS];
        double[] work = new double[ROUNDS];
        for (int round = -ROUNDS; round < ROUNDS; round++) {
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
        return new double[][] {base, work};
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
