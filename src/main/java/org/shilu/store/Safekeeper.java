package org.shilu.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.shilu.format.JournalCodec;
import org.shilu.format.JournalCodec.Base;
import org.shilu.format.JournalCodec.Change;
import org.shilu.format.JournalCodec.DraftEntry;
import org.shilu.model.Draft;
import org.shilu.model.Transcript;
import org.shilu.model.TranscriptChange;

/**
 * Keeps the open programme safe on disk: every change is appended to its journal by the journal's
 * writer thread, forced within moments of the edit (which never waits for the disk), the draft a
 * tick later; each turn counts as on disk once the writer reports its line forced. When the disk
 * fails, work goes on in memory, and each tick tries again until the journal is whole. Not
 * thread-safe: it lives on the thread that edits, and the writer's reports are brought to that thread.
 */
public final class Safekeeper {
    private final Programme programme;
    private final Supplier<Draft> drafts;
    private final Clock clock;
    private final JournalCodec codec = new JournalCodec();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final JournalWriter writer;
    private Journal journal;
    private Path journalFile;
    private Base base;
    private boolean needsRewrite;
    private IOException failure;
    private Draft journalledDraft = Draft.NONE;
    private LocalDateTime lastDurableWrite;
    /** The programme as the journal (or its copy) holds it on disk; turns not in it would be lost by a crash. */
    private final TurnsOnDisk onDisk = new TurnsOnDisk();
    /** Where second copies of journals on other disks go (null: none kept), and the one kept now. */
    private Path copies;
    private SecondCopy copy;

    /**
     * A keeper whose writer's reports are taken when it is next called ({@link #tick},
     * {@link #awaitOnDisk}): for a caller with no event loop.
     */
    public Safekeeper(Programme programme, Supplier<Draft> drafts, Clock clock) {
        this(programme, drafts, clock, task -> { });
    }

    /** A keeper whose writer's reports are taken by a task run on the thread that edits, through {@code editingThread}. */
    public Safekeeper(Programme programme, Supplier<Draft> drafts, Clock clock, Executor editingThread) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new JournalWriter(new JournalWriter.Reports() {
            @Override
            public void reached(Journal journal, long upTo) {
                linesReached(journal, upTo);
            }

            @Override
            public void failed(Journal journal, long at, IOException failure) {
                lineFailed(journal, failure);
            }
        }, Objects.requireNonNull(editingThread, "editingThread"));
        programme.document().addListener(this::record);
    }

    /**
     * Waits until every line given to the writer is on disk or failed, and takes its reports: before
     * a journal is rewritten or let go, and for callers that must know (a crash test's child).
     */
    public void awaitOnDisk() {
        writer.awaitIdle();
        writer.takeReports();
    }

    private void linesReached(Journal reached, long upTo) {
        if (reached == journal) {
            onDisk.reached(reached, upTo);
            if (!needsRewrite) {
                durable();
            }
        } else if (copy != null && copy.holds(reached)) {
            onDisk.reached(reached, upTo);
            listeners.forEach(Runnable::run);
        }
    }

    private void lineFailed(Journal failed, IOException failure) {
        if (failed == journal) {
            fail(failure);
        } else if (copy != null && copy.holds(failed)) {
            copy.failed();
            listeners.forEach(Runnable::run);
        }
    }

    /**
     * Keeps a second copy of the journal in {@code folder} whenever the project is on another disk
     * (a USB stick, a network share), so that pulling that disk loses nothing, even after a crash.
     */
    public void keepSecondCopiesIn(Path folder) {
        this.copies = folder;
    }

    /** Whether a journal in the copies' folder is a second copy whose project's own journal is there. */
    public static boolean isCopyOfAPresentJournal(Path journal) {
        return SecondCopy.isCopyOfAPresentJournal(journal);
    }

    /** Locks a journal and reads what it holds (see {@link Claim#take}). */
    public Claim claim(Path file) throws OpenElsewhereException {
        return Claim.take(file, LocalDateTime.now(clock));
    }

    /**
     * Starts keeping the programme (already shown) in a claimed journal: carrying on the recovered
     * journal, or a fresh one on {@code base}. The journal kept until now is let go, and deleted:
     * its programme was saved or given up before another was opened.
     */
    public void keepIn(Claim claim, Base base, boolean carryOn) {
        release(true);
        onDisk.set(null, writer.lastGiven());
        this.journalFile = claim.file();
        this.journal = claim.journal();
        this.base = carryOn && claim.recovery() != null ? claim.recovery().baseEntry() : base;
        this.journalledDraft = Draft.NONE;
        if (journal == null) {
            fail(claim.lockFailure());
            return;
        }
        try {
            if (claim.offersRecovery() && !(carryOn && claim.recovery() != null)) {
                journal.setAside(LocalDateTime.now(clock));
            }
        } catch (IOException e) {
            fail(e);
            startSecondCopy();
            return;
        }
        // Written by the writer, off the editing thread: a long programme's base is large to encode.
        Base written = this.base;
        List<String> recovered = carryOn && claim.recovery() != null ? claim.recovery().validLines() : null;
        long number = writer.rewrite(journal, () -> recovered != null ? recovered : List.of(codec.encode(written)));
        onDisk.sent(journal, number, programme.document().transcript());
        writer.reserve(journal);
        startSecondCopy();
    }

    /** A second copy when the journal is beside a project on another disk than the copies' folder. */
    private void startSecondCopy() {
        if (copy != null) {
            copy.close(true);
            copy = null;
        }
        if (copies != null && journalFile != null && !journalFile.toAbsolutePath().startsWith(copies.toAbsolutePath())) {
            copy = SecondCopy.open(journalFile, copies);
            rewriteCopy(drafts.get());
        }
    }

    private void rewriteCopy(Draft draft) {
        if (copy != null) {
            awaitOnDisk();
            if (copy.rewrite(programme, draft, codec, writer)) {
                onDisk.set(programme.document().transcript(), writer.lastGiven());
            }
        }
    }

    /** Whether the project's disk was pulled (or its folder is gone), told as a failure: its journal must not be written there. */
    private boolean failIfProjectDiskGone() {
        if (copy == null || copy.projectDiskPresent()) {
            return false;
        }
        fail(new ProjectDiskGoneException(copy.projectFolder()));
        return true;
    }

    /** Lets a claimed journal go unused (see {@link Claim#decline}). */
    public List<Notice> decline(Claim claim) {
        return claim.decline(LocalDateTime.now(clock));
    }

    /** Lets the journal go: deleted once its programme is safe elsewhere, else left for recovery. */
    public void release(boolean delete) {
        awaitOnDisk();
        if (copy != null) {
            copy.close(delete);
            copy = null;
        }
        if (journal != null) {
            try {
                if (delete) {
                    journal.delete();
                }
            } catch (IOException e) {
                // A journal left behind is offered back later; nothing is lost.
            }
            journal.close();
        }
        journal = null;
        journalFile = null;
        needsRewrite = false;
        failure = null;
    }

    /** Gives a change to the writer for the journal (and the copy); its turns are on disk once it reports the line forced. */
    private void record(TranscriptChange change) {
        if (journalFile == null) {
            return;
        }
        Draft draft = drafts.get();
        String line = codec.encode(Change.between(change.before(), change.after(), draft));
        if (copy != null && !copy.needsRewrite()) {
            onDisk.sent(copy.journal(), writer.append(copy.journal(), line), change.after());
        }
        if (!needsRewrite && !failIfProjectDiskGone()) {
            onDisk.sent(journal, writer.append(journal, line), change.after());
            journalledDraft = draft;
        }
    }

    /**
     * Called about once a second: journals the draft if it changed, mends a journal that failed or
     * was removed, and retries the lock a read-only folder refused.
     */
    public void tick() {
        writer.takeReports();
        if (journalFile == null) {
            return;
        }
        if (copy != null && copy.needsRewrite()) {
            rewriteCopy(drafts.get());
        }
        if (failIfProjectDiskGone()) {
            return; // never a new journal in the empty folder a pulled stick leaves: it would be on another disk
        }
        try {
            if (journal == null) {
                journal = Journal.claim(journalFile);
                needsRewrite = true;
            }
            if (!needsRewrite && !journal.exists()) {
                needsRewrite = true;
            }
            Draft draft = drafts.get();
            if (needsRewrite) {
                // Mended self-contained: the project file it built on may be what went missing.
                rewrite(embeddedBase(programme), programme.savedProject().transcript(), draft);
            } else if (!draft.equals(journalledDraft)) {
                String line = codec.encode(new DraftEntry(draft));
                if (copy != null && !copy.needsRewrite()) {
                    writer.append(copy.journal(), line);
                }
                writer.append(journal, line);
                journalledDraft = draft;
            }
        } catch (IOException e) {
            fail(e);
        } catch (OpenElsewhereException e) {
            fail(new IOException(e.getMessage(), e));
        }
    }

    /**
     * After the programme was saved as {@code target} (with the SHA-256 of the bytes written) from
     * {@code snapshot}: the journal moves beside the file, builds on it, and keeps only what came since.
     */
    public void saved(Path target, String sha256, Transcript snapshot) throws OpenElsewhereException {
        awaitOnDisk();
        Path wanted = Journal.besideProject(target);
        Base savedBase = Base.savedAs(target.getFileName().toString(), sha256);
        if (wanted.equals(journalFile) && journal != null) {
            try {
                base = savedBase;
                rewrite(savedBase, snapshot, drafts.get());
            } catch (IOException e) {
                fail(e);
            }
            return;
        }
        // The journal moves beside the file: the new one is whole on disk before the old one goes,
        // so that a crash at any moment leaves one of them to recover from.
        Journal old = journal;
        Path oldFile = journalFile;
        Base oldBase = base;
        try {
            journal = Journal.claim(wanted);
            journalFile = wanted;
            base = savedBase;
            rewrite(savedBase, snapshot, drafts.get());
        } catch (IOException e) {
            if (journal != null && journal != old) {
                journal.close();
            }
            journal = old;
            journalFile = oldFile;
            base = oldBase;
            fail(e);
            return;
        }
        if (old != null) {
            try {
                old.delete();
            } catch (IOException e) {
                // A journal left behind holds nothing more than the file; it is offered back no further.
            }
            old.close();
        }
        startSecondCopy();
    }

    /** The journal as a base and one change from {@code builtOn} to now: what compaction and mending write. */
    private void rewrite(Base newBase, Transcript builtOn, Draft draft) throws IOException {
        awaitOnDisk();
        Transcript now = programme.document().transcript();
        journal.rewrite(wholeJournal(codec,
                newBase.project() != null ? Base.embedded(programme.savedProject()) : newBase, builtOn, now, draft));
        writer.reserve(journal);
        onDisk.set(now, writer.lastGiven());
        rewriteCopy(draft);
        base = newBase.project() != null ? Base.embedded(programme.savedProject()) : newBase;
        journalledDraft = draft;
        needsRewrite = false;
        durable();
    }

    /** A journal made whole: its base, then one change from {@code builtOn} to {@code now}, or the draft alone. */
    static List<String> wholeJournal(JournalCodec codec, Base base, Transcript builtOn, Transcript now, Draft draft) {
        List<String> lines = new ArrayList<>();
        lines.add(codec.encode(base));
        if (now != builtOn) {
            lines.add(codec.encode(Change.between(builtOn, now, draft)));
        } else if (!draft.isBlank()) {
            lines.add(codec.encode(new DraftEntry(draft)));
        }
        return lines;
    }

    public boolean isFailing() {
        return failure != null;
    }

    /** Whether a change has waited more than a second for the disk (a slow or stalling disk): its turns are shown as not on disk. */
    public boolean isBehind() {
        return onDisk.waitingLongerThan(1_000_000_000L);
    }

    /** Why the last write failed, while failing. */
    public IOException failure() {
        return failure;
    }

    /**
     * Whether this turn of the programme is on disk in the journal or its copy (or nothing is kept,
     * so nothing can be said): false for a turn committed or changed since the journal last reached
     * the disk. Before the journal's first write, what is on disk is the file the programme came from.
     */
    public boolean isOnDisk(org.shilu.model.Turn turn) {
        return journalFile == null || onDisk.holds(turn, programme.document().transcript(), programme.savedProject().transcript());
    }

    /** How many turns of the programme are not on disk (see {@link #isOnDisk}). */
    public int turnsNotOnDisk() {
        return journalFile == null ? 0 : onDisk.missing(programme.document().transcript(), programme.savedProject().transcript());
    }

    /** When a change last reached the disk, or null before the first. */
    public LocalDateTime lastDurableWrite() {
        return lastDurableWrite;
    }

    public Path journalFile() {
        return journalFile;
    }

    /** Told after every durable write and every change of health. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void durable() {
        failure = null;
        lastDurableWrite = LocalDateTime.now(clock);
        listeners.forEach(Runnable::run);
    }

    private void fail(IOException e) {
        failure = e;
        needsRewrite = true;
        listeners.forEach(Runnable::run);
    }

    /** A base that embeds the programme as it was last saved or opened. */
    public static Base embeddedBase(Programme programme) {
        return Base.embedded(programme.savedProject());
    }
}
