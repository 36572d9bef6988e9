package cn.jiedao.safety.hazard;

import java.time.LocalDate;
import java.util.Map;

/**
 * How long a hazard may take to be put right, by severity (configuration {@code
 * jiedao.safety.rectification-days.<SEVERITY>}), and when an open one is overdue: past its deadline, which an
 * approved extension moves.
 */
public final class RectificationDeadlines {

    private final Map<HazardSeverity, Integer> days;

    public RectificationDeadlines(Map<HazardSeverity, Integer> days) {
        for (HazardSeverity severity : HazardSeverity.values()) {
            Integer d = days.get(severity);
            if (d == null || d < 1) {
                throw new IllegalArgumentException("jiedao.safety.rectification-days." + severity
                        + " must be a number of days of at least 1, is " + d);
            }
        }
        this.days = Map.copyOf(days);
    }

    public LocalDate deadline(HazardSeverity severity, LocalDate foundOn) {
        return foundOn.plusDays(days.get(severity));
    }

    public int days(HazardSeverity severity) {
        return days.get(severity);
    }

    public static boolean overdue(HazardStatus status, LocalDate deadline, LocalDate today) {
        return !status.isClosed() && deadline.isBefore(today);
    }
}
