package cn.jiedao.economy.indicator;

import java.math.BigDecimal;

/**
 * A derived figure: a value, or no value and the reason why it cannot be derived. A missing figure is
 * never reported as 0, which a leader would read as "nothing happened".
 */
public record Derived(BigDecimal value, String reason) {

    public static Derived of(BigDecimal value) {
        return new Derived(value, null);
    }

    public static Derived unavailable(String reason) {
        return new Derived(null, reason);
    }

    public boolean available() {
        return value != null;
    }
}
