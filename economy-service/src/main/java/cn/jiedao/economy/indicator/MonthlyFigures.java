package cn.jiedao.economy.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One indicator's figures for one year as reported: each month either as the month's own value (当月值) or
 * as the cumulative January–N value (1-N月累计值), as the finance and statistics bureaus send them. Derives
 * both views for every month; a gap in the reports makes the dependent figures unavailable, with the reason.
 */
public final class MonthlyFigures {

    /** One reported figure. */
    public record Reported(ValueBasis basis, BigDecimal value) {
    }

    private final int year;
    private final Map<Integer, Reported> reported;

    public MonthlyFigures(int year, Map<Integer, Reported> reported) {
        this.year = year;
        this.reported = new HashMap<>(reported);
    }

    /** The cumulative January–{@code month} value. */
    public Derived cumulative(int month) {
        Reported r = reported.get(month);
        if (r == null) {
            return Derived.unavailable("no value reported for " + year + "-" + pad(month));
        }
        if (r.basis() == ValueBasis.CUMULATIVE) {
            return Derived.of(r.value());
        }
        if (month == 1) {
            return Derived.of(r.value());
        }
        Derived before = cumulative(month - 1);
        if (!before.available()) {
            return Derived.unavailable("cumulative value for " + year + "-" + pad(month)
                    + " needs January–" + pad(month - 1) + ": " + before.reason());
        }
        return Derived.of(before.value().add(r.value()));
    }

    /** The month's own value. */
    public Derived monthValue(int month) {
        Reported r = reported.get(month);
        if (r == null) {
            return Derived.unavailable("no value reported for " + year + "-" + pad(month));
        }
        if (r.basis() == ValueBasis.MONTH || month == 1) {
            return Derived.of(r.value());
        }
        Derived before = cumulative(month - 1);
        if (!before.available()) {
            return Derived.unavailable("month value for " + year + "-" + pad(month)
                    + " is the difference of two cumulative values: " + before.reason());
        }
        return Derived.of(r.value().subtract(before.value()));
    }

    private static String pad(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }
}
