package cn.jiedao.kernel.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A step's request that may be entered after the fact: its optional {@code occurredOn} (a day) or
 * {@code occurredAt} (an instant), when the step took effect. A record of the request implements it with two
 * components of these names; {@code LifecycleSteps} takes {@link #effective()} and checks it.
 */
public interface AfterTheFact {

    String OCCURRED_ON = "occurredOn";
    String OCCURRED_AT = "occurredAt";

    /** The OpenAPI description of {@code occurredOn}, the same on every step that takes it. */
    String OCCURRED_ON_DESCRIPTION = "Entered after the fact: the day the step took effect (street time, Asia/Shanghai),"
            + " not after today and not before the record's previous step; the record is stamped with it and the"
            + " history keeps it beside the entry time. Omit for now; never together with occurredAt.";

    /** The OpenAPI description of {@code occurredAt}. */
    String OCCURRED_AT_DESCRIPTION = "Entered after the fact: the instant the step took effect, not after now and not"
            + " before the record's previous step. Omit for now; never together with occurredOn.";

    LocalDate occurredOn();

    OffsetDateTime occurredAt();

    /** When the step took effect, as the request says; {@link EffectiveTime#NOW} when it says nothing. */
    default EffectiveTime effective() {
        return EffectiveTime.of(occurredOn(), occurredAt());
    }
}
