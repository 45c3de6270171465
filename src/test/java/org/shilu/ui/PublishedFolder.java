package org.shilu.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.shilu.publish.Editions;
import org.shilu.publish.Feed;

/** What a folder publish has written, as the page's script reads it. */
final class PublishedFolder {
    private PublishedFolder() {
    }

    /** The feed in {@code folder}, or null before the first edition (or while it is being replaced). */
    static Feed feedIn(Path folder) {
        try {
            return Files.exists(folder.resolve(Editions.FEED)) ? Feed.parse(Files.readAllBytes(folder.resolve(Editions.FEED)))
                    : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
