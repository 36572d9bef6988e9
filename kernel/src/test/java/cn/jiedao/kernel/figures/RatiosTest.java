package cn.jiedao.kernel.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatiosTest {

    @Test
    void percentsRoundHalfUpOnDecimals() {
        assertThat(Ratios.percent(new BigDecimal("1832"), new BigDecimal("1970"), 2)).isEqualByComparingTo("92.99");
        assertThat(Ratios.percent(1, 3, 1)).isEqualByComparingTo("33.3");
        assertThat(Ratios.percent(2, 3, 1)).isEqualByComparingTo("66.7");
        assertThat(Ratios.percent(5, 0, 1)).isNull();
    }

    @Test
    void growthIsAgainstThePreviousFigureAndUndefinedFromZero() {
        assertThat(Ratios.growthPercent(30, 40, 1)).isEqualByComparingTo("-25.0");
        assertThat(Ratios.growthPercent(new BigDecimal("1832"), new BigDecimal("1390"), 1)).isEqualByComparingTo("31.8");
        assertThat(Ratios.growthPercent(3, 0, 1)).isNull();
    }

    @Test
    void aPlainDecimalHasNeitherTrailingZerosNorAnExponent() {
        assertThat(Ratios.plain(new BigDecimal("4140.00")).toString()).isEqualTo("4140");
        assertThat(Ratios.plain(new BigDecimal("12.50")).toString()).isEqualTo("12.5");
        assertThat(Ratios.plain(null)).isNull();
    }
}
