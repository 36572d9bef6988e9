package cn.jiedao.kernel.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SupportedDatesTest {

    @Test
    void yearsOneTo9999AreTakenExpandedYearsAreNot() {
        assertThat(SupportedDates.supported(LocalDate.parse("0001-01-01"))).isTrue();
        assertThat(SupportedDates.supported(LocalDate.parse("9999-12-31"))).isTrue();
        assertThat(SupportedDates.supported(LocalDate.parse("2023-10-31"))).isTrue();
        assertThat(SupportedDates.supported(LocalDate.parse("+999999999-12-31"))).isFalse();
        assertThat(SupportedDates.supported(LocalDate.parse("-000001-01-01"))).isFalse();
        assertThat(SupportedDates.supported(LocalDate.parse("0000-01-01"))).isFalse();
        assertThat(SupportedDates.supported(LocalDate.parse("+10000-01-01"))).isFalse();
        assertThat(SupportedDates.supported(OffsetDateTime.parse("+999999999-12-31T23:59:59Z"))).isFalse();
        assertThat(SupportedDates.supported(Instant.MAX)).isFalse();
        assertThat(SupportedDates.supported(Instant.parse("2023-10-31T01:00:00Z"))).isTrue();
        assertThat(SupportedDates.supported(YearMonth.parse("-0001-01"))).isFalse();
        assertThat(SupportedDates.supported(LocalTime.NOON)).isTrue();
        assertThatThrownBy(() -> SupportedDates.require(LocalDate.MAX)).isInstanceOf(DateTimeException.class);
        assertThat(SupportedDates.require(LocalDate.of(2023, 1, 1))).isEqualTo(LocalDate.of(2023, 1, 1));
    }
}
