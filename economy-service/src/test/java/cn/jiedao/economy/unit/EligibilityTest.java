package cn.jiedao.economy.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private final Eligibility rules = new Eligibility(List.of(
            new Eligibility.Threshold("52", UnitCategory.ABOVE_QUOTA_RETAIL, EligibilityRule.REVENUE_AT_LEAST,
                    new BigDecimal("500"), "零售业 主营业务收入 ≥ 500万元"),
            new Eligibility.Threshold("62", UnitCategory.ABOVE_QUOTA_CATERING, EligibilityRule.REVENUE_AT_LEAST,
                    new BigDecimal("200"), "餐饮业 主营业务收入 ≥ 200万元"),
            new Eligibility.Threshold("47", UnitCategory.ABOVE_SCALE_CONSTRUCTION,
                    EligibilityRule.CONSTRUCTION_QUALIFICATION, null, "房屋建筑业 有资质的建筑业企业"),
            new Eligibility.Threshold("70", UnitCategory.ABOVE_SCALE_SERVICES, EligibilityRule.REVENUE_AT_LEAST,
                    new BigDecimal("1000"), "物业管理等 营业收入 ≥ 1000万元"),
            new Eligibility.Threshold("7010", UnitCategory.REAL_ESTATE_DEVELOPMENT, EligibilityRule.ALWAYS, null,
                    "房地产开发经营 全部纳入")));

    @Test
    void retailAtTheThresholdPassesAndJustBelowFailsWithTheFiguresInTheExplanation() {
        Eligibility.Result pass = rules.check("5211", 2023, new BigDecimal("500"), false);
        assertThat(pass.eligible()).isTrue();
        assertThat(pass.category()).isEqualTo(UnitCategory.ABOVE_QUOTA_RETAIL);
        assertThat(pass.explanation()).isEqualTo("零售业 主营业务收入 ≥ 500万元: 2023 revenue 500万元 ≥ 500万元, passed");
        Eligibility.Result fail = rules.check("52", 2023, new BigDecimal("499.99"), false);
        assertThat(fail.eligible()).isFalse();
        assertThat(fail.explanation()).endsWith("2023 revenue 499.99万元 < 500万元, failed");
    }

    @Test
    void noRevenueRecordedIsNotEligibleAndSaysSo() {
        assertThat(rules.check("6210", 2023, null, false).explanation())
                .endsWith("no main-business revenue recorded for 2023");
    }

    @Test
    void constructionNeedsAQualificationAndRealEstateDevelopmentAlwaysCounts() {
        assertThat(rules.check("4710", 2023, null, true).eligible()).isTrue();
        assertThat(rules.check("4710", 2023, new BigDecimal("99999"), false).eligible()).isFalse();
        Eligibility.Result developer = rules.check("7010", 2023, null, false);
        assertThat(developer.eligible()).isTrue();
        assertThat(developer.category()).isEqualTo(UnitCategory.REAL_ESTATE_DEVELOPMENT);
    }

    @Test
    void theLongestPrefixWinsSoPropertyManagementIsAServiceNotADeveloper() {
        Eligibility.Result property = rules.check("7020", 2023, new BigDecimal("1200"), false);
        assertThat(property.category()).isEqualTo(UnitCategory.ABOVE_SCALE_SERVICES);
        assertThat(property.eligible()).isTrue();
    }

    @Test
    void anIndustryOutsideTheLibraryHasNoRule() {
        Eligibility.Result r = rules.check("1310", 2023, new BigDecimal("5000"), false);
        assertThat(r.eligible()).isFalse();
        assertThat(r.threshold()).isNull();
        assertThat(r.explanation()).startsWith("no threshold covers industry 1310");
    }

    @Test
    void thePipelineGoesCultivatingDeclaredInLibraryExited() {
        assertThat(RegistrationPipeline.allows(RegistrationStatus.CULTIVATING, RegistrationStatus.DECLARED)).isTrue();
        assertThat(RegistrationPipeline.allows(RegistrationStatus.DECLARED, RegistrationStatus.IN_LIBRARY)).isTrue();
        assertThat(RegistrationPipeline.allows(RegistrationStatus.IN_LIBRARY, RegistrationStatus.EXITED)).isTrue();
        assertThat(RegistrationPipeline.allows(RegistrationStatus.CULTIVATING, RegistrationStatus.IN_LIBRARY)).isFalse();
        assertThat(RegistrationPipeline.allows(RegistrationStatus.EXITED, RegistrationStatus.IN_LIBRARY)).isFalse();
    }
}
