package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.infra.demo.Demo;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * {@code ./jiedao demo} against the packaged platform: it records the street's 2023 records through the
 * gateway, and the annual report for 2023 through October then gives the figures of section 一 of the work
 * report; run again, it adds nothing and every figure stays as it was. The year 2023 belongs to this test: the
 * other end-to-end tests record theirs today.
 */
// First of the e2e classes (junit-platform.properties orders them by @Order): the demo finds the databases as a
// fresh stack has them, before the fuzzer and the matrix record names of their own that could take its natural keys.
@Order(1)
class DemoReportTest {

    /** Figure id → the work report's figure (its words beside each). */
    static final Map<String, String> SECTION_ONE = new LinkedHashMap<>();

    static {
        // 1、经济发展
        SECTION_ONE.put("economy.generalBudgetRevenue.ytd", "1832"); // 1-10月累计完成一般预算收入1832万
        SECTION_ONE.put("economy.generalBudgetRevenue.ytd/target", "1970"); // 全年一般预算收入目标任务1970万
        SECTION_ONE.put("economy.generalBudgetRevenue.ytd/targetCompletionPercent", "92.99"); // 完成全年进度92.99%
        SECTION_ONE.put("economy.generalBudgetRevenue.ytd/yoyGrowthPercent", "31.8"); // 同比增长31.8%
        SECTION_ONE.put("economy.aboveQuotaWholesaleSales.ytd", "65.21"); // 限上批发业总量累计65.21亿元
        SECTION_ONE.put("economy.aboveQuotaWholesaleSales.ytd/yoyGrowthPercent", "122"); // 同比增长122%
        SECTION_ONE.put("economy.aboveQuotaRetailSales.ytd", "3.74"); // 限上商贸社会零售总额累计3.74亿元
        SECTION_ONE.put("economy.aboveQuotaRetailSales.ytd/yoyGrowthPercent", "13.1"); // 同比增长13.1%
        SECTION_ONE.put("economy.aboveQuotaCateringSales.ytd", "2"); // 其中限上餐饮业销售总额2亿元
        SECTION_ONE.put("economy.aboveQuotaCateringSales.ytd/yoyGrowthPercent", "16.21"); // 同比增长16.21%
        SECTION_ONE.put("economy.units.inLibrary", "122"); // 已经入统的库内单位122家
        SECTION_ONE.put("economy.units.aboveQuotaTrade", "89"); // 其中限上商贸业89家
        SECTION_ONE.put("economy.units.inLibraryByCategory.ABOVE_SCALE_SERVICES", "10"); // 规上服务业10家
        SECTION_ONE.put("economy.units.inLibraryByCategory.ABOVE_SCALE_CONSTRUCTION", "19"); // 规上建筑业19家
        SECTION_ONE.put("economy.units.inLibraryByCategory.REAL_ESTATE_DEVELOPMENT", "4"); // 房地产4家
        SECTION_ONE.put("economy.units.newInLibrary", "13"); // 2023年新增入统法人13家
        SECTION_ONE.put("economy.investment.newProjects", "3"); // 1-10月新增固投项目3个
        SECTION_ONE.put("economy.investment.newProjectsTotalInvestment", "69600"); // 投资总额6.96亿元
        SECTION_ONE.put("economy.investment.declaredYtd", "32400"); // 1-10月累计申报投资额3.24亿元
        SECTION_ONE.put("economy.attraction.ceremonies", "3"); // 总部经济集中签约仪式3次
        SECTION_ONE.put("economy.attraction.signedProjects", "14"); // 完成签约项目14个
        SECTION_ONE.put("economy.attraction.registeredCapital", "15000"); // 注册资金共1.5亿元
        SECTION_ONE.put("economy.attraction.domesticCapitalProjects", "2"); // 完成利用内资项目2个
        SECTION_ONE.put("economy.attraction.domesticCapitalInvestment", "31000"); // 总投资3.1亿元
        // 2、创新社会治理
        SECTION_ONE.put("mediation.disputes.total", "2564"); // 共收集解决居民各类诉求2564件
        SECTION_ONE.put("mediation.disputes.byCategory.PROPERTY_MANAGEMENT", "1634"); // 其中物业类纠纷1634件
        SECTION_ONE.put("mediation.disputes.byCategory.CONSUMER", "354"); // 居民消费类投诉354件
        SECTION_ONE.put("mediation.disputes.byCategory.LITIGATION_RELATED", "19"); // 涉法涉诉类19件
        SECTION_ONE.put("mediation.disputes.byCategory.MUNICIPAL_ILLEGAL_CONSTRUCTION", "487"); // 市政及违章搭建类487件
        SECTION_ONE.put("mediation.disputes.byCategory.MARRIAGE_FAMILY", "58"); // 家庭(婆媳、亲子)婚姻类矛盾58件
        SECTION_ONE.put("mediation.disputes.byCategory.LABOR", "12"); // 劳资纠纷12件
        SECTION_ONE.put("mediation.disputes.byChannel.POLICE_REFERRAL", "115"); // 接收派出所流转的…矛盾纠纷115起
        SECTION_ONE.put("mediation.policeReferrals.received", "115");
        SECTION_ONE.put("mediation.policeReferrals.concluded", "105"); // 已调处105起
        SECTION_ONE.put("mediation.warningLetters.received", "32"); // 接收重大矛盾纠纷预警提示函32份
        // 共收集解决…诉求2564件: the centre's 2,449 concluded RESOLVED with their 2023 dates, and 101 of the 105
        // referrals concluded (已调处105起); the rate is the demo's, the report states none
        SECTION_ONE.put("mediation.resolutionRate", "99.84");
        // not in the report: the demo's plan (data's conclusions.daysToConclude, by the minute of receipt), 2023 dates
        SECTION_ONE.put("mediation.medianDaysToConclusion", "7");
        // the 10 referrals not yet concluded, accepted in 2023: past their conclusion deadline today, and nothing else
        SECTION_ONE.put("mediation.disputes.overdue", "10");
        // 3、统筹安全稳定
        SECTION_ONE.put("safety.drills", "26"); // 组织26次应急演练
        SECTION_ONE.put("safety.keyPersons.underSupervision.SEVERE_MENTAL_DISORDER", "22"); // 对22名严重精神障碍患者人员
        SECTION_ONE.put("safety.keyPersons.underSupervision.DRUG_USER", "65"); // 和65个吸毒人员采取常态化监管
        SECTION_ONE.put("safety.keyPersons.underSupervision.COMMUNITY_CORRECTION", "53"); // 加强53人的社区矫正工作
        // 4、强化社区管理
        SECTION_ONE.put("safety.illegalConstruction.demolished", "246"); // 共拆除违章建筑246起
        SECTION_ONE.put("safety.illegalConstruction.demolishedArea", "4142"); // 拆除面积约4142平方米
        SECTION_ONE.put("hub.evChargingPileSites", "13"); // 安装了13处充电桩
        SECTION_ONE.put("hub.evSheds", "57"); // 共计安装了57个电动车棚
        // 5、优化社会服务
        // 一窗受理、全科服务: the five modes 自助办理、现场预审、当场受理、代为办理、帮助办理 (the counts are the demo's)
        SECTION_ONE.put("hub.serviceRequests.byMode.SELF_SERVICE", "24");
        SECTION_ONE.put("hub.serviceRequests.byMode.PRE_REVIEW", "18");
        SECTION_ONE.put("hub.serviceRequests.byMode.ON_SITE_ACCEPTANCE", "42");
        SECTION_ONE.put("hub.serviceRequests.byMode.PROXY_HANDLING", "16");
        SECTION_ONE.put("hub.serviceRequests.byMode.ASSISTED_HANDLING", "12");
        SECTION_ONE.put("hub.serviceRequests.total", "112");
        SECTION_ONE.put("hub.serviceRequestsOnTimePercent", "100"); // each completed within its type's days
        SECTION_ONE.put("hub.volunteerTeams", "25"); // 各类志愿者服务队伍25支
        SECTION_ONE.put("hub.volunteerActivities", "81"); // 开展…行动80余次
        SECTION_ONE.put("hub.disputesHelpedByVolunteers", "51"); // 解决纠纷50余件
        // 6、加强作风建设
        SECTION_ONE.put("discipline.supervisionChecks", "81"); // 共开展督查80余次
        SECTION_ONE.put("discipline.measures.byMeasure.REMINDER_TALK", "12"); // 提醒谈话12人次
        SECTION_ONE.put("discipline.measures.byMeasure.ADMONISHMENT", "1"); // 诫勉1人次
        SECTION_ONE.put("discipline.measures.byMeasure.LETTER_INQUIRY", "1"); // 函询1人次
        SECTION_ONE.put("discipline.measures.byMeasure.CIRCULATED_CRITICISM", "57"); // 通报57人次
        SECTION_ONE.put("discipline.measures.byMeasure.PRE_APPOINTMENT_TALK", "4"); // 任前谈话4人次
        SECTION_ONE.put("discipline.measures.byMeasure.DUTY_TALK", "35"); // 履责谈话35人次
        SECTION_ONE.put("discipline.measures.byMeasure.PARTY_ACCOUNTABILITY", "3"); // 党内问责3人次
        SECTION_ONE.put("discipline.measures.byMeasure.PARTY_WARNING", "2"); // 党内警告2人次
        SECTION_ONE.put("discipline.measures.byMeasure.EXPULSION", "1"); // 开除党籍1人次
        SECTION_ONE.put("discipline.measures.byMeasure.HOME_VISIT", "12"); // 家访12人次
        SECTION_ONE.put("discipline.recommendations", "9"); // 出具纪律检查建议书9份
        SECTION_ONE.put("discipline.integrityWorks.total", "31"); // 廉元素作品30余件
        SECTION_ONE.put("discipline.studyMeetings.total", "31"); // 全年开展学习例会30余次
        // 7、夯实党建基础
        SECTION_ONE.put("hub.gridPartyBranches", "167"); // 成立网格党支部和党小组167个
        SECTION_ONE.put("hub.redPropertyCommittees", "18"); // 指导组建“红色物业管理委员会”18个
        SECTION_ONE.put("hub.redPropertyCommitteeCoveragePercent", "80"); // 覆盖率达到住宅小区的80%
    }

    @Test
    void theDemoRecordsTheReportsFiguresOfSectionOneAndASecondRunChangesNothing() {
        String gateway = Stack.get().gateway();
        run(gateway);
        Map<String, BigDecimal> first = figures(gateway);
        SECTION_ONE.forEach((id, expected) -> assertThat(first.get(id)).as(id).isNotNull()
                .isEqualByComparingTo(new BigDecimal(expected)));
        // and in the report's own words
        String text = given().baseUri(gateway).header("Authorization", TestTokens.bearer("leader"))
                .accept("text/markdown").when().get("/api/reports/annual/2023?through=2023-10")
                .then().statusCode(200).extract().asString();
        assertThat(text).contains("1-10月累计完成一般预算收入1832万，完成全年进度92.99%，同比增长31.8%", "2564件",
                "共接收派出所流转的非公安主责矛盾纠纷115起，已调处105起", "接收重大矛盾纠纷预警提示函32份", "组织26次应急演练",
                "对严重精神障碍患者22人，吸毒人员65人，社区矫正对象53人采取常态化监管", "拆除违章搭建246处，面积4142平方米");

        String second = run(gateway);
        for (String line : second.split("\n")) {
            if (line.contains(" recorded, ")) {
                assertThat(line).as("the second run records nothing").contains(" 0 recorded, ");
            }
        }
        assertThat(figures(gateway)).as("every figure of the report after the second run").isEqualTo(first);
    }

    /** Runs the demo against the stack; answers what it printed. */
    private static String run(String gateway) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Demo.run(new String[] {"--gateway=" + gateway,
                "--kafka=" + RealInfrastructure.kafkaBootstrapServers(),
                "--keys=" + RealInfrastructure.jwtPrivateKeyPath().getParent()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(status).as("the demo's exit status; it printed:%n%s%s", printed, err.toString(StandardCharsets.UTF_8))
                .isZero();
        return printed;
    }

    /** Every figure of the report, by id, and each comparison's parts as {@code id/part}. */
    private static Map<String, BigDecimal> figures(String gateway) {
        JsonPath report = given().baseUri(gateway).header("Authorization", TestTokens.bearer("leader"))
                .accept("application/json").when().get("/api/reports/annual/2023?through=2023-10")
                .then().statusCode(200).extract().jsonPath();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<Map<String, Object>> sections = report.getList("sections");
        for (Map<String, Object> section : sections) {
            assertThat(section.get("available")).as("section %s: %s", section.get("id"), section.get("reason"))
                    .isEqualTo(true);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) section.get("figures");
            for (Map<String, Object> figure : list) {
                String id = (String) figure.get("id");
                figures.put(id, decimal(figure.get("value")));
                if (figure.get("comparison") instanceof Map<?, ?> comparison) {
                    comparison.forEach((part, value) -> figures.put(id + "/" + part, decimal(value)));
                }
            }
        }
        return figures;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
