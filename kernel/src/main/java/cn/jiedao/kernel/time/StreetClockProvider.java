package cn.jiedao.kernel.time;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Bean Validation's clock is the street's: {@code @Past}, {@code @FutureOrPresent} and the birth date of a
 * resident identity number are judged in street time, and a test that fixes {@link StreetTime} fixes them too.
 * Hibernate Validator keeps the clock it is given when it first builds a validator, so the clock handed over
 * asks {@link StreetTime} for the time on every reading.
 */
@Singleton
@Unremovable
public class StreetClockProvider implements ClockProvider {

    private final Clock clock;

    public StreetClockProvider(StreetTime time) {
        this.clock = new StreetClock(time);
    }

    @Override
    public Clock getClock() {
        return clock;
    }

    /** A clock that reads the street's clock of the moment, whichever a test has set. */
    private static final class StreetClock extends Clock {
        private final StreetTime time;

        StreetClock(StreetTime time) {
            this.time = time;
        }

        @Override
        public ZoneId getZone() {
            return time.zone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return time.clock().withZone(zone);
        }

        @Override
        public Instant instant() {
            return time.instant();
        }
    }
}
