package cn.jiedao.mediation.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The deadline rules, computed from what the records say (received, accepted, extended, concluded), never
 * stored. A deadline is a calendar date in the street's time zone (the zone of {@code StreetTime}, given to
 * the constructor); a dispute is overdue from the day after. Plain Java so that unit tests reach it without
 * Quarkus: "today" is always a parameter.
 */
public final class DisputeDeadlines {

    private final ZoneId zone;
    private final int acceptanceDays;
    private final int conclusionDays;
    private final int judicialConfirmationDays;

    public DisputeDeadlines(ZoneId zone, int acceptanceDays, int conclusionDays, int judicialConfirmationDays) {
        this.zone = zone;
        this.acceptanceDays = acceptanceDays;
        this.conclusionDays = conclusionDays;
        this.judicialConfirmationDays = judicialConfirmationDays;
    }

    public static DisputeDeadlines of(DeadlineConfig config, ZoneId zone) {
        return new DisputeDeadlines(zone, config.acceptanceDays(), config.conclusionDays(),
                config.judicialConfirmationDays());
    }

    /** The street's calendar day of an instant. */
    public LocalDate streetDate(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    /** Last day on which the dispute may still be accepted. */
    public LocalDate acceptanceDue(OffsetDateTime receivedAt) {
        return streetDate(receivedAt).plusDays(acceptanceDays);
    }

    /** Last day of mediation: the date both parties agreed to, or the period after acceptance. */
    public LocalDate conclusionDue(OffsetDateTime acceptedAt, LocalDate extendedUntil) {
        if (acceptedAt == null) {
            return null;
        }
        return extendedUntil != null ? extendedUntil : streetDate(acceptedAt).plusDays(conclusionDays);
    }

    /** Last day for the parties' joint application for judicial confirmation of a written agreement. */
    public LocalDate judicialConfirmationDue(OffsetDateTime agreedAt) {
        return agreedAt == null ? null : streetDate(agreedAt).plusDays(judicialConfirmationDays);
    }

    /** Whether a received, not yet accepted dispute has missed its acceptance deadline on {@code today}. */
    public boolean acceptanceOverdue(OffsetDateTime receivedAt, LocalDate today) {
        return today.isAfter(acceptanceDue(receivedAt));
    }

    /** Whether an accepted, not yet concluded dispute has missed its conclusion deadline on {@code today}. */
    public boolean conclusionOverdue(OffsetDateTime acceptedAt, LocalDate extendedUntil, LocalDate today) {
        return today.isAfter(conclusionDue(acceptedAt, extendedUntil));
    }

    /**
     * Received before this instant and still not accepted means overdue on {@code today}: the same rule as
     * {@link #acceptanceOverdue}, as a bound a query can use.
     */
    public OffsetDateTime acceptanceOverdueIfReceivedBefore(LocalDate today) {
        return today.minusDays(acceptanceDays).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Accepted before this instant without an extension and still open means overdue on {@code today}. */
    public OffsetDateTime conclusionOverdueIfAcceptedBefore(LocalDate today) {
        return today.minusDays(conclusionDays).atStartOfDay(zone).toOffsetDateTime();
    }

    public int conclusionDays() {
        return conclusionDays;
    }
}
