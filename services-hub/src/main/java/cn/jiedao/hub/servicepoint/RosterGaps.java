package cn.jiedao.hub.servicepoint;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roster rule: every opening interval of every day is covered, at every moment, by at least the required
 * number of different people on duty. The gaps are the stretches where fewer are, merged where they touch,
 * day by day; a month without gaps is one of 365天不打烊.
 */
public final class RosterGaps {

    /** A shift as the rule sees it: its day, its times and who is on it. */
    public record Duty(LocalDate day, LocalTime from, LocalTime to, List<String> staff) {
    }

    /** An uncovered stretch of a day: who is on duty in it (fewer than required). */
    public record Gap(LocalDate date, LocalTime from, LocalTime to, int onDuty, int required) {
    }

    private RosterGaps() {
    }

    public static List<Gap> of(YearMonth month, List<OpeningInterval> openingHours, int required, List<Duty> duties) {
        List<Gap> gaps = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            LocalDate today = day;
            List<Duty> ofDay = duties.stream().filter(d -> d.day().equals(today)).toList();
            openingHours.stream().filter(o -> o.dayOfWeek() == today.getDayOfWeek())
                    .sorted(java.util.Comparator.comparing(OpeningInterval::opens))
                    .forEach(open -> gaps.addAll(gaps(today, open.opens(), open.closes(), required, ofDay)));
        }
        return merge(gaps);
    }

    /** Who is on duty at {@code time} of {@code day}: the staff of the shifts from or before it, ending after it. */
    public static Set<String> onDuty(LocalDate day, LocalTime time, List<Duty> duties) {
        Set<String> staff = new java.util.LinkedHashSet<>();
        duties.stream().filter(d -> d.day().equals(day) && !d.from().isAfter(time) && d.to().isAfter(time))
                .forEach(d -> staff.addAll(d.staff()));
        return staff;
    }

    private static List<Gap> gaps(LocalDate day, LocalTime opens, LocalTime closes, int required, List<Duty> duties) {
        TreeSet<LocalTime> cuts = new TreeSet<>(List.of(opens, closes));
        for (Duty d : duties) {
            if (d.from().isAfter(opens) && d.from().isBefore(closes)) {
                cuts.add(d.from());
            }
            if (d.to().isAfter(opens) && d.to().isBefore(closes)) {
                cuts.add(d.to());
            }
        }
        List<Gap> gaps = new ArrayList<>();
        LocalTime from = null;
        for (LocalTime to : cuts) {
            if (from != null) {
                Set<String> staff = new HashSet<>(onDuty(day, from, duties));
                if (staff.size() < required) {
                    gaps.add(new Gap(day, from, to, staff.size(), required));
                }
            }
            from = to;
        }
        return gaps;
    }

    /** Touching gaps of a day with as many on duty become one. */
    private static List<Gap> merge(List<Gap> gaps) {
        List<Gap> merged = new ArrayList<>();
        for (Gap gap : gaps) {
            Gap last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.date().equals(gap.date()) && last.to().equals(gap.from())
                    && last.onDuty() == gap.onDuty()) {
                merged.set(merged.size() - 1, new Gap(last.date(), last.from(), gap.to(), gap.onDuty(), gap.required()));
            } else {
                merged.add(gap);
            }
        }
        return merged;
    }
}
