package cn.jiedao.safety.keyperson;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** How often a key person is visited, by category and risk level, and when the next visit is due. */
public final class VisitIntervals {

    private final Map<KeyPersonCategory, Map<RiskLevel, Integer>> days = new EnumMap<>(KeyPersonCategory.class);

    /** @param configured days by category name and risk-level name; every pair must be there */
    public VisitIntervals(Map<String, Map<String, Integer>> configured) {
        configured.forEach((category, byRisk) -> {
            Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
            byRisk.forEach((risk, d) -> {
                if (d == null || d < 1) {
                    throw new IllegalArgumentException("jiedao.safety.key-persons.visit-days." + category + "." + risk
                            + " must be at least 1 day");
                }
                levels.put(RiskLevel.valueOf(risk), d);
            });
            days.put(KeyPersonCategory.valueOf(category), levels);
        });
        for (KeyPersonCategory category : KeyPersonCategory.values()) {
            for (RiskLevel risk : RiskLevel.values()) {
                if (days.getOrDefault(category, Map.of()).get(risk) == null) {
                    throw new IllegalArgumentException("jiedao.safety.key-persons.visit-days." + category + "." + risk
                            + " is missing");
                }
            }
        }
    }

    public int days(KeyPersonCategory category, RiskLevel risk) {
        return days.get(category).get(risk);
    }

    /** The day the next visit is due after {@code last} (the last visit, or the registration). */
    public LocalDate due(KeyPersonCategory category, RiskLevel risk, LocalDate last) {
        return last.plusDays(days(category, risk));
    }
}
