package org.shilu.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path folder;

    private Path target() throws IOException {
        return Files.writeString(folder.resolve("hotline.shilu"), "old", StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNewContentReplacesTheOldAndTheOldBecomesTheBak() throws Exception {
        Path target = target();
        List<List<CopyOption>> moves = new ArrayList<>();
        new AtomicFile((from, to, options) -> {
            moves.add(Arrays.asList(options));
            Files.move(from, to, options);
        }).replace(target, "new".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("new", Files.readString(target));
        assertEquals("old", Files.readString(AtomicFile.backupOf(target)));
        assertEquals(List.of("hotline.shilu", "hotline.shilu.bak"), names(), "no temporary file is left");
        moves.forEach(options -> assertEquals(List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING),
                options));
    }

    @Test
    void aFailingMoveLeavesTheTargetAsItWasAndNoTemporaryFile() throws Exception {
        Path target = target();
        AtomicFile failing = new AtomicFile((from, to, options) -> {
            if (to.equals(target.toAbsolutePath())) {
                throw new IOException("the disk is full");
            }
            Files.move(from, to, options);
        });
        IOException failure = assertThrows(IOException.class,
                () -> failing.replace(target, "new".getBytes(StandardCharsets.UTF_8), true));
        assertEquals("the disk is full", failure.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("hotline.shilu", "hotline.shilu.bak"), names());
    }

    @Test
    void whereRenamingOverAFileIsNotAtomicAPlainReplaceIsUsed() throws Exception {
        Path target = target();
        new AtomicFile((from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "network drive");
            }
            Files.move(from, to, options);
        }).replace(target, "new".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("new", Files.readString(target));
        assertEquals("old", Files.readString(AtomicFile.backupOf(target)));
    }

    @Test
    void aFallbackMoveThatLosesTheTargetPutsTheBackupBack() throws Exception {
        Path target = target();
        AtomicFile losing = new AtomicFile((from, to, options) -> {
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "network drive");
            }
            if (to.equals(target.toAbsolutePath())) {
                Files.delete(to);
                throw new IOException("the connection dropped mid-move");
            }
            Files.move(from, to, options);
        });
        assertThrows(IOException.class, () -> losing.replace(target, "new".getBytes(StandardCharsets.UTF_8), true));
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target), "never left missing");
    }
}
