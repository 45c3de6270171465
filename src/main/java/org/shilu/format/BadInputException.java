package org.shilu.format;

/**
 * Input that cannot be read, with where: the source's name, and a 1-based line or a byte offset
 * (whichever is known; -1 when not).
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final long byteOffset;
    private final String reason;
    private String reasonKey;
    private transient Object[] reasonValues = new Object[0];

    private final long column;

    public BadInputException(String source, long line, long byteOffset, String reason) {
        this(source, line, -1, byteOffset, reason);
    }

    /** With the 1-based column on the line too (-1 when not known): a file of one long line needs it. */
    public BadInputException(String source, long line, long column, long byteOffset, String reason) {
        super(describe(source, line, column, byteOffset, reason));
        this.source = source;
        this.line = line;
        this.column = column;
        this.byteOffset = byteOffset;
        this.reason = reason;
    }

    /**
     * Names the reason by a message key and its values, so that the window can give it in the
     * user's language; the English reason stays for everything else.
     */
    public BadInputException because(String key, Object... values) {
        this.reasonKey = key;
        this.reasonValues = values.clone();
        return this;
    }

    /** The reason's message key, or null when the reason is only in English. */
    public String reasonKey() {
        return reasonKey;
    }

    public Object[] reasonValues() {
        return reasonValues.clone();
    }

    public static BadInputException atLine(String source, long line, String reason) {
        return new BadInputException(source, line, -1, reason);
    }

    public static BadInputException atByte(String source, long byteOffset, String reason) {
        return new BadInputException(source, -1, byteOffset, reason);
    }

    private static String describe(String source, long line, long column, long byteOffset, String reason) {
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (line > 0 && column > 0) {
            where.append(", column ").append(column);
        }
        if (byteOffset >= 0) {
            where.append(", byte ").append(byteOffset);
        }
        return where + ": " + reason;
    }

    public String source() {
        return source;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    public long byteOffset() {
        return byteOffset;
    }

    public String reason() {
        return reason;
    }
}
