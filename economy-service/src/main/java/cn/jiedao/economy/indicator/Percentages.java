package cn.jiedao.economy.indicator;

import cn.jiedao.kernel.figures.Ratios;
import java.math.BigDecimal;

/** 完成全年进度 and 同比增长: percents of decimals, rounded half-up to two places, never via floating point. */
public final class Percentages {

    private Percentages() {
    }

    /** ytd / target × 100. */
    public static Derived completion(Derived ytd, Derived target) {
        if (!ytd.available()) {
            return Derived.unavailable("year-to-date value unavailable: " + ytd.reason());
        }
        if (!target.available()) {
            return Derived.unavailable("target unavailable: " + target.reason());
        }
        if (target.value().signum() == 0) {
            return Derived.unavailable("the target is 0");
        }
        return Derived.of(Ratios.percent(ytd.value(), target.value(), 2));
    }

    /** (current − same period last year) / same period last year × 100. */
    public static Derived growth(Derived current, Derived lastYear) {
        if (!current.available()) {
            return Derived.unavailable("current value unavailable: " + current.reason());
        }
        if (!lastYear.available()) {
            return Derived.unavailable("same period last year unavailable: " + lastYear.reason());
        }
        if (lastYear.value().signum() == 0) {
            return Derived.unavailable("the same period last year is 0, growth is undefined");
        }
        return Derived.of(Ratios.growthPercent(current.value(), lastYear.value(), 2));
    }

    /** A stored numeric without trailing zeros and never in exponent notation: 1832.0000 → 1832. */
    public static BigDecimal plain(BigDecimal value) {
        return Ratios.plain(value);
    }
}
