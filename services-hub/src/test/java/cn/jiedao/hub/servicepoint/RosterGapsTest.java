package cn.jiedao.hub.servicepoint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.hub.servicepoint.RosterGaps.Duty;
import cn.jiedao.hub.servicepoint.RosterGaps.Gap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterGapsTest {

    static final YearMonth OCTOBER = YearMonth.of(2023, 10);

    static List<OpeningInterval> everyDay(String opens, String closes) {
        List<OpeningInterval> hours = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.add(new OpeningInterval(d, LocalTime.parse(opens), LocalTime.parse(closes)));
        }
        return hours;
    }

    static Duty duty(int day, String from, String to, String... staff) {
        return new Duty(OCTOBER.atDay(day), LocalTime.parse(from), LocalTime.parse(to), List.of(staff));
    }

    @Test
    void aMonthCoveredEveryDayByStaggeredShiftsHasNoGaps() {
        List<Duty> duties = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            duties.add(duty(day, "08:30", "14:00", "张"));
            duties.add(duty(day, "13:00", "20:00", "李"));
        }
        assertThat(RosterGaps.of(OCTOBER, everyDay("08:30", "20:00"), 1, duties)).isEmpty();
    }

    @Test
    void uncoveredStretchesAreListedDayByDayAndDaysWithoutShiftsAreWhollyOpen() {
        List<Duty> duties = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            if (day != 7) {
                duties.add(duty(day, "08:30", "12:00", "张"));
                duties.add(duty(day, day == 3 ? "14:00" : "12:00", "17:30", "李"));
            }
        }
        List<Gap> gaps = RosterGaps.of(OCTOBER, everyDay("08:30", "17:30"), 1, duties);
        assertThat(gaps).containsExactly(
                new Gap(OCTOBER.atDay(3), LocalTime.of(12, 0), LocalTime.of(14, 0), 0, 1),
                new Gap(OCTOBER.atDay(7), LocalTime.of(8, 30), LocalTime.of(17, 30), 0, 1));
    }

    @Test
    void twoRequiredCountDifferentPeopleAndExtendedHoursAreMoreIntervals() {
        List<OpeningInterval> hours = List.of(
                new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(21, 0)));
        // 2 October 2023 is a Monday; the other Mondays have no shifts
        List<Duty> duties = List.of(duty(2, "09:00", "12:00", "张", "李"), duty(2, "09:00", "10:00", "张"),
                duty(2, "18:00", "21:00", "王"), duty(2, "19:00", "21:00", "赵"));
        List<Gap> gaps = RosterGaps.of(OCTOBER, hours, 2, duties);
        assertThat(gaps).filteredOn(g -> g.date().getDayOfMonth() == 2)
                .containsExactly(new Gap(OCTOBER.atDay(2), LocalTime.of(18, 0), LocalTime.of(19, 0), 1, 2));
        assertThat(gaps).filteredOn(g -> g.date().getDayOfMonth() == 9).hasSize(2);
        assertThat(gaps.stream().map(Gap::date).distinct()).hasSize(5);
        assertThat(RosterGaps.onDuty(OCTOBER.atDay(2), LocalTime.of(19, 30), duties)).containsExactly("王", "赵");
        assertThat(RosterGaps.onDuty(OCTOBER.atDay(2), LocalTime.of(21, 0), duties)).isEmpty();
    }
}
