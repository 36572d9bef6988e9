package cn.jiedao.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JsonLimits refuses dates outside years 0001–9999 while a body is read, with the field's path. */
class SupportedDatesInJsonTest {

    record Body(LocalDate on, OffsetDateTime at, Instant when, YearMonth month, DayOfWeek day, List<LocalDate> days) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new JsonLimits().customize(mapper);
        return mapper;
    }

    @Test
    void anExpandedYearIsRefusedNamingTheField() {
        assertThatThrownBy(() -> mapper.readValue("{\"on\":\"+999999999-12-31\"}", Body.class))
                .isInstanceOf(JsonLimits.DateOutOfRange.class)
                .satisfies(e -> assertThat(ProblemMappers.jsonPath(((JsonLimits.DateOutOfRange) e).getPath()))
                        .isEqualTo("on"));
        assertThatThrownBy(() -> mapper.readValue("{\"days\":[\"2023-01-01\",\"-000001-01-01\"]}", Body.class))
                .isInstanceOf(JsonLimits.DateOutOfRange.class)
                .satisfies(e -> assertThat(ProblemMappers.jsonPath(((JsonLimits.DateOutOfRange) e).getPath()))
                        .isEqualTo("days[1]"));
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"+999999999-12-31T23:59:59Z\"}", Body.class))
                .isInstanceOf(JsonLimits.DateOutOfRange.class);
        assertThatThrownBy(() -> mapper.readValue("{\"when\":\"-999999999-01-01T00:00:00Z\"}", Body.class))
                .isInstanceOf(JsonLimits.DateOutOfRange.class);
        // Jackson's month reader does not take an expanded year at all: refused too, naming the field
        assertThatThrownBy(() -> mapper.readValue("{\"month\":\"+10000-01\"}", Body.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class)
                .satisfies(e -> assertThat(ProblemMappers.jsonPath(
                        ((com.fasterxml.jackson.databind.JsonMappingException) e).getPath())).isEqualTo("month"));
    }

    @Test
    void datesOfYears1To9999AndOtherTypesReadAsBefore() throws Exception {
        Body body = mapper.readValue("{\"on\":\"9999-12-31\",\"at\":\"0001-01-01T00:00:00Z\","
                + "\"when\":\"2023-10-31T01:00:00Z\",\"month\":\"2023-10\",\"day\":\"MONDAY\",\"days\":[\"2023-01-01\"]}",
                Body.class);
        assertThat(body.on()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(body.day()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(body.days()).containsExactly(LocalDate.of(2023, 1, 1));
    }
}
