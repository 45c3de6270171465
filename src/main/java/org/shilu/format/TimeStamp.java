package org.shilu.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as portals print it, from {@code [2022-3-23 9:03:54]} to {@code [02-27 08:59]} and
 * {@code [09:25]}: which parts are present and how they were written, so the layout can be
 * written back the same way.
 */
record TimeStamp(Integer year, Integer month, Integer day, int hour, int minute, Integer second,
                 String dateSeparator, Padding datePadding, Padding hourPadding) {

    enum Padding {
        PADDED, UNPADDED, UNKNOWN;

        static Padding of(String digits) {
            if (digits.length() == 1) {
                return UNPADDED;
            }
            return digits.charAt(0) == '0' ? PADDED : UNKNOWN;
        }

        Padding or(Padding other) {
            return this == UNKNOWN ? other : this;
        }
    }

    private static final Pattern SHAPE = Pattern.compile(
            "(?:(?:(\\d{4})([-/.]))?(\\d{1,2})([-/.])(\\d{1,2})\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** Parses the text between the brackets, or returns null when it is not a time. */
    static TimeStamp parse(String inside) {
        Matcher m = SHAPE.matcher(inside.strip());
        if (!m.matches()) {
            return null;
        }
        if (m.group(2) != null && !m.group(2).equals(m.group(4))) {
            return null;
        }
        Integer year = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer month = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer day = m.group(5) == null ? null : Integer.valueOf(m.group(5));
        int hour = Integer.parseInt(m.group(6));
        int minute = Integer.parseInt(m.group(7));
        Integer second = m.group(8) == null ? null : Integer.valueOf(m.group(8));
        if (hour > 23 || minute > 59 || (second != null && second > 59)) {
            return null;
        }
        if (month != null && (month < 1 || month > 12 || day < 1 || day > 31)) {
            return null;
        }
        Padding datePadding = month == null ? Padding.UNKNOWN
                : Padding.of(m.group(3)).or(Padding.of(m.group(5)));
        return new TimeStamp(year, month, day, hour, minute, second, m.group(4), datePadding, Padding.of(m.group(6)));
    }

    boolean hasDate() {
        return month != null;
    }

    /** The moment, taking missing parts of the date from the broadcast date; null if impossible. */
    LocalDateTime resolve(LocalDate broadcastDate) {
        try {
            LocalTime time = LocalTime.of(hour, minute, second == null ? 0 : second);
            if (month == null) {
                return LocalDateTime.of(broadcastDate, time);
            }
            int y = year != null ? year : broadcastDate.getYear();
            return LocalDateTime.of(LocalDate.of(y, month, day), time);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The formatter pattern that writes times in this shape, padding as the evidence says. */
    String pattern(Padding date, Padding hours) {
        boolean padAll = date == Padding.PADDED || hours == Padding.PADDED;
        StringBuilder p = new StringBuilder();
        if (month != null) {
            if (year != null) {
                p.append("uuuu").append(dateSeparator);
            }
            String datePad = date == Padding.UNKNOWN ? (padAll ? "PADDED" : "UNPADDED") : date.name();
            p.append(datePad.equals("PADDED") ? "MM" : "M").append(dateSeparator)
                    .append(datePad.equals("PADDED") ? "dd" : "d").append(' ');
        }
        Padding hourPad = hours == Padding.UNKNOWN ? (padAll ? Padding.PADDED : Padding.UNPADDED) : hours;
        p.append(hourPad == Padding.PADDED ? "HH" : "H").append(":mm");
        if (second != null) {
            p.append(":ss");
        }
        return p.toString();
    }
}
