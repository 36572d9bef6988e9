package cn.jiedao.infra.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jiedao.kernel.validation.UnifiedSocialCreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo's data set adds up to the work report's figures before anything is sent (DemoReportTest in
 * e2e-tests checks what the platform derives from it), and its dates stay in January–October.
 */
class DemoDataTest {

    static JsonNode data() throws Exception {
        try (InputStream in = Demo.class.getResourceAsStream(Demo.DATA)) {
            return Staff.JSON.readTree(in);
        }
    }

    static BigDecimal sum(JsonNode numbers) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode n : numbers) {
            total = total.add(n.decimalValue());
        }
        return total;
    }

    @Test
    void theDisputesUnitsAndMoneyAddUpToTheReport() throws Exception {
        JsonNode data = data();
        JsonNode mediation = data.path("mediation");
        int disputes = mediation.path("policeReferrals").path("count").asInt();
        for (JsonNode group : mediation.path("disputes")) {
            for (JsonNode count : group.path("channels")) {
                disputes += count.asInt();
            }
        }
        assertEquals(2564, disputes, "共收集解决居民各类诉求2564件");
        JsonNode economy = data.path("economy");
        int units = 0;
        int entered = 0;
        for (JsonNode group : economy.path("unitsInLibrary")) {
            units += group.path("count").asInt();
            entered += group.path("enteredIn2023").asInt();
        }
        assertEquals(122, units, "库内单位122家");
        assertEquals(13, entered, "2023年新增入统法人13家");
        assertEquals(0, new BigDecimal("1832").compareTo(sum(economy.path("monthValues")
                .path("GENERAL_BUDGET_REVENUE").path("2023"))), "1-10月累计完成一般预算收入1832万");
        BigDecimal declared = BigDecimal.ZERO;
        for (JsonNode p : economy.path("investmentProjects")) {
            declared = declared.add(sum(p.path("declarations")));
        }
        assertEquals(0, new BigDecimal("32400").compareTo(declared), "1-10月累计申报投资额3.24亿元");
        assertEquals(0, new BigDecimal("15000").compareTo(sum(economy.path("signedProjectCapital"))), "注册资金共1.5亿元");
        int measures = 0;
        for (JsonNode m : data.path("discipline").path("measures")) {
            measures += m.asInt();
        }
        assertEquals(128, measures, "the ten measures of 一.6, 12 + 1 + 1 + 57 + 4 + 35 + 3 + 2 + 1 + 12");
        int grids = 0;
        for (JsonNode c : data.path("hub").path("communities")) {
            grids += c.path("grids").asInt();
        }
        assertEquals(167, grids, "one party branch or group per grid: 网格党支部和党小组167个");
    }

    @Test
    void recordsAreSpreadOverJanuaryToOctoberAndCreditCodesAreValidAndDistinct() {
        for (int n : new int[] {1, 13, 26, 823, 2564}) {
            for (int i = 0; i < n; i++) {
                LocalDate day = Records.spread(2023, 10, i, n);
                assertTrue(!day.isBefore(LocalDate.of(2023, 1, 1)) && !day.isAfter(LocalDate.of(2023, 10, 31)),
                        i + " of " + n + ": " + day);
            }
        }
        assertEquals(LocalDate.of(2023, 1, 1), Records.spread(2023, 10, 0, 26));
        Set<String> codes = new HashSet<>();
        for (int serial = 1; serial <= 1000; serial++) {
            String code = Economy2023.creditCode(serial % 2 == 0 ? "91" : "92", serial);
            assertTrue(UnifiedSocialCreditCode.isValid(code), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size());
    }
}
