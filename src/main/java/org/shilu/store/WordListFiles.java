package org.shilu.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.shilu.check.SensitiveWords;
import org.shilu.format.BadInputException;

/**
 * The sensitive-word lists named in the settings, read and combined; and what tells that one of
 * them changed on disk (its size and time), so that a list edited while Shilu runs is read again.
 */
public final class WordListFiles {
    private WordListFiles() {
    }

    /** The lists' words together, and what could not be read (a list that fails keeps none of its words). */
    public record Loaded(SensitiveWords words, List<Exception> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    public static Loaded load(List<Path> lists) {
        List<SensitiveWords.Word> words = new ArrayList<>();
        List<Exception> problems = new ArrayList<>();
        for (Path list : lists) {
            try {
                words.addAll(SensitiveWords.readList(Files.readAllBytes(list), list.toString()));
            } catch (BadInputException | IOException e) {
                problems.add(e);
            }
        }
        return new Loaded(SensitiveWords.of(words), problems);
    }

    /** What changes when any of the lists is written, moved or removed. */
    public static List<String> stamps(List<Path> lists) {
        List<String> stamps = new ArrayList<>(lists.size());
        for (Path list : lists) {
            try {
                BasicFileAttributes a = Files.readAttributes(list, BasicFileAttributes.class);
                stamps.add(list + " " + a.size() + " " + a.lastModifiedTime().toMillis() + " " + a.fileKey());
            } catch (IOException e) {
                stamps.add(list + " missing");
            }
        }
        return stamps;
    }
}
