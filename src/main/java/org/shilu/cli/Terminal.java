package org.shilu.cli;

/**
 * Text from a file, made safe to print on a terminal: control characters (ESC, BEL, CR, …) and the
 * bidirectional overrides are shown escaped, so a file cannot clear the screen, move the cursor or
 * fake a line of output.
 */
final class Terminal {
    private Terminal() {
    }

    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
            if (!control && !bidi) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(control ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
        return out == null ? text : out.toString();
    }
}
