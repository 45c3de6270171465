package org.shilu.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.shilu.cli.Cli;
import org.shilu.format.PortalProfile;
import org.shilu.format.PortalTextWriter;
import org.shilu.model.Header;
import org.shilu.model.Role;
import org.shilu.model.Speaker;
import org.shilu.model.Transcript;
import org.shilu.model.Turn;

/**
 * The command line's limits, measured: (1) time per turn converting pages whose every turn has a
 * speaker of its own, against pages of the same size with 100 speakers, alternating in one run, at
 * 1,000 to 100,000 turns; (2) converting a 100 MB page, each conversion in a JVM of its own: the
 * smallest heap cap, as a multiple of the input, it converts in. Run:
 * {@code mvn -q test-compile exec:exec@convert-benchmark}
 */
public final class ConvertBenchmark {
    private static final int ROUNDS = 9;
    private static final String WORDS = "各位听众朋友们上午好,这里是《行风热线》栏目。市局党组通过线上形式定期召开党组会,统筹研究讨论疫情防控和资源规划工作"
            + "各项事宜,争取“双胜利”。森林防火方面。春天是森林火情最多发的时节,当前,在出行不便的情况下,我局坚持每天通过电话、微信等方式督促各地";

    private ConvertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path folder = Files.createTempDirectory("shilu-convert-bench");
        try {
            speakers(folder);
            memory(folder);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static void speakers(Path folder) throws Exception {
        System.out.println("time per turn, portal text to json + html + portal text (in process, alternating; µs):");
        System.out.println("   turns  speakers      p50      p90      p99    worst   | 100 speakers p50  p90   worst  | ratio p50");
        for (int turns : new int[] {1_000, 10_000, 100_000}) {
            Path few = write(folder, "few-" + turns, generate(turns, 100));
            Path many = write(folder, "many-" + turns, generate(turns, turns));
            double[] manyTimes = new double[ROUNDS];
            double[] fewTimes = new double[ROUNDS];
            for (int round = -2; round < ROUNDS; round++) {
                double a = convertMicrosPerTurn(many, folder, turns);
                double b = convertMicrosPerTurn(few, folder, turns);
                if (round >= 0) {
                    manyTimes[round] = a;
                    fewTimes[round] = b;
                }
            }
            Arrays.sort(manyTimes);
            Arrays.sort(fewTimes);
            System.out.printf("%8d  %8d  %7.2f  %7.2f  %7.2f  %7.2f   |  %7.2f  %7.2f  %7.2f  |  %.2f%n", turns, turns,
                    p(manyTimes, 50), p(manyTimes, 90), p(manyTimes, 99), manyTimes[ROUNDS - 1],
                    p(fewTimes, 50), p(fewTimes, 90), fewTimes[ROUNDS - 1], p(manyTimes, 50) / p(fewTimes, 50));
        }
    }

    private static double convertMicrosPerTurn(Path input, Path folder, int turns) {
        long start = System.nanoTime();
        for (String to : new String[] {"json", "html", "portal-text"}) {
            int exit = new Cli(System.out, System.err).run("convert", input.toString(), "--to", to, "-o",
                    folder.resolve("out." + to).toString());
            if (exit != 0) {
                throw new IllegalStateException("convert failed: " + exit);
            }
        }
        return (System.nanoTime() - start) / 1e3 / turns;
    }

    private static void memory(Path folder) throws Exception {
        Path big = write(folder, "big", generate(500_000, 3));
        long size = Files.size(big);
        System.out.printf("%nheap converting a %.0f MB page: the smallest heap cap (-Xmx, as a multiple of the input) it"
                + " converts in, of 1.5 / 2 / 2.5 / 3, and the most the heap kept live after a collection there:%n", size / 1e6);
        String classPath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path project = folder.resolve("big.shilu");
        for (String[] step : new String[][] {{big.toString(), "json", project.toString()}, {big.toString(), "portal-text", ""},
                {big.toString(), "html", ""}, {project.toString(), "portal-text", ""}}) {
            String output = step[2].isEmpty() ? folder.resolve("big-out." + step[1]).toString() : step[2];
            long input = Files.size(Path.of(step[0]));
            String result = "does not convert within 3 x (target <= 3)";
            for (double factor : new double[] {1.5, 2, 2.5, 3}) {
                long cap = (long) (factor * input);
                Process child = new ProcessBuilder(java, "-Xmx" + cap / 1024 + "k", "-cp", classPath,
                        ConvertBenchmark.class.getName(), "child", "convert", step[0], "--to", step[1], "-o", output)
                        .redirectErrorStream(true).start();
                String printed = new String(child.getInputStream().readAllBytes()).strip();
                if (child.waitFor() == 0) {
                    long live = Long.parseLong(printed.substring(printed.lastIndexOf(' ') + 1));
                    result = String.format("converts within %.1f x (-Xmx%dm); most live after a collection %4.0f MB = %.2f x",
                            factor, cap / (1024 * 1024), live / 1e6, live / (double) input);
                    break;
                }
            }
            System.out.printf("  %-10s %4.0f MB -> %-11s %s%n", Path.of(step[0]).getFileName(), input / 1e6, step[1], result);
        }
    }

    /** In its own JVM: one conversion, then the heap's peak. */
    private static void child(String[] args) {
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(after, Math::max);
            }, null, null);
        }
        int exit = new Cli(System.out, System.err).run(args);
        System.out.println("live " + peak.get());
        System.exit(exit);
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static Path write(Path folder, String name, Transcript transcript) throws Exception {
        return Files.write(folder.resolve(name + ".txt"), new PortalTextWriter().writeBytes(transcript, PortalProfile.DEFAULT));
    }

    static Transcript generate(int turnCount, int speakerCount) {
        Random random = new Random(20220323);
        List<Speaker> roster = new ArrayList<>(speakerCount);
        roster.add(Speaker.of("s1", "主持人", Role.HOST));
        for (int s = 2; s <= speakerCount; s++) {
            roster.add(Speaker.of("s" + s, "嘉宾" + s, Role.GUEST));
        }
        List<Turn> turns = new ArrayList<>(turnCount);
        LocalDateTime time = LocalDateTime.of(2022, 3, 23, 9, 0);
        for (int i = 0; i < turnCount; i++) {
            int start = random.nextInt(WORDS.length() - 80);
            time = time.plusSeconds(1 + random.nextInt(3));
            String speaker = roster.get(speakerCount == turnCount ? i : random.nextInt(speakerCount)).id();
            turns.add(new Turn(speaker, List.of(WORDS.substring(start, start + 40 + random.nextInt(40))), null, time));
        }
        return new Transcript(new Header("在线访谈", "行风热线", Header.DEFAULT_SECTION_LABEL, null, List.of()), roster, turns);
    }

}
