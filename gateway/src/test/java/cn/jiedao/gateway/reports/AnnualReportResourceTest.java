package cn.jiedao.gateway.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class AnnualReportResourceTest {

    static final String PATH = "/api/reports/annual/2023";

    @Inject
    CodeLists codeLists;

    @BeforeEach
    void everyServiceUpAndNoListsKept() {
        Fakes.reset();
        codeLists.forget();
    }

    private static Response asLeader(String accept) {
        return as(TestTokens.bearer("leader"), accept);
    }

    private static Response as(String token, String accept) {
        return given().header("Authorization", token).accept(accept)
                .queryParam("through", "2023-10").get(PATH);
    }

    /** The figure of {@code id} in the answer. */
    private static String figure(String id) {
        return "sections.figures.flatten().find { it.id == '" + id + "' }";
    }

    @Test
    void theFiguresOfEverySectionComeFromTheServicesStatisticsWithTheRequestThatProducesEach() {
        String leader = TestTokens.bearer("leader");
        Response answer = as(leader, "application/json");
        answer.then().statusCode(200).header("Warning", nullValue())
                .body("year", equalTo(2023)).body("through", equalTo("2023-10"))
                .body("period.from", equalTo("2023-01-01")).body("period.to", equalTo("2023-10-31"))
                .body("sections.id", equalTo(List.of("economy", "governance", "safety", "community", "services",
                        "discipline", "partyBuilding")))
                .body("sections.number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                .body("sections.available", not(org.hamcrest.Matchers.hasItem(false)))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".value", equalTo(1832))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".unit", equalTo("万元"))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".comparison.target", equalTo(1970))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".comparison.targetCompletionPercent",
                        equalTo(92.99f))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".comparison.yoyGrowthPercent", equalTo(31.8f))
                .body(figure("economy.generalBudgetRevenue.ytd") + ".source",
                        equalTo("/api/economy/indicators/GENERAL_BUDGET_REVENUE/progress?year=2023&throughMonth=10"))
                .body(figure("economy.aboveQuotaWholesaleSales.ytd") + ".unit", equalTo("亿元"))
                .body(figure("economy.aboveQuotaWholesaleSales.ytd") + ".comparison.target", nullValue())
                .body(figure("economy.units.inLibrary") + ".value", equalTo(122))
                .body(figure("economy.attraction.signedProjects") + ".value", equalTo(14))
                .body(figure("mediation.disputes.total") + ".value", equalTo(2564))
                .body(figure("mediation.disputes.total") + ".unit", equalTo("件"))
                .body(figure("mediation.disputes.total") + ".period.to", equalTo("2023-10-31"))
                .body(figure("mediation.disputes.total") + ".source",
                        equalTo("/api/mediation/statistics?from=2023-01-01&to=2023-10-31"))
                .body(figure("mediation.disputes.byCategory.PROPERTY_MANAGEMENT") + ".value", equalTo(1634))
                .body(figure("mediation.policeReferrals.concluded") + ".value", equalTo(105))
                .body(figure("mediation.warningLetters.received") + ".value", equalTo(32))
                .body(figure("mediation.resolutionRate") + ".value", equalTo(95))
                .body(figure("safety.drills") + ".value", equalTo(26))
                .body(figure("safety.drills") + ".source",
                        equalTo("/api/safety/statistics?from=2023-01-01&to=2023-10-31"))
                .body(figure("safety.keyPersons.underSupervision.DRUG_USER") + ".value", equalTo(65))
                .body(figure("safety.telecomFraud.cases") + ".comparison.samePeriodLastYear", equalTo(52))
                .body(figure("safety.illegalConstruction.demolishedArea") + ".value", equalTo(356.5f))
                .body(figure("hub.evSheds") + ".value", equalTo(57))
                .body(figure("hub.serviceRequests.total") + ".value", equalTo(1460))
                .body(figure("hub.volunteerTeams") + ".value", equalTo(25))
                .body(figure("hub.volunteerTeams") + ".source", equalTo("/api/hub/statistics?year=2023"))
                .body(figure("hub.volunteerTeams") + ".period.to", equalTo("2023-12-31"))
                .body(figure("discipline.measures.byMeasure.CIRCULATED_CRITICISM") + ".value", equalTo(57))
                .body(figure("discipline.recommendations") + ".source",
                        equalTo("/api/safety/discipline/statistics?from=2023-01-01&to=2023-10-31"))
                .body(figure("hub.gridPartyBranches") + ".value", equalTo(167))
                .body(figure("hub.redPropertyCommitteeCoveragePercent") + ".value", equalTo(80));

        JsonPath mediation = Fakes.onlyCall("mediation");
        assertThat(mediation.getString("path")).isEqualTo("/api/mediation/statistics");
        assertThat(mediation.getString("query")).isEqualTo("from=2023-01-01&to=2023-10-31");
        assertThat(mediation.getString("headers.authorization")).as("the caller's token")
                .isEqualTo(leader);
        assertThat(Fakes.calls("economy")).extracting(call -> call.get("path")).containsExactlyInAnyOrder(
                "/api/economy/indicators/GENERAL_BUDGET_REVENUE/progress",
                "/api/economy/indicators/ABOVE_QUOTA_WHOLESALE_SALES/progress",
                "/api/economy/indicators/ABOVE_QUOTA_RETAIL_SALES/progress",
                "/api/economy/indicators/ABOVE_QUOTA_CATERING_SALES/progress",
                "/api/economy/units/summary", "/api/economy/investment-projects/summary",
                "/api/economy/investment-attraction/summary");
        assertThat(Fakes.calls("safety")).extracting(call -> call.get("path"))
                .containsExactlyInAnyOrder("/api/safety/statistics", "/api/safety/discipline/statistics");
        assertThat(Fakes.onlyCall("hub").getString("query")).isEqualTo("year=2023");
    }

    @Test
    void aServiceDownLeavesItsSectionsUnavailableAndTheRestIsServedWithAWarning() {
        Fakes.stop("hub");
        Response answer = asLeader("application/json");
        answer.then().statusCode(200)
                .header("Warning", containsString("community, services, partyBuilding"))
                .body("sections.find { it.id == 'services' }.available", equalTo(false))
                .body("sections.find { it.id == 'services' }.reason", containsString("hub service is unavailable"))
                .body("sections.find { it.id == 'services' }.figures", empty())
                .body("sections.find { it.id == 'community' }.available", equalTo(false))
                .body("sections.find { it.id == 'partyBuilding' }.available", equalTo(false))
                .body("sections.find { it.id == 'governance' }.available", equalTo(true))
                .body(figure("mediation.disputes.total") + ".value", equalTo(2564))
                .body(figure("safety.drills") + ".value", equalTo(26));
    }

    @Test
    void aSlowServiceIsWaitedForOnlyUntilTheTimeout() {
        Fakes.slowStatistics("mediation");
        asLeader("application/json").then().statusCode(200)
                .header("Warning", containsString("governance"))
                .body("sections.find { it.id == 'governance' }.available", equalTo(false))
                .body("sections.find { it.id == 'governance' }.reason",
                        equalTo("mediation service did not answer within 1 s; try again later"))
                .body("sections.find { it.id == 'economy' }.available", equalTo(true))
                .body("sections.findAll { it.available == false }", hasSize(1));
    }

    @Test
    void aServiceThatRefusesLeavesItsSectionsUnavailableWithItsProblemDetail() {
        Fakes.refuseStatistics("safety");
        asLeader("application/json").then().statusCode(200)
                .header("Warning", containsString("safety, community, discipline"))
                .body("sections.find { it.id == 'discipline' }.reason", equalTo("safety service answered HTTP 403: "
                        + "Your role may not GET /api/safety/discipline/statistics"))
                .body("sections.find { it.id == 'safety' }.available", equalTo(false))
                .body("sections.find { it.id == 'services' }.available", equalTo(true));
    }

    @Test
    void anAnonymousRequestIsRefusedByTheGatewayItself() {
        // An anonymous request never reaches the services: the gateway answers 401 itself.
        given().queryParam("through", "2023-10").get(PATH).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void onlyLeadersAndStreetAdminsMayReadTheReport() {
        given().header("Authorization", TestTokens.bearer("mediator")).get(PATH).then().statusCode(403);
        given().header("Authorization", TestTokens.bearer("grid-worker")).accept("text/markdown").get(PATH).then()
                .statusCode(403);
        given().header("Authorization", TestTokens.bearer("street-admin")).queryParam("through", "2023-10")
                .get(PATH).then().statusCode(200).body("sections", hasSize(7));
        assertThat(Fakes.calls("hub")).as("only the street admin's request reached the services").hasSize(1);
    }

    @Test
    void aMonthOutsideTheYearOrNotAMonthIsABadRequestNamingThrough() {
        for (String through : List.of("2023-13", "October", "2022-10")) {
            given().header("Authorization", TestTokens.bearer("leader")).queryParam("through", through).get(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("through"));
        }
        given().header("Authorization", TestTokens.bearer("leader")).get("/api/reports/annual/1999").then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void theMarkdownSummaryWritesTheFiguresAsTheReportDoes() {
        Response answer = asLeader("text/markdown");
        answer.then().statusCode(200).contentType(containsString("text/markdown")).header("Warning", nullValue());
        String text = answer.asString();
        assertThat(text).contains("## 一、2023年度工作总结", "### 1. 经济发展", "### 2. 社会治理", "### 7. 党建基础")
                .contains("2023年街道全年一般预算收入目标任务1970万，1-10月累计完成一般预算收入1832万，完成全年进度92.99%，同比增长31.8%")
                .contains("限上批发业总量累计65.21亿元，同比增长122.03%")
                .contains("其中限上餐饮业销售总额2亿元")
                .contains("共收集解决居民各类诉求2564件，其中物业类1634件，居民消费类354件")
                .contains("共接收派出所流转的非公安主责矛盾纠纷115起，已调处105起")
                .contains("接收重大矛盾纠纷预警提示函32份")
                .contains("辖区电信网络诈骗案件31起，同比下降40.4%")
                .contains("组织26次应急演练")
                .contains("对严重精神障碍患者22人，吸毒人员65人，社区矫正对象53人采取常态化监管")
                .contains("提醒谈话12人次")
                .contains("成立网格党支部和党小组167个", "覆盖率达到住宅小区的80%")
                .doesNotContain("本部分数据暂不可用", ReportNumbers.MISSING, "1,832", "2,564");
    }

    @Test
    void theMarkdownSummarySaysWhichSectionIsUnavailable() {
        Fakes.stop("mediation");
        Response answer = asLeader("text/markdown");
        answer.then().statusCode(200).header("Warning", containsString("governance"));
        String text = answer.asString();
        String governance = text.substring(text.indexOf("### 2. 社会治理"), text.indexOf("### 3. 安全稳定"));
        assertThat(governance).contains("本部分数据暂不可用（mediation service is unavailable")
                .doesNotContain("2564件");
        assertThat(text).contains("组织26次应急演练");
        List<Map<String, Object>> economy = Fakes.calls("economy");
        assertThat(economy).extracting(call -> call.get("path")).contains("/api/economy/codes");
    }
}
