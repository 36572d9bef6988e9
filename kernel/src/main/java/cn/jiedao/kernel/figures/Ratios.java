package cn.jiedao.kernel.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The percents every statistic reports (完成进度, 同比增长, 按时率), computed on decimals and rounded half-up, never
 * through floating point; null where the figure is undefined (nothing to divide by).
 */
public final class Ratios {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /** part / whole × 100 to {@code scale} places; null when whole is 0. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole, int scale) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, scale, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole, int scale) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), scale);
    }

    /** (current − previous) / previous × 100 to {@code scale} places; null when previous is 0. */
    public static BigDecimal growthPercent(BigDecimal current, BigDecimal previous, int scale) {
        if (current == null || previous == null) {
            return null;
        }
        return percent(current.subtract(previous), previous, scale);
    }

    public static BigDecimal growthPercent(long current, long previous, int scale) {
        return growthPercent(BigDecimal.valueOf(current), BigDecimal.valueOf(previous), scale);
    }

    /** A stored decimal without trailing zeros and never in exponent notation: 4140.00 → 4140, 12.50 → 12.5. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
