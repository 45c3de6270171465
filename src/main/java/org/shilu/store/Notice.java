package org.shilu.store;

import java.util.List;

/**
 * Something the user should be told that did not stop the work (a journal line skipped, a journal
 * set aside): a message key and its values for the window's language, and the English for logs.
 * A value may be a {@link org.shilu.format.BadInputException}, which the window describes itself.
 */
public record Notice(String key, String english, List<Object> values) {
    public Notice {
        values = List.copyOf(values);
    }

    public static Notice of(String key, String english, Object... values) {
        return new Notice(key, english, List.of(values));
    }

    @Override
    public String toString() {
        return english;
    }
}
