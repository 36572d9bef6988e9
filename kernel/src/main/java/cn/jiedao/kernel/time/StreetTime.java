package cn.jiedao.kernel.time;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The street's time: what day it is, and when a day, a month or a year begins and ends, in the street's own
 * time zone ({@code jiedao.street.time-zone}, default {@value #DEFAULT_ZONE}). Every service takes "now" and
 * "today" from here, never from {@code OffsetDateTime.now()} or the JVM's zone, so that a deadline falls on
 * the same calendar day whatever the server's zone, and a test can fix the clock.
 *
 * <p>A day is the half-open interval [start of the day, start of the next day); a period of days
 * {@code from}–{@code to} includes both ends.
 */
@Singleton
public class StreetTime {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    /** A half-open interval of instants [from, until), as a query compares timestamps with it. */
    public record Interval(OffsetDateTime from, OffsetDateTime until) {
    }

    private final ZoneId zone;
    private volatile Clock clock;

    @Inject
    public StreetTime(@ConfigProperty(name = "jiedao.street.time-zone", defaultValue = DEFAULT_ZONE) String zone) {
        this(Clock.system(ZoneId.of(zone)));
    }

    /** The street's time on a given clock; its zone is the street's zone. */
    public StreetTime(Clock clock) {
        this.zone = clock.getZone();
        this.clock = clock;
    }

    /** The default zone's wall clock, for code that runs outside a container (rules, unit tests). */
    public static StreetTime system() {
        return new StreetTime(DEFAULT_ZONE);
    }

    /** Time stood still at {@code instant} in the default zone: for tests of deadlines and overdue rules. */
    public static StreetTime fixedAt(Instant instant) {
        return system().at(instant);
    }

    /** The same street at another, fixed instant (its zone kept). */
    public StreetTime at(Instant instant) {
        return new StreetTime(Clock.fixed(instant, zone));
    }

    /**
     * Moves this instance's clock: a {@code @QuarkusTest} fixes the date the services see with
     * {@code streetTime.useClock(Clock.fixed(..., streetTime.zone()))} and restores it with
     * {@link #useSystemClock()}. Production code never calls it.
     */
    public void useClock(Clock clock) {
        if (!clock.getZone().equals(zone)) {
            clock = clock.withZone(zone);
        }
        this.clock = clock;
    }

    public void useSystemClock() {
        this.clock = Clock.system(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public Instant instant() {
        return clock.instant();
    }

    /** Now, with the street's offset (+08:00 in Asia/Shanghai). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /** The street's calendar day of an instant. */
    public LocalDate dateOf(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    public LocalDate dateOf(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    /** The first instant of {@code day} in the street. */
    public OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after {@code day}: the exclusive end of the day. */
    public OffsetDateTime endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    /** Days {@code from} to {@code to}, both included; a null end is open. */
    public Interval days(LocalDate from, LocalDate to) {
        return new Interval(from == null ? null : startOf(from), to == null ? null : endOf(to));
    }

    public Interval month(YearMonth month) {
        return days(month.atDay(1), month.atEndOfMonth());
    }

    public Interval year(int year) {
        return days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
