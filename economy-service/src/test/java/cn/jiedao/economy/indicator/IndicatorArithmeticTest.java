package cn.jiedao.economy.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorArithmeticTest {

    private static Derived d(String v) {
        return Derived.of(new BigDecimal(v));
    }

    @Test
    void theReportsRevenueFiguresGive92_99PercentOfTargetAnd31_80PercentGrowth() {
        assertThat(Percentages.completion(d("1832"), d("1970")).value()).isEqualByComparingTo("92.99")
                .hasToString("92.99");
        assertThat(Percentages.growth(d("1832"), d("1390")).value()).hasToString("31.80");
    }

    @Test
    void percentsRoundHalfUp() {
        assertThat(Percentages.completion(d("1"), d("8")).value()).hasToString("12.50");
        assertThat(Percentages.completion(d("0.00125"), d("1")).value()).hasToString("0.13");
        assertThat(Percentages.growth(d("0.99875"), d("1")).value()).hasToString("-0.13");
    }

    @Test
    void aFigureThatCannotBeDerivedIsNullWithAReasonNeverZero() {
        Derived noTarget = Percentages.completion(d("1832"), Derived.unavailable("no target set for 2023"));
        assertThat(noTarget.value()).isNull();
        assertThat(noTarget.reason()).contains("no target set for 2023");
        assertThat(Percentages.growth(d("5"), d("0")).value()).isNull();
        assertThat(Percentages.growth(d("5"), d("0")).reason()).contains("is 0");
        assertThat(Percentages.completion(d("5"), d("0")).reason()).contains("target is 0");
    }

    @Test
    void monthValuesAndCumulativeValuesMixWithinAYear() {
        MonthlyFigures f = new MonthlyFigures(2023, Map.of(
                1, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("100")),
                2, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("150")),
                3, new MonthlyFigures.Reported(ValueBasis.CUMULATIVE, new BigDecimal("400")),
                4, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("50"))));
        assertThat(f.cumulative(2).value()).isEqualByComparingTo("250");
        assertThat(f.monthValue(3).value()).isEqualByComparingTo("150");
        assertThat(f.cumulative(4).value()).isEqualByComparingTo("450");
        assertThat(f.monthValue(1).value()).isEqualByComparingTo("100");
    }

    @Test
    void aGapMakesDependentFiguresUnavailableButACumulativeReportBridgesIt() {
        MonthlyFigures f = new MonthlyFigures(2023, Map.of(
                1, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("100")),
                3, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("70")),
                4, new MonthlyFigures.Reported(ValueBasis.CUMULATIVE, new BigDecimal("500")),
                5, new MonthlyFigures.Reported(ValueBasis.MONTH, new BigDecimal("20"))));
        assertThat(f.cumulative(3).value()).isNull();
        assertThat(f.cumulative(3).reason()).contains("2023-02");
        assertThat(f.monthValue(4).value()).isNull();
        assertThat(f.cumulative(4).value()).isEqualByComparingTo("500");
        assertThat(f.cumulative(5).value()).isEqualByComparingTo("520");
        assertThat(f.cumulative(6).reason()).isEqualTo("no value reported for 2023-06");
    }
}
