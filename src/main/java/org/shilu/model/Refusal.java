package org.shilu.model;

import java.util.List;

/**
 * An operation refused for a reason the user must read: the reason's message key and its values,
 * so that the window can say it in the user's language, with an English message for everything
 * else (the command line, logs, tests).
 */
public final class Refusal extends IllegalArgumentException {
    private final String key;
    private final transient List<Object> values;

    public Refusal(String key, String english, Object... values) {
        super(english);
        this.key = key;
        this.values = List.of(values);
    }

    /** The message key, under {@code refusal.} in the window's bundles. */
    public String key() {
        return key;
    }

    public Object[] values() {
        return values.toArray();
    }
}
