package org.shilu.ui.common;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * The one place where work crosses between the JavaFX thread and the background: blocking work
 * (reading, saving, exporting) runs on a background thread, and its result comes back here.
 */
public final class UiThread implements AutoCloseable {
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shilu-background");
        thread.setDaemon(true);
        return thread;
    });

    /** Runs {@code work} off the FX thread, then hands its result or its failure to the FX thread. */
    public <T> void inBackground(Callable<T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        Objects.requireNonNull(onResult);
        Objects.requireNonNull(onFailure);
        if (background.isShutdown()) {
            // The application is stopping (a window hidden on the way out): the work is done here and now.
            try {
                onResult.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return;
        }
        background.execute(() -> {
            try {
                T result = work.call();
                onFx(() -> onResult.accept(result));
            } catch (Exception e) {
                onFx(() -> onFailure.accept(e));
            }
        });
    }

    /** Starts {@code work} in the background at once, for a result taken with {@link #takeBeforeShowing}. */
    public <T> Future<T> startEarly(Callable<T> work) {
        return background.submit(work);
    }

    /**
     * Called while a window is being built, before it shows: hands what {@code reading} gives to
     * {@code onResult} here and now if it comes within {@code wait}, so that the window shows with it
     * already laid out. Otherwise, or if the reading failed, the result or the failure comes to the
     * FX thread later, as with {@link #inBackground}: once the window has shown, so that any message
     * is over it.
     */
    public <T> void takeBeforeShowing(Future<T> reading, Duration wait, Consumer<T> onResult, Consumer<Exception> onFailure) {
        T result;
        try {
            result = reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            inBackground(() -> resultOf(reading), onResult, onFailure);
            return;
        }
        onResult.accept(result);
    }

    private static <T> T resultOf(Future<T> reading) throws Exception {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Runs {@code work} on a thread of its own (so that it never holds up the background's reading
     * and saving), then {@code then} on the FX thread, whether the work succeeded or not.
     */
    public void aside(String name, Runnable work, Runnable then) {
        Thread thread = new Thread(() -> {
            try {
                work.run();
            } finally {
                onFx(then);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs on the FX thread once what it does now is done: while a window starts, after it has shown. */
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    /** Runs on the FX thread: now if already there, else at the next pulse. */
    public void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /**
     * Asks on the FX thread from another thread, and waits for the answer: for a background worker
     * that needs the user (an unknown host key). Never called on the FX thread itself.
     */
    public <T> T waitFor(Callable<T> onFx, T ifStopped) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the FX thread cannot wait for itself");
        }
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(onFx);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return ifStopped;
        }
    }

    @Override
    public void close() {
        background.shutdown();
    }
}
