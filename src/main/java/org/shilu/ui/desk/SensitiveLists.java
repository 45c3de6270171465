package org.shilu.ui.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.shilu.check.SensitiveWords;
import org.shilu.model.Transcript;
import org.shilu.store.WordListFiles;
import org.shilu.ui.common.UiThread;
import org.shilu.ui.common.UserSettings;

/**
 * The sensitive-word lists set in Settings, read on a thread of their own at start and again
 * whenever one of them changes on disk or the settings name others; the window hears of each new
 * set of words on the FX thread. A list that cannot be read is reported, and the others still count.
 */
public final class SensitiveLists implements AutoCloseable {
    static final long POLL_MILLIS = 1000;
    private final UserSettings settings;
    private final UiThread uiThread;
    private final Consumer<Exception> report;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "shilu-word-lists");
        thread.setDaemon(true);
        return thread;
    });
    private volatile SensitiveWords words = SensitiveWords.NONE;
    /** Whether the lists the settings named at start have been read (until then nothing unapproved may go out). */
    private volatile boolean read;
    private List<String> seen;

    public SensitiveLists(UserSettings settings, UiThread uiThread, Consumer<Exception> report) {
        this.settings = settings;
        this.uiThread = uiThread;
        this.report = report;
        watch.scheduleWithFixedDelay(this::readIfChanged, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The words in force now. */
    public SensitiveWords words() {
        return words;
    }

    /** Told on the FX thread whenever the words change. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** The listed words in a text of {@code programme}, less its allowed ones. */
    public List<SensitiveWords.Match> find(String text, Transcript programme) {
        return words.find(text, programme.desk().allowed());
    }

    /**
     * Whether the lists named at start are still being read: until they are, every turn is taken
     * to hold a listed word, so that publishing resumed at start lets nothing unapproved out early.
     */
    public boolean stillReading() {
        return !read && !settings.current().sensitiveLists().isEmpty();
    }

    /** The ranges of a text that hold listed words, for the marks of the list and the preview. */
    public Function<String, List<int[]>> ranges(Supplier<Transcript> programme) {
        return text -> words.isEmpty() ? List.of()
                : find(text, programme.get()).stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    /** Reads the lists again at once (after Settings changed them), without waiting for the next look. */
    public void readNow() {
        watch.execute(this::readIfChanged);
    }

    private void readIfChanged() {
        List<Path> lists = settings.current().sensitiveLists().stream().map(Path::of).toList();
        List<String> stamps = WordListFiles.stamps(lists);
        if (stamps.equals(seen)) {
            return;
        }
        seen = stamps;
        WordListFiles.Loaded loaded = WordListFiles.load(lists);
        uiThread.onFx(() -> {
            words = loaded.words();
            read = true;
            loaded.problems().forEach(report);
            listeners.forEach(Runnable::run);
        });
    }

    @Override
    public void close() {
        watch.shutdownNow();
    }
}
