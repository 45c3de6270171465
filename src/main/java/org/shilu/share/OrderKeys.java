package org.shilu.share;

/**
 * Keys that order a shared programme's turns without renumbering: two seats may insert at the
 * same time, each between its neighbours' keys, and every seat sorts the turns alike (the keys
 * compare byte by byte, as the database's "C" collation does).
 *
 * <p>A key is a head letter {@code a}–{@code z} saying how many digits follow it (a: 1, b: 2, …),
 * those digits, and, for a key made between two others, more digits after them. Digits are
 * {@code 0-9A-Za-z} in that (ASCII) order, and a key never ends in {@code 0}, so that there is
 * always room below it. Appending at the end counts up (a live programme of 5,000 turns needs keys
 * of four characters); inserting between takes the middle.
 */
public final class OrderKeys {
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int BASE = DIGITS.length();

    private OrderKeys() {
    }

    /** The key of the first turn of a programme. */
    public static String first() {
        return "a1";
    }

    /**
     * A key between {@code before} and {@code after}: null for before means "at the start", null
     * for after "at the end"; both null gives {@link #first()}.
     */
    public static String between(String before, String after) {
        if (before != null && after != null && before.compareTo(after) >= 0) {
            throw new IllegalArgumentException("the key " + before + " is not before " + after);
        }
        if (before == null) {
            return after == null ? first() : middle("", after);
        }
        if (after == null) {
            String next = counted(before);
            return next != null ? next : middle(before, null);
        }
        return middle(before, after);
    }

    /** The next whole key after {@code key}'s head and digits, or null when the key is not of that shape. */
    private static String counted(String key) {
        char head = key.charAt(0);
        int length = head - 'a' + 1;
        if (head < 'a' || head > 'z' || key.length() < 1 + length) {
            return null;
        }
        char[] digits = key.substring(1, 1 + length).toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            int digit = DIGITS.indexOf(digits[i]);
            if (digit < 0) {
                return null;
            }
            if (digit + 1 < BASE) {
                digits[i] = DIGITS.charAt(digit + 1);
                // What follows a carry is 1, not 0: a key never ends in 0.
                return head + new String(digits, 0, i + 1) + "1".repeat(length - i - 1);
            }
        }
        if (head == 'z') {
            return null;
        }
        return (char) (head + 1) + "1".repeat(length + 1);
    }

    /** The middle between a and b (b null: no upper bound), digit by digit. */
    private static String middle(String a, String b) {
        int n = 0;
        if (b != null) {
            while (n < b.length() && digitOf(a, n) == DIGITS.indexOf(b.charAt(n))) {
                n++;
            }
        }
        String prefix = b == null ? "" : b.substring(0, n);
        int low = digitOf(a, n);
        int high = b == null ? BASE : DIGITS.indexOf(b.charAt(n));
        if (high - low > 1) {
            return prefix + DIGITS.charAt((low + high) / 2);
        }
        if (b != null && b.length() > n + 1) {
            return b.substring(0, n + 1);
        }
        return prefix + DIGITS.charAt(low) + middle(n + 1 < a.length() ? a.substring(n + 1) : "", null);
    }

    private static int digitOf(String key, int at) {
        return at < key.length() ? DIGITS.indexOf(key.charAt(at)) : 0;
    }
}
