package cn.jiedao.kernel.time;

import cn.jiedao.kernel.problem.ProblemException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When something took effect, as the caller who enters it after the fact says: a day ({@code occurredOn},
 * {@code registeredOn}, …) or an instant ({@code occurredAt}, …), named by the request field it came in, or
 * nothing (it took effect now). {@link #resolve} turns it into the instant records and history are stamped
 * with, checked the one way every service checks it:
 *
 * <ul>
 * <li>not in the future of the street ({@link StreetTime}: a day after today, an instant after now): 400 naming
 * the field;</li>
 * <li>not before {@code notBefore}, the effective time of the record's previous step (a day before that step's
 * day, an instant before that step's instant): 400 naming the field;</li>
 * <li>a day that is today is now; an earlier day is its first instant in the street, or the previous step's
 * instant when that falls later on the same day, so that a record's steps keep their order.</li>
 * </ul>
 *
 * @param field the request field, named by the problem
 * @param on the day it took effect, or null
 * @param at the instant it took effect, or null (never both)
 */
public record EffectiveTime(String field, LocalDate on, OffsetDateTime at) {

    /** Nothing said: it takes effect now. */
    public static final EffectiveTime NOW = new EffectiveTime(null, null, null);

    public EffectiveTime {
        if (on != null && at != null) {
            throw new IllegalArgumentException("a day or an instant, not both");
        }
    }

    /** The day {@code on} of the field {@code field}; null is {@link #NOW}. */
    public static EffectiveTime on(String field, LocalDate on) {
        return on == null ? NOW : new EffectiveTime(field, on, null);
    }

    /** The instant {@code at} of the field {@code field}; null is {@link #NOW}. */
    public static EffectiveTime at(String field, OffsetDateTime at) {
        return at == null ? NOW : new EffectiveTime(field, null, at);
    }

    /**
     * The optional {@code occurredOn} / {@code occurredAt} pair of a step's request; both given is a 400 naming
     * {@code occurredAt}.
     */
    public static EffectiveTime of(LocalDate occurredOn, OffsetDateTime occurredAt) {
        if (occurredOn != null && occurredAt != null) {
            throw ProblemException.badRequest(AfterTheFact.OCCURRED_AT, "give occurredOn or occurredAt, not both");
        }
        return occurredAt != null ? at(AfterTheFact.OCCURRED_AT, occurredAt) : on(AfterTheFact.OCCURRED_ON, occurredOn);
    }

    /** Whether the caller said when (it is not {@link #NOW}). */
    public boolean given() {
        return on != null || at != null;
    }

    /**
     * The instant it took effect, checked against the street's now and the previous step's effective time
     * {@code notBefore} (null for a new record).
     */
    public OffsetDateTime resolve(StreetTime time, OffsetDateTime notBefore) {
        OffsetDateTime now = time.now();
        if (at != null) {
            if (at.isAfter(now)) {
                throw ProblemException.badRequest(field, "must not be in the future (now is " + now + ")");
            }
            if (notBefore != null && at.isBefore(notBefore)) {
                throw ProblemException.badRequest(field, "must not be before the record's previous step, " + notBefore);
            }
            return at;
        }
        if (on != null) {
            LocalDate today = time.today();
            if (on.isAfter(today)) {
                throw ProblemException.badRequest(field, "must not be in the future (today is " + today + ")");
            }
            LocalDate previousDay = time.dateOf(notBefore);
            if (previousDay != null && on.isBefore(previousDay)) {
                throw ProblemException.badRequest(field, "must not be before the record's previous step, "
                        + previousDay);
            }
            if (on.equals(today)) {
                return now;
            }
            OffsetDateTime start = time.startOf(on);
            return notBefore != null && notBefore.isAfter(start) ? notBefore : start;
        }
        return now;
    }
}
