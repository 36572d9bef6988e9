package cn.jiedao.gateway.reports;

import java.math.BigDecimal;

/**
 * Figures written the way the work report writes them: no thousands separators, no trailing zeros, 万元 as
 * "万" ("1832万"), other units after the number ("65.21亿元", "2564件", "92.99%").
 */
public final class ReportNumbers {

    /** What stands in the text for a figure its service could not derive. */
    public static final String MISSING = "—";

    private ReportNumbers() {
    }

    /** "1832", "65.21", "0.5": the number alone. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }

    /** The number with its unit as the report writes it. */
    public static String write(BigDecimal value, String unit) {
        if (value == null) {
            return MISSING;
        }
        if (unit == null || unit.isEmpty()) {
            return plain(value);
        }
        return plain(value) + ("万元".equals(unit) ? "万" : unit);
    }

    /** A change in percent as the report words it: "增长31.8%", "下降5.2%", "持平". */
    public static String growth(BigDecimal percent) {
        if (percent == null) {
            return MISSING;
        }
        int sign = percent.signum();
        return sign == 0 ? "持平" : (sign > 0 ? "增长" : "下降") + plain(percent.abs()) + "%";
    }

    /** A value as the JSON carries it: trailing zeros dropped, never in exponent form. */
    static BigDecimal normal(BigDecimal value) {
        return value == null ? null : new BigDecimal(plain(value));
    }
}
