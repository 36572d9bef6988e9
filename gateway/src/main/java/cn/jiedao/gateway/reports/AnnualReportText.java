package cn.jiedao.gateway.reports;

import cn.jiedao.gateway.reports.AnnualReport.Figure;
import cn.jiedao.gateway.reports.AnnualReport.Section;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual report as Chinese text in the work summary's own shape and wording ({@code
 * templates/reports/annual.md}): each figure written as the report writes it, breakdowns labelled from the
 * services' code lists, an unavailable section saying so.
 */
@Singleton
public class AnnualReportText {

    /** Breakdown figure prefix → the area and code list whose labels name its codes. */
    static final Map<String, String[]> BREAKDOWNS = Map.of(
            "mediation.disputes.byCategory", new String[] {"mediation", "disputeCategories"},
            "safety.keyPersons.underSupervision", new String[] {"safety", "keyPersonCategories"},
            "discipline.measures.byMeasure", new String[] {"safety", "disciplineMeasures"},
            "hub.serviceRequests.byMode", new String[] {"hub", "serviceModes"});

    private final Template annual;

    AnnualReportText(@Location("reports/annual.md") Template annual) {
        this.annual = annual;
    }

    /**
     * The Markdown text; {@code codeLists} is area → that service's {@code GET /api/<area>/codes} answer (a code
     * whose label is missing is written as its code).
     */
    public String markdown(AnnualReport report, Map<String, JsonObject> codeLists) {
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
        return annual.data("report", report).data("month", report.through().substring(5).replaceFirst("^0", ""))
                .data("s", sections).data("t", new Written(written)).data("b", joined).render();
    }

    /** The written figures; a figure the report lacks reads as {@link ReportNumbers#MISSING}. */
    @TemplateData
    public record Written(Map<String, String> byId) {
        public String get(String id) {
            return byId.getOrDefault(id, ReportNumbers.MISSING);
        }
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
}
