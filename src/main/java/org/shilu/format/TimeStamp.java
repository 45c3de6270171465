package org.shilu.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

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

    /**
     * Parses the text between the brackets ({@code 2022-3-23 9:03:54}, {@code 02-27 08:59},
     * {@code 09:25}), or returns null when it is not a time. Written by hand: it runs on every
     * timestamped turn, and a regular expression made reading three times slower.
     */
    static TimeStamp parse(String inside) {
        String s = inside.strip();
        int colon = s.indexOf(':');
        int hourStart = colon;
        while (hourStart > 0 && isDigit(s.charAt(hourStart - 1))) {
            hourStart--;
        }
        int hourDigits = colon - hourStart;
        if (colon < 0 || hourDigits < 1 || hourDigits > 2 || !digitsAt(s, colon + 1, 2)) {
            return null;
        }
        Integer second = null;
        if (s.length() == colon + 6 && s.charAt(colon + 3) == ':' && digitsAt(s, colon + 4, 2)) {
            second = number(s, colon + 4, colon + 6);
        } else if (s.length() != colon + 3) {
            return null;
        }
        int hour = number(s, hourStart, colon);
        int minute = number(s, colon + 1, colon + 3);
        if (hour > 23 || minute > 59 || (second != null && second > 59)) {
            return null;
        }
        Padding hourPadding = Padding.of(s.substring(hourStart, colon));
        if (hourStart == 0) {
            return new TimeStamp(null, null, null, hour, minute, second, "-", Padding.UNKNOWN, hourPadding);
        }
        if (!Character.isWhitespace(s.charAt(hourStart - 1))) {
            return null;
        }
        return withDate(s.substring(0, hourStart).strip(), hour, minute, second, hourPadding);
    }

    /** The date before the time: {@code 2022-3-23} or {@code 02-27}, with '-', '/' or '.' between. */
    private static TimeStamp withDate(String date, int hour, int minute, Integer second, Padding hourPadding) {
        int firstEnd = 0;
        while (firstEnd < date.length() && isDigit(date.charAt(firstEnd))) {
            firstEnd++;
        }
        if (firstEnd == 0 || firstEnd >= date.length() || "-/.".indexOf(date.charAt(firstEnd)) < 0) {
            return null;
        }
        String separator = String.valueOf(date.charAt(firstEnd));
        String[] parts = splitAt(date, date.charAt(firstEnd));
        boolean withYear = parts.length == 3;
        if ((parts.length != 2 && !withYear) || (withYear && parts[0].length() != 4)) {
            return null;
        }
        String monthText = parts[withYear ? 1 : 0];
        String dayText = parts[withYear ? 2 : 1];
        for (String part : parts) {
            if (part.isEmpty() || !digitsAt(part, 0, part.length())) {
                return null;
            }
        }
        if (monthText.length() > 2 || dayText.length() > 2) {
            return null;
        }
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        Integer year = withYear ? Integer.valueOf(parts[0]) : null;
        Padding datePadding = Padding.of(monthText).or(Padding.of(dayText));
        return new TimeStamp(year, month, day, hour, minute, second, separator, datePadding, hourPadding);
    }

    /** At most three parts; a fourth means this is no date. */
    private static String[] splitAt(String text, char separator) {
        int first = text.indexOf(separator);
        int second = text.indexOf(separator, first + 1);
        if (second < 0) {
            return new String[] {text.substring(0, first), text.substring(first + 1)};
        }
        if (text.indexOf(separator, second + 1) >= 0) {
            return new String[0];
        }
        return new String[] {text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1)};
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digitsAt(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
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
