package cn.jiedao.infra.demo;

import static cn.jiedao.infra.demo.Records.of;

import cn.jiedao.kernel.validation.UnifiedSocialCreditCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 一.1 (经济发展): monthly indicator figures and the target, the statistical units in the library
 * (申规入统), the fixed-asset investment projects and their declarations, and investment attraction (招商引资),
 * recorded by the street's economy officer.
 */
final class Economy2023 {

    private final Demo demo;
    private final JsonNode data;
    private final Staff officer;

    Economy2023(Demo demo) {
        this.demo = demo;
        this.data = demo.data().path("economy");
        this.officer = demo.staff("zhao.jing", "economy-officer");
    }

    void run() {
        indicators();
        units();
        investment();
        attraction();
    }

    /** Targets and the month values (basis MONTH) of both years; a month already reported alike is left. */
    private void indicators() {
        int recorded = 0;
        int there = 0;
        for (Iterator<Map.Entry<String, JsonNode>> t = data.path("targets").fields(); t.hasNext(); ) {
            Map.Entry<String, JsonNode> target = t.next();
            String path = "/api/economy/indicators/" + target.getKey() + "/targets/" + demo.year();
            JsonNode existing = officer.find(path);
            if (existing != null && existing.path("value").decimalValue().compareTo(target.getValue().decimalValue()) == 0) {
                there++;
                continue;
            }
            Map<String, String> ifMatch = existing == null ? Map.of()
                    : Map.of("If-Match", officer.send("GET", path, null, Map.of(), Set.of(200)).etag());
            officer.send("PUT", path, of("value", target.getValue().decimalValue()), ifMatch, Set.of(200, 201));
            recorded++;
        }
        demo.recorder().report("economy: annual targets", officer, recorded, there);

        recorded = 0;
        there = 0;
        for (Iterator<Map.Entry<String, JsonNode>> i = data.path("monthValues").fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> indicator = i.next();
            for (Iterator<Map.Entry<String, JsonNode>> y = indicator.getValue().fields(); y.hasNext(); ) {
                Map.Entry<String, JsonNode> year = y.next();
                String code = indicator.getKey();
                JsonNode series = officer.get("/api/economy/indicators/" + code + "/series?year=" + year.getKey());
                Map<Integer, BigDecimal> reported = new HashMap<>();
                for (JsonNode month : series.path("months")) {
                    if (month.hasNonNull("monthValue")) {
                        reported.put(month.path("month").asInt(), month.path("monthValue").decimalValue());
                    }
                }
                for (int m = 1; m <= year.getValue().size(); m++) {
                    BigDecimal value = year.getValue().get(m - 1).decimalValue();
                    BigDecimal was = reported.get(m);
                    if (was != null && was.compareTo(value) == 0) {
                        there++;
                        continue;
                    }
                    String path = "/api/economy/indicators/" + code + "/values/" + year.getKey() + "/" + m;
                    Map<String, String> ifMatch = Map.of();
                    JsonNode existing = officer.find(path);
                    if (existing != null) {
                        ifMatch = Map.of("If-Match", officer.send("GET", path, null, Map.of(), Set.of(200)).etag());
                    }
                    officer.send("PUT", path, of("value", value, "basis", "MONTH"), ifMatch, Set.of(200, 201));
                    recorded++;
                }
            }
        }
        demo.recorder().report("economy: monthly indicator figures", officer, recorded, there);
    }

    /**
     * The library's units (IN_LIBRARY, those that entered in the report's year dated then, the others in 2021
     * and 2022) and the individual businesses declared for the next month; the credit code is the natural key.
     */
    private void units() {
        List<Map<String, Object>> units = new ArrayList<>();
        int serial = 0;
        for (JsonNode group : data.path("unitsInLibrary")) {
            int count = group.path("count").asInt();
            int entered = group.path("enteredIn2023").asInt();
            for (int i = 0; i < count; i++) {
                serial++;
                String date = i < entered
                        ? Records.spread(demo.year(), demo.throughMonth(), serial % 13, 13).plusDays(14).toString()
                        : (demo.year() - 1 - i % 2) + "-0" + (1 + i % 9) + "-15";
                units.add(of("creditCode", creditCode("91", serial), "name",
                        "南昌八月湖" + group.path("trade").asText() + String.format("%03d", i + 1) + "有限公司",
                        "industryCode", group.path("industryCode").asText(),
                        "address", "八月湖街道" + (serial % 2 == 0 ? "中悦广场" : "聚仁城广场") + (1 + serial % 30) + "号",
                        "constructionQualification", group.path("industryCode").asText().startsWith("47"),
                        "status", "IN_LIBRARY", "statusDate", date));
            }
        }
        JsonNode individuals = data.path("individualBusinessesDeclared");
        for (int i = 0; i < individuals.path("count").asInt(); i++) {
            units.add(of("creditCode", creditCode("92", i + 1), "name", "八月湖个体餐饮店" + (i + 1),
                    "industryCode", individuals.path("industryCode").asText(), "address", "芳草路夜市" + (i + 1) + "号",
                    "status", "DECLARED", "statusDate", individuals.path("declaredOn").asText()));
        }
        demo.recorder().unique("economy: statistical units (申规入统)", officer, "/api/economy/units", units);
    }

    /** A fixed credit code: {@code 91} (enterprise) or {@code 92} (individual business), Nanchang, a serial. */
    static String creditCode(String kind, int serial) {
        return UnifiedSocialCreditCode.withCheckCharacter(kind + "360121" + "MA" + String.format("%07d", 3500000 + serial));
    }

    private void investment() {
        List<Map<String, Object>> projects = new ArrayList<>();
        for (JsonNode p : data.path("investmentProjects")) {
            projects.add(of("name", p.path("name").asText(), "totalInvestment", p.path("totalInvestment").decimalValue(),
                    "startDate", p.path("startDate").asText(), "status", "UNDER_CONSTRUCTION"));
        }
        Map<String, String> ids = demo.recorder().keyed("economy: fixed-asset investment projects", officer,
                "/api/economy/investment-projects", "name", "/api/economy/investment-projects", projects);
        int recorded = 0;
        int there = 0;
        int from = data.path("declarationsFromMonth").asInt();
        for (JsonNode p : data.path("investmentProjects")) {
            String path = "/api/economy/investment-projects/" + ids.get(p.path("name").asText());
            Staff.Answer project = officer.send("GET", path, null, Map.of(), Set.of(200));
            Map<Integer, BigDecimal> declared = new HashMap<>();
            for (JsonNode d : project.body().path("declarations")) {
                if (d.path("year").asInt() == demo.year()) {
                    declared.put(d.path("month").asInt(), d.path("amount").decimalValue());
                }
            }
            String etag = project.etag();
            for (int i = 0; i < p.path("declarations").size(); i++) {
                BigDecimal amount = p.path("declarations").get(i).decimalValue();
                int month = from + i;
                if (amount.signum() == 0) {
                    continue;
                }
                if (declared.containsKey(month) && declared.get(month).compareTo(amount) == 0) {
                    there++;
                    continue;
                }
                etag = officer.send("PUT", path + "/declarations/" + demo.year() + "/" + month, of("amount", amount),
                        Map.of("If-Match", etag), Set.of(200, 201)).etag();
                recorded++;
            }
        }
        demo.recorder().report("economy: declared investment (month, project)", officer, recorded, there);
    }

    private void attraction() {
        List<Map<String, Object>> ceremonies = new ArrayList<>();
        data.path("ceremonies").forEach(c -> ceremonies.add(Staff.JSON.convertValue(c, Map.class)));
        Map<String, String> ceremonyIds = demo.recorder().keyed("economy: signing ceremonies", officer,
                "/api/economy/signing-ceremonies", "title", "/api/economy/signing-ceremonies", ceremonies);
        List<Map<String, Object>> signed = new ArrayList<>();
        int n = 0;
        for (int c = 0; c < ceremonies.size(); c++) {
            Map<String, Object> ceremony = ceremonies.get(c);
            for (int i = 0; i < data.path("signedProjectsPerCeremony").get(c).asInt(); i++, n++) {
                signed.add(of("ceremonyId", ceremonyIds.get((String) ceremony.get("title")),
                        "name", "总部经济签约项目" + (n + 1), "investor", "八月湖总部企业" + (n + 1) + "有限公司",
                        "creditCode", creditCode("91", 900 + n),
                        "registeredCapital", data.path("signedProjectCapital").get(n).decimalValue(),
                        "industryCode", n % 2 == 0 ? "7212" : "5191", "signedOn", ceremony.get("heldOn")));
            }
        }
        demo.recorder().keyed("economy: signed projects", officer, "/api/economy/signed-projects", "name",
                "/api/economy/signed-projects", signed);
        List<Map<String, Object>> domestic = new ArrayList<>();
        data.path("domesticCapitalProjects").forEach(d -> domestic.add(Staff.JSON.convertValue(d, Map.class)));
        demo.recorder().keyed("economy: domestic-capital projects", officer, "/api/economy/domestic-capital-projects",
                "name", "/api/economy/domestic-capital-projects", domestic);
    }
}
