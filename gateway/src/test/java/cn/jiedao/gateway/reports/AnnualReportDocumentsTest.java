package cn.jiedao.gateway.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The annual report as an HTML page with SVG charts and as a Word document, from the fake services' figures. */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class AnnualReportDocumentsTest {

    static final String PATH = "/api/reports/annual/2023";

    @Inject
    CodeLists codeLists;

    @Inject
    AnnualReports reports;

    @Inject
    AnnualReportText text;

    @BeforeEach
    void everyServiceUpAndNoListsKept() {
        Fakes.reset();
        codeLists.forget();
    }

    static Response asLeader(String accept) {
        return given().header("Authorization", TestTokens.bearer("leader")).accept(accept)
                .queryParam("through", "2023-10").get(PATH);
    }

    /** Each inline {@code <svg>…</svg>} of a page. */
    static List<String> svgs(String page) {
        Matcher m = Pattern.compile("<svg\\b.*?</svg\\s*>", Pattern.DOTALL).matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    @Test
    void theHtmlPageIsTheSummaryWithTablesAndThreeServerDrawnCharts() throws IOException {
        Response answer = asLeader("text/html");
        answer.then().statusCode(200).header("Content-Type", equalTo("text/html;charset=UTF-8"))
                .header("Warning", nullValue());
        String page = answer.asString();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/reports"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/reports/annual-2023.html"), page);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">", "<meta charset=\"UTF-8\">",
                        "<title>2023年度工作总结（1-10月）</title>", "<style>", "@media print")
                .contains("<h2>一、2023年度工作总结</h2>", "<h3>1. 经济发展</h3>", "<h3>7. 党建基础</h3>")
                .contains("2023年街道全年一般预算收入目标任务1970万，1-10月累计完成一般预算收入1832万，完成全年进度92.99%，同比增长31.8%")
                .contains("共收集解决居民各类诉求2564件，其中物业类1634件，居民消费类354件")
                .contains("<td>一般预算收入</td><td>1832万</td><td>1970万</td><td>92.99%</td><td>增长31.8%</td>")
                .contains("<td>物业类</td><td>1634件</td>", "<td>合计</td><td>2564件</td>")
                .contains("<td>10月</td><td>40处</td><td>43处</td>")
                .doesNotContain("本部分数据暂不可用", "图表暂不可用", "1,832", "2,564", "<?xml");

        List<String> charts = svgs(page);
        assertThat(charts).as("revenue, disputes and hazards charts").hasSize(3);
        assertThat(charts.get(0)).contains("aria-label=\"一般预算收入逐月累计与全年目标进度（1-10月）\"",
                "<title>一般预算收入逐月累计与全年目标进度（1-10月）</title>", "累计完成（万元）", "全年目标进度（万元）", ">1600<",
                ">1月<", ">10月<");
        assertThat(charts.get(1)).contains("<title>居民诉求分类（1-10月）</title>", ">物业类<", ">居民消费类<");
        assertThat(charts.get(2)).contains("<title>安全隐患逐月发现与整改销号（1-10月）</title>", "发现隐患（处）",
                "整改销号（处）");
        for (String svg : charts) {
            assertThat(svg).contains("role=\"img\"", "viewBox=\"0 0 720 360\"", "Noto Sans CJK SC")
                    .doesNotContain("font-family=\"Dialog\"", "font-family=\"sans-serif\"")
                    .as("axis figures without thousands separators").doesNotContainPattern(">\\d{1,3},\\d{3}<");
            assertThat(count(svg, "<path") + count(svg, "<rect")).as("shapes drawn").isGreaterThan(10);
            assertThat(count(svg, "<text")).as("labels as text").isGreaterThan(5);
        }
        Matcher ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(page);
        List<String> all = new java.util.ArrayList<>();
        while (ids.find()) {
            all.add(ids.group(1));
        }
        assertThat(all).as("element ids, so that each chart's clip paths are its own").doesNotHaveDuplicates()
                .contains("chart-revenue-clipPath1", "chart-disputes-clipPath2");
        assertThat(charts.get(1)).contains("url(#chart-disputes-clipPath2)");
        assertThat(Fakes.calls("economy")).extracting(call -> call.get("path"))
                .contains("/api/economy/indicators/GENERAL_BUDGET_REVENUE/series");
    }

    @Test
    void anUnavailableSectionShowsItsReasonInsteadOfItsChart() {
        Fakes.stop("mediation");
        Response answer = asLeader("text/html");
        answer.then().statusCode(200).header("Warning", containsString("governance"));
        String page = answer.asString();
        String governance = page.substring(page.indexOf("<section id=\"governance\">"),
                page.indexOf("<section id=\"safety\">"));
        assertThat(governance).contains("<p class=\"unavailable\">本部分数据暂不可用（mediation service is unavailable")
                .doesNotContain("<svg", "2564件");
        assertThat(svgs(page)).as("the other two charts").hasSize(2);
        assertThat(page).contains("组织26次应急演练");
    }

    @Test
    void aChartWhoseDataIsMissingSaysWhyInItsPlace() {
        AnnualReports.Assembled fetched = reports.withCharts(java.time.YearMonth.of(2023, 10),
                TestTokens.bearer("leader")).await().atMost(java.time.Duration.ofSeconds(10));
        java.util.Map<String, AnnualReports.Fetched> answers = new java.util.LinkedHashMap<>(fetched.answers());
        String series = fetched.sources().revenueSeries();
        answers.put(series, new AnnualReports.Fetched(series, null, "economy service answered HTTP 403"));
        String safety = fetched.sources().safety();
        io.vertx.core.json.JsonObject withoutMonths = answers.get(safety).body().copy();
        withoutMonths.getJsonObject("hazards").remove("byMonth");
        answers.put(safety, new AnnualReports.Fetched(safety, withoutMonths, null));

        String page = text.html(new AnnualReports.Assembled(fetched.report(), fetched.sources(), answers),
                java.util.Map.of());
        assertThat(page).contains("<p class=\"chart-unavailable\" data-chart=\"revenue\">图表暂不可用"
                        + "（一般预算收入逐月累计与全年目标进度（1-10月）：economy service answered HTTP 403）。</p>")
                .contains("<p class=\"chart-unavailable\" data-chart=\"hazards\">图表暂不可用"
                        + "（安全隐患逐月发现与整改销号（1-10月）：安全服务的统计未提供按月数据）。</p>")
                .contains("1-10月累计完成一般预算收入1832万", "排查安全隐患412处")
                .doesNotContain("安全隐患逐月排查整改");
        assertThat(svgs(page)).as("only the disputes chart").hasSize(1);
        assertThat(svgs(page).get(0)).contains("<title>居民诉求分类（1-10月）</title>");
    }

    @Test
    void theWordDocumentHasTheHeadingsParagraphsTablesAndChartsOfThePage() throws IOException {
        Response answer = asLeader(AnnualReportWord.MEDIA_TYPE);
        answer.then().statusCode(200).header("Content-Type", equalTo(AnnualReportWord.MEDIA_TYPE))
                .header("Content-Disposition", equalTo("attachment; filename=\"annual-report-2023-10.docx\"; "
                        + "filename*=UTF-8''2023%E5%B9%B41-10%E6%9C%88%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.stream().filter(p -> "Title".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("2023年度工作总结（1-10月）");
            assertThat(paragraphs.stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("一、2023年度工作总结");
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .containsExactly("1. 经济发展", "2. 社会治理", "3. 安全稳定", "4. 社区管理",
                            "5. 社会服务", "6. 作风建设", "7. 党建基础");
            assertThat(document.getStyles().getStyle("Heading2")).as("a style Word knows as a heading").isNotNull();
            String text = String.join("\n", paragraphs.stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("1-10月累计完成一般预算收入1832万，完成全年进度92.99%，同比增长31.8%")
                    .contains("共收集解决居民各类诉求2564件，其中物业类1634件")
                    .contains("组织26次应急演练", "覆盖率达到住宅小区的80%")
                    .doesNotContain("本部分数据暂不可用", "1,832");
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).isEqualTo("指标");
            assertThat(tables.get(0).getRow(1).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("一般预算收入", "1832万", "1970万", "92.99%", "增长31.8%");
            assertThat(tables.get(1).getText()).contains("物业类", "1634件", "合计", "2564件");
            assertThat(tables.get(2).getRow(10).getTableCells()).extracting(c -> c.getText())
                    .containsExactly("10月", "40处", "43处");
            assertThat(document.getAllPictures()).as("the three charts as PNG").hasSize(3)
                    .allSatisfy(p -> assertThat(p.getData()).hasSizeGreaterThan(1000)
                            .startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'));
        }
    }

    @Test
    void theWordDocumentOfAWholeYearIsNamedAfterTheYearAndSaysWhichSectionIsMissing() throws IOException {
        Fakes.stop("hub");
        Response answer = given().header("Authorization", TestTokens.bearer("street-admin"))
                .accept(AnnualReportWord.MEDIA_TYPE).queryParam("through", "2023-12").get(PATH);
        answer.then().statusCode(200).header("Warning", containsString("services"))
                .header("Content-Disposition", containsString(
                        "filename*=UTF-8''2023%E5%B9%B4%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93.docx"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(answer.asByteArray()))) {
            String text = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("2023年度工作总结（1-12月）", "本部分数据暂不可用（hub service is unavailable");
        }
    }

    @Test
    void otherMediaTypesAreNotAcceptableAndOtherRolesAreRefused() {
        given().header("Authorization", TestTokens.bearer("mediator")).accept("text/html").get(PATH).then()
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("hub-staff")).accept(AnnualReportWord.MEDIA_TYPE)
                .get(PATH).then().statusCode(403);
        given().accept("text/html").get(PATH).then().statusCode(401);
        assertThat(Fakes.calls("mediation")).as("no refused request reached a service").isEmpty();
        Fakes.reset();
        asLeader("application/pdf").then().statusCode(406).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(406));
        for (String area : new String[] {"economy", "mediation", "safety", "hub"}) {
            assertThat(Fakes.calls(area)).as("a report nobody can read is not assembled: no call to " + area).isEmpty();
        }
    }
}
