package org.shilu.format;

/** Something a reader kept but could not place as expected, at a 1-based line of the input. */
public record ReadWarning(int line, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
