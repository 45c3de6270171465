package org.shilu.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.shilu.model.Turn;

/** What the benchmarks of the window share: work run on the FX thread, and generated turns. */
final class FxBench {
    private FxBench() {
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /** {@code count} turns alternating host and guest, of varied length, the same for the same count. */
    static List<Turn> generated(int count) {
        Random random = new Random(count);
        String words = "各位听众朋友们上午好,这里是《行风热线》栏目,因为疫情防控特殊原因,本期节目我们以电话联线的方式进行。";
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> Turn.of(i % 2 == 0 ? "s1" : "s2", words.substring(random.nextInt(10))))
                .toList();
    }
}
