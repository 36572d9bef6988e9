package cn.jiedao.infra.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for the bodies the demo sends. */
final class Records {

    private Records() {
    }

    /** A JSON object of key, value pairs, in order. */
    static Map<String, Object> of(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                body.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return body;
    }

    /**
     * The day of record {@code i} of {@code n} spread evenly over January to {@code throughMonth} of
     * {@code year}: the first on 1 January, the last before the end of that month.
     */
    static LocalDate spread(int year, int throughMonth, int i, int n) {
        LocalDate first = LocalDate.of(year, 1, 1);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.of(year, throughMonth, 1)
                .plusMonths(1));
        return first.plusDays(days * i / Math.max(1, n));
    }
}
