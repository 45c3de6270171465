package org.shilu.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Writes journal lines on a thread of its own, in the order they are given, so that the thread that
 * edits never waits for the disk. The lines waiting are written as one batch, then each journal of
 * the batch is forced once (a group commit): however fast turns come, each waits for one force at
 * most. What reached the disk, and what failed, is told to {@link Reports} on the thread that edits:
 * queued, and taken by a task given to that thread's executor, or by {@link #takeReports}.
 */
final class JournalWriter implements AutoCloseable {
    /** Told on the thread that edits. */
    interface Reports {
        /** Every line numbered up to {@code upTo} given for {@code journal} is on disk. */
        void reached(Journal journal, long upTo);

        /** The line numbered {@code at} failed, and none after it was written to {@code journal}. */
        void failed(Journal journal, long at, IOException failure);
    }

    /** A line to write, or the whole journal to write anew (else: reserve space ahead), and its number. */
    private record Line(Journal journal, byte[] bytes, Supplier<List<String>> whole, long number) {
    }

    private final BlockingQueue<Line> waiting = new LinkedBlockingQueue<>();
    private final Reports reports;
    private final Executor editingThread;
    /** What the writer found, waiting to be told on the thread that edits. */
    private final Queue<Runnable> told = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final Object progress = new Object();
    /** The number of the last line given (on the thread that edits) and of the last line done (guarded by progress). */
    private long given;
    private long done;
    private boolean closed;

    JournalWriter(Reports reports, Executor editingThread) {
        this.reports = reports;
        this.editingThread = editingThread;
        this.thread = new Thread(this::run, "shilu-journal-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Gives a line (without its line end) to append to {@code journal}; returns its number. */
    long append(Journal journal, String line) {
        return give(journal, (line + "\n").getBytes(StandardCharsets.UTF_8), null);
    }

    /**
     * Gives a journal to write whole (atomically, replacing the file), its lines made on the writer's
     * thread from what the caller captured (the model is immutable); returns its number.
     */
    long rewrite(Journal journal, Supplier<List<String>> lines) {
        return give(journal, null, lines);
    }

    /** Asks for space to be reserved ahead in {@code journal} (after a rewrite). */
    void reserve(Journal journal) {
        give(journal, null, null);
    }

    private long give(Journal journal, byte[] bytes, Supplier<List<String>> whole) {
        long number;
        synchronized (progress) {
            if (closed) {
                throw new IllegalStateException("the journal writer is closed");
            }
            number = ++given;
        }
        waiting.add(new Line(journal, bytes, whole, number));
        return number;
    }

    /** The number of the last line given. */
    long lastGiven() {
        synchronized (progress) {
            return given;
        }
    }

    /**
     * Waits until every line given so far is on disk or failed (and reported): before a journal is
     * rewritten, moved or let go, and before the application ends.
     */
    void awaitIdle() {
        boolean interrupted = false;
        synchronized (progress) {
            while (done < given) {
                try {
                    progress.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Line> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(batch);
            writeAndForce(batch);
            synchronized (progress) {
                done = batch.get(batch.size() - 1).number();
                progress.notifyAll();
            }
            batch.clear();
        }
    }

    /** Writes the batch in order, then forces each journal once; reports per journal. */
    private void writeAndForce(List<Line> batch) {
        Map<Journal, Long> written = new LinkedHashMap<>();
        Map<Journal, Line> failedAt = new LinkedHashMap<>();
        Map<Journal, IOException> failures = new LinkedHashMap<>();
        for (Line line : batch) {
            if (failedAt.containsKey(line.journal())) {
                continue;
            }
            if (line.bytes() == null && line.whole() == null) {
                line.journal().reserveAhead();
                continue;
            }
            try {
                if (line.whole() != null) {
                    line.journal().rewrite(line.whole().get());
                } else {
                    line.journal().write(line.bytes());
                }
                written.put(line.journal(), line.number());
            } catch (IOException | RuntimeException e) {
                failedAt.put(line.journal(), line);
                failures.put(line.journal(), asIo(e));
            }
        }
        for (Map.Entry<Journal, Long> entry : written.entrySet()) {
            Journal journal = entry.getKey();
            try {
                journal.force();
                long upTo = entry.getValue();
                tell(() -> reports.reached(journal, upTo));
            } catch (IOException | RuntimeException e) {
                // Nothing written since the last force can be counted on.
                Line first = firstOf(batch, journal);
                failedAt.put(journal, first);
                failures.put(journal, asIo(e));
            }
        }
        failedAt.forEach((journal, line) -> {
            IOException failure = failures.get(journal);
            tell(() -> reports.failed(journal, line.number(), failure));
        });
    }

    private void tell(Runnable report) {
        told.add(report);
        editingThread.execute(this::takeReports);
    }

    /** Tells {@link Reports} what the writer found since last time; on the thread that edits. */
    void takeReports() {
        for (Runnable report; (report = told.poll()) != null; ) {
            report.run();
        }
    }

    private static Line firstOf(List<Line> batch, Journal journal) {
        return batch.stream().filter(line -> line.journal() == journal && (line.bytes() != null || line.whole() != null))
                .findFirst().orElseThrow();
    }

    private static IOException asIo(Exception e) {
        return e instanceof IOException io ? io : new IOException(e.toString(), e);
    }

    /** Writes what was given, then stops the thread. */
    @Override
    public void close() {
        awaitIdle();
        synchronized (progress) {
            closed = true;
        }
        thread.interrupt();
    }
}
