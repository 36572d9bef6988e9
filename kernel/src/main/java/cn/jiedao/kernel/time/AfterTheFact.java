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

    LocalDate occurredOn();

    OffsetDateTime occurredAt();

    /** When the step took effect, as the request says; {@link EffectiveTime#NOW} when it says nothing. */
    default EffectiveTime effective() {
        return EffectiveTime.of(occurredOn(), occurredAt());
    }
}
