package org.shilu.format;

import java.util.List;
import java.util.Optional;

/** The file formats a transcript is read from and written to, by the names the command line uses. */
public enum TranscriptFormat {
    PORTAL_TEXT("portal-text", true),
    JSON("json", true),
    /** The page the portal shows: written only. */
    HTML_PAGE("html", false),
    /** The turns block of the page, for a CMS editor: written only. */
    HTML_FRAGMENT("html-fragment", false),
    /** A Word document, for approval: written only. */
    DOCX("docx", false);

    /** The largest file Shilu reads: far above a three-hour programme (about 1 MB), low enough to bound memory. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    /** The longest text in one field of a project that the project reader takes. */
    public static final int MAX_PROJECT_STRING = ProjectJson.MAX_STRING;

    private final String cliName;
    private final boolean readable;

    TranscriptFormat(String cliName, boolean readable) {
        this.cliName = cliName;
        this.readable = readable;
    }

    /** Whether Shilu reads this format, or only writes it. */
    public boolean isReadable() {
        return readable;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<TranscriptFormat> byName(String name) {
        for (TranscriptFormat format : values()) {
            if (format.cliName.equals(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** A project file starts with '{' (after any byte-order mark and white space); anything else is portal text. */
    public static TranscriptFormat detect(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && bytes[i] == '{' ? JSON : PORTAL_TEXT;
    }

    public PortalReadResult read(byte[] bytes, String source) throws BadInputException {
        if (!readable) {
            throw BadInputException.atLine(source, 1, "Shilu writes " + cliName + " but does not read it back")
                    .because("input.writeOnly", cliName);
        }
        if (this == JSON) {
            return new PortalReadResult(new ProjectJson().read(bytes, source), List.of());
        }
        return new PortalTextReader().read(bytes, source);
    }

    /**
     * Streams the project in this format to {@code out}, never holding the whole output; past
     * {@link #MAX_BYTES} it stops with {@link TooLargeException}, as Shilu would not read it back.
     */
    public void write(Project project, java.io.OutputStream out) throws java.io.IOException {
        write(project, out, false);
    }

    /** The same; a Word document with {@code doubtsHighlighted} shows the doubt marks, for the reviewer. */
    public void write(Project project, java.io.OutputStream out, boolean doubtsHighlighted) throws java.io.IOException {
        java.io.OutputStream limited = new Limited(out);
        switch (this) {
            case JSON -> new ProjectJson().write(project, limited);
            case PORTAL_TEXT -> new PortalTextWriter().write(project, limited);
            case DOCX -> new DocxWriter(doubtsHighlighted).write(project, limited);
            case HTML_PAGE, HTML_FRAGMENT -> {
                java.io.Writer writer = new java.io.BufferedWriter(
                        new java.io.OutputStreamWriter(limited, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
                if (this == HTML_PAGE) {
                    new PortalHtmlWriter().page(project, writer);
                } else {
                    writer.write(new PortalHtmlWriter().fragment(project));
                }
                writer.flush();
            }
        }
        limited.flush();
    }

    /** Output that would be larger than Shilu reads. */
    public static final class TooLargeException extends java.io.IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException() {
            super("it would be over " + MAX_BYTES / (1024 * 1024) + " MB; Shilu reads files of up to "
                    + MAX_BYTES / (1024 * 1024) + " MB");
        }
    }

    /** Counts what passes and refuses to go past the limit. */
    private static final class Limited extends java.io.FilterOutputStream {
        private long written;

        Limited(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            written += len;
            if (written > MAX_BYTES) {
                throw new TooLargeException();
            }
            out.write(b, off, len);
        }
    }

    /** The project in this format, in memory: as {@link #write(Project, java.io.OutputStream)} streams it. */
    public byte[] write(Project project) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(project, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // memory does not fail but by being too small
        }
        return out.toByteArray();
    }

    /**
     * Why Shilu could not read the project back in this format, or null when it can: nothing is
     * written that Shilu would then refuse (the size is checked as it is written).
     */
    public String unreadableBecause(Project project) {
        if (this != JSON) {
            org.shilu.model.Header h = project.transcript().header();
            java.util.List<String> fields = new java.util.ArrayList<>(java.util.List.of(h.heading(), h.programme(), h.sectionLabel()));
            fields.addAll(h.introduction());
            project.transcript().roster().forEach(speaker -> fields.add(speaker.label()));
            for (String field : fields) {
                if (field.indexOf('\0') >= 0) {
                    return "the header or a speaker's label has a NUL character, which a text file cannot hold";
                }
            }
        }
        java.util.List<org.shilu.model.Turn> turns = project.transcript().turns();
        for (int i = 0; i < turns.size(); i++) {
            for (String paragraph : turns.get(i).paragraphs()) {
                if (this != JSON && paragraph.indexOf('\0') >= 0) {
                    return "turn " + (i + 1) + " has a NUL character, which a text file cannot hold";
                }
                if (this == JSON && paragraph.length() > MAX_PROJECT_STRING) {
                    return "turn " + (i + 1) + " has a paragraph of " + paragraph.length() + " characters; a project holds"
                            + " paragraphs of up to " + MAX_PROJECT_STRING;
                }
            }
        }
        return null;
    }

    /** The file name ending this format is written with. */
    public String extension() {
        return switch (this) {
            case JSON -> ".shilu";
            case PORTAL_TEXT -> ".txt";
            case HTML_PAGE -> ".html";
            case HTML_FRAGMENT -> ".fragment.html";
            case DOCX -> ".docx";
        };
    }
}
