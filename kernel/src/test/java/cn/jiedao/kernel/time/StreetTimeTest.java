package cn.jiedao.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StreetTimeTest {

    /** 23:30 on 31 October in UTC is already 1 November in the street (UTC+8). */
    static final Instant LATE_UTC = Instant.parse("2023-10-31T23:30:00Z");

    @Test
    void todayIsTheStreetsCalendarDayNotTheServers() {
        StreetTime time = StreetTime.fixedAt(LATE_UTC);
        assertThat(time.zone().getId()).isEqualTo(StreetTime.DEFAULT_ZONE);
        assertThat(time.today()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(time.thisMonth()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(time.now()).isEqualTo(OffsetDateTime.parse("2023-11-01T07:30:00+08:00"));
        assertThat(time.now().getOffset()).isEqualTo(ZoneOffset.ofHours(8));
        assertThat(time.dateOf(OffsetDateTime.parse("2023-10-31T16:00:00Z"))).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(time.dateOf(OffsetDateTime.parse("2023-10-31T15:59:59Z"))).isEqualTo(LocalDate.of(2023, 10, 31));
    }

    @Test
    void aDayAMonthAndAYearAreHalfOpenIntervalsInTheStreet() {
        StreetTime time = StreetTime.system();
        LocalDate day = LocalDate.of(2023, 10, 1);
        assertThat(time.startOf(day)).isEqualTo(OffsetDateTime.parse("2023-10-01T00:00:00+08:00"));
        assertThat(time.endOf(day)).isEqualTo(OffsetDateTime.parse("2023-10-02T00:00:00+08:00"));
        StreetTime.Interval october = time.month(YearMonth.of(2023, 10));
        assertThat(october.from()).isEqualTo(OffsetDateTime.parse("2023-10-01T00:00:00+08:00"));
        assertThat(october.until()).isEqualTo(OffsetDateTime.parse("2023-11-01T00:00:00+08:00"));
        assertThat(time.year(2023).until()).isEqualTo(OffsetDateTime.parse("2024-01-01T00:00:00+08:00"));
        assertThat(time.days(null, day).from()).as("an open start").isNull();
    }

    @Test
    void aTestCanFixAndReleaseTheClockOfOneInstance() {
        StreetTime time = new StreetTime("Asia/Urumqi");
        time.useClock(Clock.fixed(LATE_UTC, java.time.ZoneOffset.UTC));
        assertThat(time.zone().getId()).as("the street keeps its zone").isEqualTo("Asia/Urumqi");
        assertThat(time.instant()).isEqualTo(LATE_UTC);
        assertThat(time.today()).isEqualTo(LocalDate.of(2023, 11, 1));
        time.useSystemClock();
        assertThat(time.instant()).isAfter(LATE_UTC);
    }
}
