package org.shilu.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.shilu.format.ProjectJson;
import org.shilu.model.ReviewEdit;
import org.shilu.store.AtomicFile;

/**
 * A seat's changes not yet on the server, kept on disk so that a seat killed while the server was
 * away sends them when it joins again: one line per turn, as the server would hold it after the
 * write (a deleted one marked so), with the version it was made against (0: a turn made here);
 * then one line per change to the review's record, as the change log writes it. Written whole,
 * atomically; nothing to keep removes the file.
 */
final class PendingFile {
    /** What a killed seat left: turns, and changes to the review's record (sent again as they are: they can be applied twice). */
    record Left(List<SharedTurn> turns, List<ReviewEdit> review) {
        static final Left NOTHING = new Left(List.of(), List.of());

        boolean isEmpty() {
            return turns.isEmpty() && review.isEmpty();
        }
    }

    private final Path path;
    /** What the file holds now, so that it is written only when that changes. */
    private Left written = Left.NOTHING;

    PendingFile(Path path) {
        this.path = path;
    }

    /**
     * The lines for what waits: each turn as the server would hold it after the write (a deleted
     * one as it was, marked), with the version it is written against (0: a turn made here).
     */
    static List<SharedTurn> linesOf(java.util.Map<String, SeatDocument.Wanted> waiting,
                                    java.util.Map<String, SharedTurn> known, java.util.Map<String, Integer> madeFrom,
                                    String seat) {
        List<SharedTurn> lines = new ArrayList<>();
        for (var entry : waiting.entrySet()) {
            SharedTurn server = known.get(entry.getKey());
            int base = madeFrom.getOrDefault(entry.getKey(), 0);
            SeatDocument.Wanted want = entry.getValue();
            if (want.turn() == null && server == null) {
                continue;
            }
            lines.add(new SharedTurn(want.turn() != null ? want.turn() : server.turn(),
                    want.orderKey() == null ? "" : want.orderKey(), base, want.turn() == null, seat));
        }
        return lines;
    }

    /** Of what a killed seat left, what is still to send: not what reached the server before it was killed. */
    static List<SharedTurn> stillToSend(List<SharedTurn> left, java.util.Map<String, SharedTurn> known) {
        List<SharedTurn> toSend = new ArrayList<>();
        for (SharedTurn change : left) {
            SharedTurn server = known.get(change.id());
            boolean arrived = server != null && !change.deleted() && server.turn().equals(change.turn())
                    && server.orderKey().equals(change.orderKey());
            if (!arrived) {
                toSend.add(change);
            }
        }
        return toSend;
    }

    /** What a killed seat left here that has not reached the server; nothing when unreadable (the local journal has it). */
    Left leftToSend(java.util.Map<String, SharedTurn> known) {
        try {
            Left left = read();
            return new Left(stillToSend(left.turns(), known), left.review());
        } catch (IOException e) {
            return Left.NOTHING;
        }
    }

    /** Keeps these lines when they changed; a failed write is tried again at the next change (the local journal has them). */
    void keep(Left waiting) {
        try {
            write(waiting);
        } catch (IOException e) {
            // said by the local journal's state, which is what the user relies on
        }
    }

    /** Writes the lines when they differ from what the file holds. */
    void write(Left waiting) throws IOException {
        if (waiting.equals(written)) {
            return;
        }
        writeNow(waiting);
        written = waiting;
    }

    private void writeNow(Left waiting) throws IOException {
        if (waiting.isEmpty()) {
            Files.deleteIfExists(path);
            return;
        }
        StringBuilder lines = new StringBuilder();
        for (SharedTurn turn : waiting.turns()) {
            lines.append(SharedJson.body(turn)).append('\n');
        }
        for (ReviewEdit edit : waiting.review()) {
            lines.append("{\"review\":").append(org.shilu.format.SharedReviewJson.write(edit)).append("}\n");
        }
        Files.createDirectories(path.toAbsolutePath().getParent());
        AtomicFile.write(path, lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** What the file holds; nothing when there is no file. A line that cannot be read ends the file there. */
    Left read() throws IOException {
        List<SharedTurn> turns = new ArrayList<>();
        List<ReviewEdit> review = new ArrayList<>();
        if (!Files.exists(path)) {
            return Left.NOTHING;
        }
        ProjectJson json = new ProjectJson();
        long n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                SharedStore.Change change = SharedJson.change(json, ++n, "", line);
                if (change.review() != null) {
                    review.add(change.review());
                } else if (change.turn() != null) {
                    turns.add(change.turn());
                }
            } catch (SQLException | RuntimeException e) {
                break;
            }
        }
        return new Left(List.copyOf(turns), List.copyOf(review));
    }
}
