package org.shilu.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as an editor types them: {@code 2022-3-23 9:03:54} or {@code 9:03:54} (on a given day).
 * An impossible time (the 30th of February, 25 o'clock) is refused with the reason.
 */
public final class TimeInput {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-M-d H:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern OFFSET = Pattern.compile("([+-]?)(?:(\\d+):)?(?:(\\d+):)?(\\d+)");

    private TimeInput() {
    }

    /** The time typed, or null for a blank field; IllegalArgumentException says what is wrong. */
    public static LocalDateTime parse(String typed, LocalDate day) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.contains("-")) {
                return LocalDateTime.parse(text, DATE_TIME);
            }
            if (day == null) {
                throw new Refusal("refusal.timeWithoutDate", "“" + text + "” has no date, and the turn has none to go "
                        + "by: type it as 2022-3-23 9:03:54", text);
            }
            return LocalDateTime.of(day, LocalTime.parse(text, TIME));
        } catch (DateTimeParseException e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : "type 2022-3-23 9:03:54 or 9:03:54";
            throw new Refusal("refusal.noSuchTime", "“" + text + "” is not a time that exists: " + why, text, why);
        }
    }

    /** An offset as {@code +0:05:00}, {@code -1:30} (minutes:seconds) or {@code -90} (seconds). */
    public static Duration offset(String typed) {
        Matcher m = OFFSET.matcher(typed.strip());
        if (!m.matches()) {
            throw new Refusal("refusal.notAnOffset", "“" + typed.strip() + "” is not an offset: type +0:05:00, -1:30 or -90",
                    typed.strip());
        }
        long hours = m.group(3) != null ? Long.parseLong(m.group(2)) : 0;
        long minutes = m.group(3) != null ? Long.parseLong(m.group(3)) : m.group(2) != null ? Long.parseLong(m.group(2)) : 0;
        long seconds = Long.parseLong(m.group(4));
        Duration offset = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        return m.group(1).equals("-") ? offset.negated() : offset;
    }
}
