package dev.ashlar.sqlite;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps as fixed-width UTC text with microseconds, {@code 2026-01-02T03:04:05.000006Z}, written and read
 * digit by digit: {@link DateTimeFormatter} costs more than the SQLite statement on a single-row insert. Years
 * outside 0000-9999 and text of any other shape go through the formatter, which gives the same result (or error).
 */
final class TimestampText {
    static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final int LENGTH = 27;
    private static final int SECONDS_PER_DAY = 86_400;

    private TimestampText() {
    }

    static String format(Instant instant) {
        long epochSecond = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return FORMAT.format(instant);
        }
        int secondOfDay = Math.floorMod(epochSecond, SECONDS_PER_DAY);
        char[] out = new char[LENGTH];
        digits(out, 0, 4, date.getYear());
        out[4] = '-';
        digits(out, 5, 2, date.getMonthValue());
        out[7] = '-';
        digits(out, 8, 2, date.getDayOfMonth());
        out[10] = 'T';
        digits(out, 11, 2, secondOfDay / 3600);
        out[13] = ':';
        digits(out, 14, 2, secondOfDay / 60 % 60);
        out[16] = ':';
        digits(out, 17, 2, secondOfDay % 60);
        out[19] = '.';
        digits(out, 20, 6, instant.getNano() / 1000);
        out[26] = 'Z';
        return new String(out);
    }

    static Instant parse(String text) {
        if (!hasFixedShape(text)) {
            return FORMAT.parse(text, Instant::from);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        int micros = number(text, 20, 6);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59
                || micros < 0) {
            return FORMAT.parse(text, Instant::from); // the formatter's error names what is wrong
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return FORMAT.parse(text, Instant::from);
        }
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second;
        return Instant.ofEpochSecond(epochSecond, micros * 1000L);
    }

    private static boolean hasFixedShape(String text) {
        return text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(26) == 'Z';
    }

    private static void digits(char[] out, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code text[from, from + width)}, or -1 if a character is not a digit. */
    private static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
