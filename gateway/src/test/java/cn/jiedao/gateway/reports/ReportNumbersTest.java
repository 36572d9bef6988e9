package cn.jiedao.gateway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {

    @Test
    void figuresAreWrittenAsTheReportWritesThem() {
        assertThat(ReportNumbers.write(new BigDecimal("1832.0000"), "万元")).isEqualTo("1832万");
        assertThat(ReportNumbers.write(new BigDecimal("65.2100"), "亿元")).isEqualTo("65.21亿元");
        assertThat(ReportNumbers.write(new BigDecimal("2.0000"), "亿元")).isEqualTo("2亿元");
        assertThat(ReportNumbers.write(new BigDecimal("92.99"), "%")).isEqualTo("92.99%");
        assertThat(ReportNumbers.write(new BigDecimal("2564"), "件")).isEqualTo("2564件");
        assertThat(ReportNumbers.write(new BigDecimal("1234567"), "件")).as("no thousands separators")
                .isEqualTo("1234567件");
        assertThat(ReportNumbers.write(new BigDecimal("1E+3"), "人")).as("never in exponent form")
                .isEqualTo("1000人");
        assertThat(ReportNumbers.write(new BigDecimal("7"), null)).isEqualTo("7");
        assertThat(ReportNumbers.write(null, "件")).isEqualTo(ReportNumbers.MISSING);
    }

    @Test
    void growthIsWordedByItsSign() {
        assertThat(ReportNumbers.growth(new BigDecimal("31.80"))).isEqualTo("增长31.8%");
        assertThat(ReportNumbers.growth(new BigDecimal("-40.4"))).isEqualTo("下降40.4%");
        assertThat(ReportNumbers.growth(new BigDecimal("0.00"))).isEqualTo("持平");
        assertThat(ReportNumbers.growth(null)).isEqualTo(ReportNumbers.MISSING);
    }

    @Test
    void jsonValuesLoseTrailingZerosOnly() {
        assertThat(ReportNumbers.normal(new BigDecimal("1970.0000"))).isEqualByComparingTo("1970")
                .hasToString("1970");
        assertThat(ReportNumbers.normal(new BigDecimal("0.9500"))).hasToString("0.95");
        assertThat(ReportNumbers.normal(null)).isNull();
    }
}
