package org.shilu.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person on the programme. Turns refer to the stable {@code id}, so changing the {@code label}
 * that the page shows renames the speaker in every turn.
 *
 * @param id    stable identifier, letters, digits, '-' and '_'
 * @param label what the page shows, such as 主持人 or 陆华副局长
 * @param role  the part the speaker plays
 * @param name  the person's name, or empty when unknown
 * @param title the person's title, or empty when unknown
 * @param colour the colour the editor marks the speaker with, {@code #rrggbb}, or empty for the default
 */
public record Speaker(String id, String label, Role role, String name, String title, String colour) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String FORBIDDEN_IN_LABEL = "[]【】:：";
    private static final int MAX_LABEL_LENGTH = 40;

    public Speaker {
        Objects.requireNonNull(id, "id");
        if (!isId(id)) {
            throw new IllegalArgumentException("speaker id must be 1-64 letters, digits, '-' or '_': " + id);
        }
        label = Text.singleLine("speaker label", label).strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("speaker label must not be blank");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("speaker label is longer than " + MAX_LABEL_LENGTH + ": " + Text.abbreviate(label));
        }
        for (int i = 0; i < label.length(); i++) {
            if (FORBIDDEN_IN_LABEL.indexOf(label.charAt(i)) >= 0 || Character.isISOControl(label.charAt(i))) {
                throw new IllegalArgumentException("speaker label must not contain brackets, colons or control characters: " + label);
            }
        }
        Objects.requireNonNull(role, "role");
        name = Text.singleLine("speaker name", name).strip();
        title = Text.singleLine("speaker title", title).strip();
        colour = Text.orEmpty(colour);
        if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("a speaker's colour is written #rrggbb: " + colour);
        }
    }

    /** 1-64 ASCII letters, digits, '-' or '_' (checked by hand: a page can bring a hundred thousand speakers). */
    private static boolean isId(String id) {
        if (id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A speaker in the default colour. */
    public Speaker(String id, String label, Role role, String name, String title) {
        this(id, label, role, name, title, "");
    }

    /** An id that no speaker of {@code roster} has, such as {@code s3}. */
    public static String unusedId(java.util.List<Speaker> roster) {
        java.util.Set<String> used = new java.util.HashSet<>();
        roster.forEach(s -> used.add(s.id()));
        int n = roster.size() + 1;
        while (used.contains("s" + n)) {
            n++;
        }
        return "s" + n;
    }

    public static Speaker of(String id, String label, Role role) {
        return new Speaker(id, label, role, "", "");
    }

    public Speaker withLabel(String newLabel) {
        return new Speaker(id, newLabel, role, name, title, colour);
    }
}
