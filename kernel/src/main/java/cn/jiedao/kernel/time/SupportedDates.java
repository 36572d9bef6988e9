package cn.jiedao.kernel.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates the platform takes: years 0001 to 9999, the four-digit years of RFC 3339's {@code full-date}
 * (OpenAPI's {@code format: date}) and what PostgreSQL's {@code date} and {@code timestamptz} store without
 * surprise. ISO-8601's expanded years ({@code +999999999-12-31}, {@code -000001-01-01}), which
 * {@code java.time} reads, are refused where a request is read (JSON bodies: kernel {@code JsonLimits};
 * parameters: {@code ParameterConverters}), naming the field, instead of failing later in a computation or
 * in the database.
 */
public final class SupportedDates {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;
    public static final String RANGE = "0001-01-01 to 9999-12-31";
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

    private SupportedDates() {
    }

    /** Whether {@code value} (a date, a date-time, an instant, a month, a year) lies in years 0001–9999. */
    public static boolean supported(TemporalAccessor value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
        }
        TemporalAccessor dated = value;
        if (!dated.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = dated.get(ChronoField.YEAR);
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** {@code value}, or a {@link DateTimeException} when it lies outside years 0001–9999. */
    public static <T extends TemporalAccessor> T require(T value) {
        if (!supported(value)) {
            throw new DateTimeException(value + " is outside " + RANGE);
        }
        return value;
    }
}
