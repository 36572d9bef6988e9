package cn.jiedao.economy.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.economy.CreditCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CensusRowParserTest {

    private static Map<CensusColumn, String> row(String type, String register, String credit, String industry,
            String licensed, String large) {
        Map<CensusColumn, String> v = new EnumMap<>(CensusColumn.class);
        v.put(CensusColumn.RECORD_TYPE, type);
        v.put(CensusColumn.REGISTER_CODE, register);
        v.put(CensusColumn.CREDIT_CODE, credit);
        v.put(CensusColumn.NAME, "老王烧烤");
        v.put(CensusColumn.INDUSTRY_CODE, industry);
        v.put(CensusColumn.DIVISION_CODE, "360121001001");
        v.put(CensusColumn.ADDRESS, "金沙二路夜市");
        v.put(CensusColumn.LICENSED, licensed);
        v.put(CensusColumn.DIGITAL_ECONOMY, "");
        v.put(CensusColumn.LARGE_INDIVIDUAL, large);
        v.put(CensusColumn.REVENUE, "12.5");
        v.put(CensusColumn.EMPLOYEES, "3");
        return v;
    }

    @Test
    void anUnlicensedIndividualBusinessNeedsOnlyItsRegisterCode() {
        CensusRowParser.Outcome o = CensusRowParser.parse(row("3", "P0001", "", "6210", "否", "1"));
        assertThat(o.accepted()).isTrue();
        assertThat(o.row().licensed()).isFalse();
        assertThat(o.row().largeIndividual()).isTrue();
        assertThat(o.row().digitalEconomy()).isFalse();
        assertThat(o.row().revenue()).isEqualByComparingTo("12.5");
        assertThat(o.row().unitKey()).isEqualTo("P0001");
        assertThat(o.row().type()).isEqualTo(CensusRecordType.INDIVIDUAL_BUSINESS);
    }

    @Test
    void everyReasonOfARejectedRowIsGiven() {
        CensusRowParser.Outcome o = CensusRowParser.parse(row("4", "", "913601210000000001", "62x", "maybe", "1"));
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).hasSize(4).anyMatch(r -> r.startsWith("recordType:"))
                .anyMatch(r -> r.startsWith("creditCode:")).anyMatch(r -> r.startsWith("industryCode:"))
                .anyMatch(r -> r.startsWith("licensed:"));
        assertThat(CensusRowParser.parse(row("1", "", "", "5211", "1", "1")).reasons())
                .contains("registerCode: a record needs a census register code or a credit code",
                        "largeIndividual: only an individual business (record type 3) can be a 大个体");
    }

    @Test
    void theKeyFallsBackToTheCreditCode() {
        String code = CreditCodes.enterprise();
        assertThat(CensusRowParser.parse(row("1", null, code, "5211", "1", "0")).row().unitKey())
                .isEqualTo("USCC:" + code);
    }

    @Test
    void headersAreRecognisedInEnglishOrChineseAndMissingOnesAreNamed() {
        assertThat(CensusColumn.forHeader("\uFEFFrecordType")).contains(CensusColumn.RECORD_TYPE);
        assertThat(CensusColumn.forHeader("营业收入（万元）")).contains(CensusColumn.REVENUE);
        assertThat(CensusColumn.forHeader("营业收入")).contains(CensusColumn.REVENUE);
        assertThat(CensusColumn.forHeader("Credit Code")).contains(CensusColumn.CREDIT_CODE);
        assertThatThrownBy(() -> CensusImporter.columns(List.of("单位类型", "单位名称")))
                .hasMessageContaining("registerCode (普查登记码)").hasMessageContaining("employees (从业人员(人))");
    }

    @Test
    void aHugeHeaderIsShortenedInTheReason() {
        List<String> headers = new java.util.ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            headers.add("数据" + "x".repeat(i % 100));
        }
        assertThatThrownBy(() -> CensusImporter.columns(headers))
                .hasMessageContaining("registerCode (普查登记码)").hasMessageContaining("(5000 names)")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(1000));
    }

    @Test
    void stagedRowsQuoteStringsAndLeaveNullsEmpty() {
        CensusRow row = new CensusRow(3, "B1", null, "王\"记\",小吃", "6210", "360121001001", "360121001001001", "",
                true, false, true, new java.math.BigDecimal("12.5000"), null);
        assertThat(new String(CensusImporter.stagedCsv(List.of(row)), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("3,\"B1\",\"B1\",,\"王\"\"记\"\",小吃\",\"6210\",\"360121001001\",\"360121001001001\",\"\",t,f,t,12.5000,\n");
    }

    @Test
    void utf8AndGb18030FilesAreTellApart() throws Exception {
        Path utf8 = Files.createTempFile("census", ".csv");
        Path gb = Files.createTempFile("census", ".csv");
        try {
            Files.writeString(utf8, "单位名称\n住宿餐饮个体户\n", StandardCharsets.UTF_8);
            Files.writeString(gb, "单位名称\n住宿餐饮个体户\n", CharsetDetection.GB18030);
            assertThat(CharsetDetection.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
            assertThat(CharsetDetection.detect(gb)).isEqualTo(CharsetDetection.GB18030);
            assertThat(CharsetDetection.named("gbk")).contains(CharsetDetection.GB18030);
            assertThat(CharsetDetection.named("latin1")).isEmpty();
        } finally {
            Files.delete(utf8);
            Files.delete(gb);
        }
    }
}
