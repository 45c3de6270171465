package org.shilu.format;

import java.util.List;
import java.util.Optional;

/** The file formats a transcript is read from and written to, by the names the command line uses. */
public enum TranscriptFormat {
    PORTAL_TEXT("portal-text"),
    JSON("json");

    private final String cliName;

    TranscriptFormat(String cliName) {
        this.cliName = cliName;
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
        if (this == JSON) {
            return new PortalReadResult(new ProjectJson().read(bytes, source), List.of());
        }
        return new PortalTextReader().read(bytes, source);
    }

    public byte[] write(Project project) {
        if (this == JSON) {
            return new ProjectJson().write(project);
        }
        return new PortalTextWriter().writeBytes(project.transcript(), project.profile());
    }
}
