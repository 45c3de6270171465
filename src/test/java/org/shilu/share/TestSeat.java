package org.shilu.share;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.shilu.model.Document;
import org.shilu.model.Edit;
import org.shilu.model.Transcript;

/**
 * A seat without a window, for tests: its store, its document, and a thread standing in for the
 * window's, where the document is touched and the seat's events arrive. Conflicts are collected.
 */
public final class TestSeat implements AutoCloseable {
    public final SharedStore store;
    public final Document document;
    public final SeatSync sync;
    public final List<SharedStore.Conflict> conflicts = new CopyOnWriteArrayList<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();

    public TestSeat(PostgresForTests server, String user, int port, UUID programme) throws Exception {
        this(server.open(user, port), user, programme);
    }

    public TestSeat(SharedStore opened, String user, UUID programme) throws Exception {
        this(opened, user, programme, null);
    }

    /** A seat that keeps its changes not yet sent in {@code pending}, and sends what a killed seat left there. */
    public TestSeat(SharedStore opened, String user, UUID programme, java.nio.file.Path pending) throws Exception {
        store = opened;
        SharedStore.Snapshot joined = store.join(programme);
        document = new Document(joined.transcript());
        sync = new SeatSync(store, joined, user, document, thread, pending, new org.shilu.share.SeatEvents() {
            @Override
            public void state(boolean online, int waiting) {
            }

            @Override
            public void conflict(SharedStore.Conflict conflict) {
                conflicts.add(conflict);
            }
        });
    }

    /** Does {@code work} with the document on its thread, and gives back what it returns. */
    public <T> T on(Callable<T> work) throws Exception {
        return thread.submit(work).get(30, TimeUnit.SECONDS);
    }

    public void edit(Function<Transcript, Edit> edit) throws Exception {
        on(() -> document.apply(edit.apply(document.transcript())));
    }

    public Transcript transcript() throws Exception {
        return on(document::transcript);
    }

    @Override
    public void close() throws Exception {
        sync.close();
        thread.shutdown();
        store.close();
    }
}
