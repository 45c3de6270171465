package org.shilu.format;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.shilu.model.PunctuationWidth;
import org.shilu.model.Role;

/**
 * How a portal lays out its transcript page as text. The default is the layout of the
 * Lianyungang sample; reading a file records the layout it used so writing reproduces it.
 *
 * @param labelStyle            how the speaker label is marked
 * @param separator             what follows the label, such as ":" or "："; may be empty
 * @param labelOnOwnLine        the label stands alone and the text starts on the next line
 * @param timePlacement         where a turn's time is printed
 * @param timePattern           a {@link DateTimeFormatter} pattern, such as {@code uuuu-M-d H:mm:ss}
 * @param timedRoles            the roles whose turns show a time
 * @param printedClock          which of a turn's two times is printed
 * @param pageChrome            the page's heading block with its spacer and 正序/倒序 switch
 * @param blankLineBetweenTurns an empty line separates turns
 * @param lineSeparator         "\n", "\r\n" or "\r"
 * @param finalNewline          the text ends with a line separator
 * @param punctuationWidth      the width of punctuation the portal expects (the checks before export
 *                              find the other), or null when it names none
 */
public record PortalProfile(LabelStyle labelStyle, String separator, boolean labelOnOwnLine,
                            TimePlacement timePlacement, String timePattern, Set<Role> timedRoles,
                            PrintedClock printedClock, boolean pageChrome, boolean blankLineBetweenTurns,
                            String lineSeparator, boolean finalNewline, PunctuationWidth.Direction punctuationWidth) {

    /** A layout whose portal names no punctuation width. */
    public PortalProfile(LabelStyle labelStyle, String separator, boolean labelOnOwnLine, TimePlacement timePlacement,
                         String timePattern, Set<Role> timedRoles, PrintedClock printedClock, boolean pageChrome,
                         boolean blankLineBetweenTurns, String lineSeparator, boolean finalNewline) {
        this(labelStyle, separator, labelOnOwnLine, timePlacement, timePattern, timedRoles, printedClock, pageChrome,
                blankLineBetweenTurns, lineSeparator, finalNewline, null);
    }

    public PortalProfile withPunctuationWidth(PunctuationWidth.Direction width) {
        return new PortalProfile(labelStyle, separator, labelOnOwnLine, timePlacement, timePattern, timedRoles,
                printedClock, pageChrome, blankLineBetweenTurns, lineSeparator, finalNewline, width);
    }

    /** The layout of the Lianyungang sample: {@code [主持人]:} and {@code  [2022-3-23 9:03:54]} on guests. */
    public static final PortalProfile DEFAULT = new PortalProfile(LabelStyle.SQUARE, ":", false,
            TimePlacement.END_OF_TURN, "uuuu-M-d H:mm:ss",
            EnumSet.of(Role.GUEST, Role.CALLER, Role.NETIZEN, Role.OTHER),
            PrintedClock.PUBLISHED, true, false, "\n", false);

    public enum LabelStyle {
        /** {@code [主持人]} */
        SQUARE("[", "]"),
        /** {@code 【温家宝】} */
        LENTICULAR("【", "】"),
        /** {@code 主持人} with no brackets */
        BARE("", "");

        private final String open;
        private final String close;

        LabelStyle(String open, String close) {
            this.open = open;
            this.close = close;
        }

        public String mark(String label) {
            return open + label + close;
        }
    }

    public enum TimePlacement {
        /** {@code ……再见! [2022-3-23 9:36:12]} closing the last paragraph */
        END_OF_TURN,
        /** {@code [02-27 08:59]} on a line of its own after the turn */
        OWN_LINE,
        /** no times printed */
        NONE
    }

    public enum PrintedClock {
        /** when typing of the turn began */
        SPOKEN,
        /** when the turn was committed */
        PUBLISHED
    }

    public PortalProfile {
        Objects.requireNonNull(labelStyle, "labelStyle");
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(timePlacement, "timePlacement");
        Objects.requireNonNull(timePattern, "timePattern");
        checkTimePattern(timePattern);
        // In the enum's order, so that a project is written the same way every time.
        timedRoles = java.util.Collections.unmodifiableSet(timedRoles.isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.copyOf(timedRoles));
        Objects.requireNonNull(printedClock, "printedClock");
        if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n") && !lineSeparator.equals("\r")) {
            throw new IllegalArgumentException("line separator must be LF, CRLF or CR");
        }
        if (separator.contains("\n") || separator.contains("\r")) {
            throw new IllegalArgumentException("label separator must be on one line");
        }
    }

    /**
     * Refuses a time format that cannot print a turn's time (zone or offset letters: turns have no
     * zone), that breaks the line, or whose times Shilu would not read back as times.
     */
    static void checkTimePattern(String pattern) {
        String printed;
        try {
            // a moment whose fields all differ, so a format that drops or mixes one shows it
            printed = DateTimeFormatter.ofPattern(pattern).format(java.time.LocalDateTime.of(2022, 3, 23, 9, 3, 54));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("the time format \"" + pattern + "\" cannot print a turn's time ("
                    + e.getMessage() + "); use letters such as uuuu-M-d H:mm:ss");
        }
        if (printed.indexOf('\n') >= 0 || printed.indexOf('\r') >= 0 || printed.indexOf('[') >= 0 || printed.indexOf(']') >= 0
                || TimeStamp.parse(printed) == null) {
            throw new IllegalArgumentException("the time format \"" + pattern + "\" writes times Shilu cannot read back ("
                    + printed.replace("\n", "\\n").replace("\r", "\\r")
                    + "); use one such as uuuu-M-d H:mm:ss, MM-dd HH:mm or HH:mm");
        }
    }

    public DateTimeFormatter timeFormatter() {
        return FORMATTERS.computeIfAbsent(timePattern, DateTimeFormatter::ofPattern);
    }

    /** Formatters by pattern: made once, as writing asks for one per turn. */
    private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean showsTimeFor(Role role) {
        return timePlacement != TimePlacement.NONE && timedRoles.contains(role);
    }
}
