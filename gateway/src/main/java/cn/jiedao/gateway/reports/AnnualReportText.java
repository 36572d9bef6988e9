package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.reports.AnnualReport.Figure;
import cn.jiedao.gateway.reports.AnnualReport.Section;
import cn.jiedao.gateway.reports.AnnualReports.Fetched;
import cn.jiedao.gateway.reports.ReportCharts.Count;
import cn.jiedao.gateway.reports.ReportCharts.HazardMonth;
import cn.jiedao.gateway.reports.ReportCharts.RevenueMonth;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The annual report as Chinese text in the work summary's own shape and wording: each section's paragraph
 * rendered once from {@code templates/reports/paragraphs/<section>.txt} (Qute), each figure written as the report
 * writes it, breakdowns labelled from the services' code lists, an unavailable section saying so. The Markdown
 * ({@code annual.md}), the HTML page ({@code annual.html}, with tables and charts) and the Word document
 * ({@link AnnualReportWord}) all write the same {@link Written} summary.
 */
@Singleton
public class AnnualReportText {

    /** Breakdown figure prefix → the area and code list whose labels name its codes. */
    static final Map<String, String[]> BREAKDOWNS = Map.of(
            "mediation.disputes.byCategory", new String[] {"mediation", "disputeCategories"},
            "safety.keyPersons.underSupervision", new String[] {"safety", "keyPersonCategories"},
            "discipline.measures.byMeasure", new String[] {"safety", "disciplineMeasures"},
            "hub.serviceRequests.byMode", new String[] {"hub", "serviceModes"});

    /** The economy's indicators in the table of section 1, with the names the report gives them. */
    static final Map<String, String> INDICATOR_NAMES = linked(
            "economy.generalBudgetRevenue.ytd", "一般预算收入",
            "economy.aboveQuotaWholesaleSales.ytd", "限上批发业销售额",
            "economy.aboveQuotaRetailSales.ytd", "限上社会消费品零售总额",
            "economy.aboveQuotaCateringSales.ytd", "限上餐饮业销售额");

    private final Template markdown;
    private final Template html;
    private final Engine engine;
    private final ReportCharts charts;

    AnnualReportText(@Location("reports/annual.md") Template markdown, @Location("reports/annual.html") Template html,
            Engine engine, ReportCharts charts) {
        this.markdown = markdown;
        this.html = html;
        this.engine = engine;
        this.charts = charts;
    }

    /** The summary as the report writes it: a title, and the seven sections of 一. */
    @TemplateData
    public record Written(String title, String heading, String month, List<WrittenSection> sections) {
    }

    /** One section: its paragraph, the tables and charts beside it, or why it is unavailable. */
    @TemplateData
    public record WrittenSection(String id, int number, String title, boolean available, String reason, String text,
            List<Table> tables, List<Chart> charts) {

        public String heading() {
            return number + ". " + title;
        }
    }

    /** A table of written figures: each cell as the text writes it. */
    @TemplateData
    public record Table(String caption, List<String> header, List<List<String>> rows) {
    }

    /** A chart, or why it cannot be drawn ({@code chart} then null). */
    @TemplateData
    public record Chart(String id, String title, JFreeChart chart, String reason) {

        public boolean drawn() {
            return chart != null;
        }
    }

    /** The written figures; a figure the report lacks reads as {@link ReportNumbers#MISSING}. */
    @TemplateData
    public record Figures(Map<String, String> byId) {
        public String get(String id) {
            return byId.getOrDefault(id, ReportNumbers.MISSING);
        }
    }

    /**
     * The Markdown text; {@code codeLists} is area → that service's {@code GET /api/<area>/codes} answer (a code
     * whose label is missing is written as its code).
     */
    public String markdown(AnnualReport report, Map<String, JsonObject> codeLists) {
        return markdown.data("w", written(report, codeLists, null)).render();
    }

    /** The standalone HTML page, with tables and the charts as inline SVG. */
    public String html(AnnualReports.Assembled assembled, Map<String, JsonObject> codeLists) {
        Written written = written(assembled.report(), codeLists, assembled);
        Map<String, String> svg = new HashMap<>();
        written.sections().forEach(s -> s.charts().stream().filter(Chart::drawn)
                .forEach(c -> svg.put(c.id(), charts.svg(c.chart(), "chart-" + c.id(), c.title()))));
        return html.data("w", written).data("svg", svg).data("fonts", ReportCharts.FONTS).render();
    }

    /** The summary with its tables, and with its charts when {@code assembled} holds their answers. */
    public Written written(AnnualReport report, Map<String, JsonObject> codeLists, AnnualReports.Assembled assembled) {
        Map<String, String> written = new HashMap<>();
        Map<String, Section> sections = new LinkedHashMap<>();
        Map<String, List<String>> breakdowns = new HashMap<>();
        for (Section section : report.sections()) {
            sections.put(section.id(), section);
            for (Figure figure : section.figures()) {
                written.put(figure.id(), ReportNumbers.write(figure.value(), figure.unit()));
                if (figure.comparison() != null) {
                    written.put(figure.id() + ".target", ReportNumbers.write(figure.comparison().target(),
                            figure.unit()));
                    written.put(figure.id() + ".targetCompletion",
                            ReportNumbers.write(figure.comparison().targetCompletionPercent(), "%"));
                    written.put(figure.id() + ".growth", ReportNumbers.growth(figure.comparison().yoyGrowthPercent()));
                }
                BREAKDOWNS.forEach((prefix, list) -> {
                    if (figure.id().startsWith(prefix + ".") && figure.value() != null
                            && figure.value().signum() != 0) {
                        String code = figure.id().substring(prefix.length() + 1);
                        breakdowns.computeIfAbsent(prefix, p -> new ArrayList<>()).add(
                                label(codeLists.get(list[0]), list[1], code) + written.get(figure.id()));
                    }
                });
            }
        }
        Map<String, String> joined = new HashMap<>();
        BREAKDOWNS.keySet().forEach(prefix -> joined.put(prefix,
                String.join("，", breakdowns.getOrDefault(prefix, List.of(ReportNumbers.MISSING)))));
        String month = report.through().substring(5).replaceFirst("^0", "");
        Figures figures = new Figures(written);

        List<WrittenSection> out = new ArrayList<>();
        for (Section section : report.sections()) {
            String text = null;
            List<Table> tables = List.of();
            List<Chart> drawn = List.of();
            if (section.available()) {
                text = engine.getTemplate("reports/paragraphs/" + section.id() + ".txt")
                        .data("report", report).data("month", month).data("t", figures).data("b", joined)
                        .render().strip();
                tables = tables(section, figures, month, codeLists, assembled);
                drawn = assembled == null ? List.of() : charts(section, month, codeLists, assembled);
            }
            out.add(new WrittenSection(section.id(), section.number(), section.title(), section.available(),
                    section.reason(), text, tables, drawn));
        }
        return new Written(report.year() + "年度工作总结（1-" + month + "月）", "一、" + report.year() + "年度工作总结",
                month, out);
    }

    private List<Table> tables(Section section, Figures t, String month, Map<String, JsonObject> codeLists,
            AnnualReports.Assembled assembled) {
        List<Table> tables = new ArrayList<>();
        switch (section.id()) {
            case "economy" -> {
                List<List<String>> rows = new ArrayList<>();
                INDICATOR_NAMES.forEach((id, name) -> rows.add(List.of(name, t.get(id), t.get(id + ".target"),
                        t.get(id + ".targetCompletion"), t.get(id + ".growth"))));
                tables.add(new Table("主要经济指标（1-" + month + "月）",
                        List.of("指标", "1-" + month + "月累计", "全年目标", "完成全年进度", "同比"), rows));
            }
            case "governance" -> {
                List<List<String>> rows = new ArrayList<>();
                disputes(section, codeLists).forEach(c -> rows.add(List.of(c.label(),
                        ReportNumbers.write(c.count(), "件"))));
                rows.add(List.of("合计", t.get("mediation.disputes.total")));
                tables.add(new Table("居民诉求分类（1-" + month + "月）", List.of("类别", "件数"), rows));
            }
            case "safety" -> {
                List<HazardMonth> months = assembled == null ? null : hazardMonths(assembled);
                if (months != null) {
                    List<List<String>> rows = new ArrayList<>();
                    months.forEach(m -> rows.add(List.of(m.month() + "月", m.found() + "处", m.closed() + "处")));
                    tables.add(new Table("安全隐患逐月排查整改", List.of("月份", "发现隐患", "整改销号"), rows));
                }
            }
            default -> {
                // the other sections are text only
            }
        }
        return tables;
    }

    private List<Chart> charts(Section section, String month, Map<String, JsonObject> codeLists,
            AnnualReports.Assembled assembled) {
        return switch (section.id()) {
            case "economy" -> List.of(revenueChart(section, month, assembled));
            case "governance" -> {
                String title = "居民诉求分类（1-" + month + "月）";
                List<Count> categories = disputes(section, codeLists);
                yield List.of(categories.isEmpty() ? new Chart("disputes", title, null, "本期没有诉求")
                        : new Chart("disputes", title, charts.disputes(title, categories), null));
            }
            case "safety" -> {
                String title = "安全隐患逐月发现与整改销号（1-" + month + "月）";
                List<HazardMonth> months = hazardMonths(assembled);
                yield List.of(months == null ? new Chart("hazards", title, null, "安全服务的统计未提供按月数据")
                        : new Chart("hazards", title, charts.hazards(title, months), null));
            }
            default -> List.of();
        };
    }

    private Chart revenueChart(Section economy, String month, AnnualReports.Assembled assembled) {
        String title = "一般预算收入逐月累计与全年目标进度（1-" + month + "月）";
        Fetched series = assembled.answers().get(assembled.sources().revenueSeries());
        if (series == null || series.body() == null) {
            return new Chart("revenue", title, null, series == null ? "未取得逐月数据" : series.reason());
        }
        BigDecimal target = economy.figures().stream().filter(f -> f.id().equals("economy.generalBudgetRevenue.ytd"))
                .findFirst().map(f -> f.comparison() == null ? null : f.comparison().target()).orElse(null);
        int through = Integer.parseInt(month);
        List<RevenueMonth> months = new ArrayList<>();
        boolean any = false;
        JsonArray all = series.body().getJsonArray("months", new JsonArray());
        for (Object entry : all) {
            if (entry instanceof JsonObject m && m.getInteger("month", 0) >= 1 && m.getInteger("month") <= through) {
                int n = m.getInteger("month");
                BigDecimal cumulative = AnnualReports.number(m, "cumulative");
                any |= cumulative != null;
                BigDecimal pace = target == null ? null
                        : target.multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
                months.add(new RevenueMonth(n, cumulative, pace));
            }
        }
        if (!any) {
            return new Chart("revenue", title, null, "本期尚无逐月填报的一般预算收入");
        }
        return new Chart("revenue", title, charts.revenue(title, months), null);
    }

    /** The dispute categories with any case, largest first, labelled. */
    private static List<Count> disputes(Section governance, Map<String, JsonObject> codeLists) {
        String prefix = "mediation.disputes.byCategory.";
        return governance.figures().stream()
                .filter(f -> f.id().startsWith(prefix) && f.value() != null && f.value().signum() != 0)
                .sorted(Comparator.comparing(Figure::value).reversed())
                .map(f -> new Count(label(codeLists.get("mediation"), "disputeCategories",
                        f.id().substring(prefix.length())), f.value()))
                .toList();
    }

    /** The hazards of each month from the safety statistics, or null when they carry no monthly series. */
    private static List<HazardMonth> hazardMonths(AnnualReports.Assembled assembled) {
        Fetched safety = assembled.answers().get(assembled.sources().safety());
        JsonObject hazards = safety == null || safety.body() == null ? null
                : safety.body().getJsonObject("hazards");
        JsonArray byMonth = hazards == null ? null : hazards.getJsonArray("byMonth");
        if (byMonth == null) {
            return null;
        }
        List<HazardMonth> months = new ArrayList<>();
        for (Object entry : byMonth) {
            if (entry instanceof JsonObject m && m.getString("month") != null) {
                months.add(new HazardMonth(Integer.parseInt(m.getString("month").substring(5)),
                        m.getLong("found", 0L), m.getLong("closed", 0L)));
            }
        }
        return months;
    }

    private static String label(JsonObject lists, String list, String code) {
        JsonObject named = lists == null ? null : lists.getJsonObject(list);
        JsonArray codes = named == null ? null : named.getJsonArray("codes");
        if (codes != null) {
            for (Object entry : codes) {
                if (entry instanceof JsonObject c && code.equals(c.getString("code")) && c.getString("label") != null) {
                    return c.getString("label");
                }
            }
        }
        return code;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
