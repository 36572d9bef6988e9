package cn.jiedao.kernel.time;

import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * Bean Validation's clock is the street's: {@code @Past}, {@code @FutureOrPresent} and the birth date of a
 * resident identity number are judged in street time, and a test that fixes {@link StreetTime} fixes them too.
 */
@Singleton
public class StreetClockProvider implements ClockProvider {

    private final StreetTime time;

    public StreetClockProvider(StreetTime time) {
        this.time = time;
    }

    @Override
    public Clock getClock() {
        return time.clock();
    }
}
