package cn.jiedao.infra.demo;

import static cn.jiedao.infra.demo.Records.of;

import cn.jiedao.kernel.validation.ResidentIdNumber;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 一.3 (安全稳定) as the safety service keeps it — drills, anti-fraud outreach, the police's monthly
 * telecom-fraud counts, inspections with their hazards — and section 一.6 (作风建设): the discipline working
 * committee's supervision checks, accountability measures, recommendations, integrity-culture works, reading
 * corners and study meetings.
 */
final class Safety2023 {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"建国", "伟", "芳", "敏", "静", "磊", "军", "洋", "勇", "艳"};

    private final Demo demo;
    private final JsonNode data;
    private final Staff officer;
    private final Staff police;
    private final Staff discipline;
    private final Staff registry;
    private final Staff demolitions;

    Safety2023(Demo demo) {
        this.demo = demo;
        this.data = demo.data();
        this.officer = demo.staff("zhang.qiang", "safety-officer");
        this.registry = demo.staff("zhao.min", "safety-officer");
        this.demolitions = demo.staff("liu.yang", "safety-officer");
        this.police = demo.staff("bayuehu-police-station", "police-system");
        this.discipline = demo.staff("huang.lei", "discipline-officer");
    }

    private String day(int i, int n) {
        return Records.spread(demo.year(), demo.throughMonth(), i, n).toString();
    }

    private String period() {
        return "from=" + demo.year() + "-01-01&to=" + java.time.LocalDate.of(demo.year(), demo.throughMonth(), 1)
                .plusMonths(1).minusDays(1);
    }

    void runSafety() {
        JsonNode s = data.path("safety");
        JsonNode drills = s.path("drills");
        int count = drills.path("count").asInt();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = drills.path("kinds").get(i % drills.path("kinds").size()).asText();
            bodies.add(of("heldOn", day(i, count), "kind", kind,
                    "place", drills.path("places").get(i % drills.path("places").size()).asText(),
                    "organiser", "八月湖街道应急办", "participants", 40 + (i * 13) % 60,
                    "scenario", switch (kind) {
                        case "FIRE" -> "高层住宅火灾疏散与初期扑救";
                        case "GAS_LEAK" -> "餐饮店燃气泄漏处置";
                        case "FLOOD" -> "地下车库防汛排涝";
                        case "EARTHQUAKE" -> "地震避险与紧急疏散";
                        case "EVACUATION" -> "人员密集场所应急疏散";
                        default -> "电梯困人应急救援";
                    }));
        }
        demo.recorder().counted("safety: emergency drills", officer, "/api/safety/drills?" + period(),
                "/api/safety/drills", bodies);

        List<Map<String, Object>> outreach = new ArrayList<>();
        s.path("outreach").forEach(o -> outreach.add(Staff.JSON.convertValue(o, Map.class)));
        demo.recorder().keyed("safety: anti-fraud outreach events", officer, "/api/safety/outreach-events?" + period(),
                "topic", "/api/safety/outreach-events", outreach);

        // the police's monthly counts: a month already reported is left as the police reported it
        int months = 0;
        int reported = 0;
        for (Iterator<Map.Entry<String, JsonNode>> y = s.path("telecomFraudCases").fields(); y.hasNext(); ) {
            Map.Entry<String, JsonNode> year = y.next();
            JsonNode known = officer.get("/api/safety/telecom-fraud-cases?year=" + year.getKey()).path("months");
            for (int m = 1; m <= year.getValue().size(); m++) {
                if (known.path(m - 1).hasNonNull("cases")) {
                    reported++;
                    continue;
                }
                police.send("PUT", String.format("/api/safety/telecom-fraud-cases/%s-%02d", year.getKey(), m),
                        of("cases", year.getValue().get(m - 1).asInt()), Map.of(), Set.of(200, 201));
                months++;
            }
        }
        demo.recorder().report("safety: telecom-fraud cases by month", police, months, reported);

        List<Map<String, Object>> sites = new ArrayList<>();
        int n = 0;
        for (JsonNode inspection : s.path("inspections")) {
            JsonNode site = inspection.path("site");
            sites.add(of("kind", site.path("kind").asText(), "name", site.path("name").asText(),
                    "address", site.path("address").asText(), "gridCode", Hub2023.gridCode(data, 7 * n++),
                    "responsiblePerson", "店主" + n, "responsiblePhone", String.format("1387910%04d", n)));
        }
        Map<String, String> siteIds = demo.recorder().keyed("safety: venues", officer, "/api/safety/sites", "name",
                "/api/safety/sites", sites);
        int recorded = 0;
        int there = 0;
        for (JsonNode inspection : s.path("inspections")) {
            String siteId = siteIds.get(inspection.path("site").path("name").asText());
            if (Recorder.total(officer, "/api/safety/inspections?siteId=" + siteId + "&" + period()) > 0) {
                there++;
                continue;
            }
            officer.send("POST", "/api/safety/inspections", of("siteId", siteId, "domains", inspection.path("domains"),
                    "inspectedOn", inspection.path("inspectedOn").asText(), "inspectors", List.of("张强", "刘洋"),
                    "findings", inspection.path("findings")), Map.of(), Set.of(201));
            recorded++;
        }
        demo.recorder().report("safety: inspections (hazards found)", officer, recorded, there);
    }

    /**
     * The key persons under supervision at the end of the period, each registered on its day of the year
     * ({@code registeredOn}, entered after the fact); a resident ID already under supervision is a 409, so a
     * second run adds nothing.
     */
    void runKeyPersons() {
        JsonNode k = data.path("safety").path("keyPersons");
        JsonNode officers = k.path("responsibleOfficers");
        int total = 0;
        for (JsonNode count : k.path("counts")) {
            total += count.asInt();
        }
        List<Map<String, Object>> bodies = new ArrayList<>();
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> c = k.path("counts").fields(); c.hasNext(); ) {
            Map.Entry<String, JsonNode> category = c.next();
            for (int j = 0; j < category.getValue().asInt(); j++, i++) {
                String registered = day(i, total);
                Map<String, Object> body = of("category", category.getKey(),
                        "name", SURNAMES[i % 10] + GIVEN[(i / 10) % 10] + (i >= 100 ? String.valueOf(i / 100) : ""),
                        "residentId", ResidentIdNumber.withCheckCharacter(String.format("36012119%02d0%d%02d%03d",
                                60 + i % 35, 1 + i % 9, 10 + i % 18, i)),
                        "phone", String.format("1357910%04d", i), "address",
                        Hub2023.COMPOUNDS[i % Hub2023.COMPOUNDS.length] + (1 + i % 12) + "栋" + (101 + i % 6) + "室",
                        "gridCode", Hub2023.gridCode(data, 3 * i), "riskLevel", i % 7 == 0 ? "HIGH" : i % 3 == 0 ? "MEDIUM" : "LOW",
                        "responsibleOfficer", officers.get(i % officers.size()).asText(), "registeredOn", registered);
                switch (category.getKey()) {
                    case "SEVERE_MENTAL_DISORDER" -> body.put("guardian", of("name", SURNAMES[(i + 3) % 10] + "秀英",
                            "phone", String.format("1397910%04d", i), "relation", "母亲"));
                    case "COMMUNITY_CORRECTION" -> {
                        java.time.LocalDate start = java.time.LocalDate.parse(registered);
                        body.put("term", of("start", registered, "end", start.plusMonths(12 + i % 24).toString()));
                        body.put("supervisionLevel", i % 4 == 0 ? "STRICT" : "ORDINARY");
                    }
                    default -> body.put("controlStatus", i % 2 == 0 ? "COMMUNITY_REHAB" : "COMMUNITY_DETOX");
                }
                bodies.add(body);
            }
        }
        demo.recorder().unique("safety: key persons (registered in " + demo.year() + ")", registry,
                "/api/safety/key-persons", bodies);
    }

    /**
     * The illegal structures demolished in the period: each case reported on its day ({@code reportedOn}),
     * verified the next day and demolished a few days later ({@code demolishedOn}), the areas adding up to the
     * report's. A case is known by its address: a second run finds every one of them, demolished, and an
     * interrupted run's case is taken on from the step it stopped at.
     */
    void runDemolitions() {
        JsonNode d = data.path("safety").path("demolitions");
        int count = d.path("count").asInt();
        JsonNode areas = d.path("areas");
        JsonNode structures = d.path("structures");
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        java.time.LocalDate end = java.time.LocalDate.of(demo.year(), demo.throughMonth(), 1).plusMonths(1).minusDays(1);
        record Planned(String address, String gridCode, java.math.BigDecimal area, String description, java.time.LocalDate reported,
                java.time.LocalDate verified, java.time.LocalDate demolished) {
        }
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.math.BigDecimal area = i == count - 1
                    ? new java.math.BigDecimal(d.path("areaSquareMetres").asText()).subtract(sum)
                    : new java.math.BigDecimal(areas.get(i % areas.size()).asText());
            sum = sum.add(area);
            java.time.LocalDate reported = Records.spread(demo.year(), demo.throughMonth(), i, count);
            java.time.LocalDate verified = reported.plusDays(1);
            java.time.LocalDate demolished = reported.plusDays(3 + i % 5);
            if (demolished.isAfter(end)) {
                demolished = end;
            }
            if (verified.isAfter(demolished)) {
                verified = demolished;
            }
            String structure = structures.get(i % structures.size()).asText();
            plan.add(new Planned(String.format("%s%d栋 违建点%03d", Hub2023.COMPOUNDS[i % Hub2023.COMPOUNDS.length],
                    1 + i % 12, i + 1), Hub2023.gridCode(data, 5 * i), area, structure + "约" + area.stripTrailingZeros().toPlainString() + "平方米",
                    reported, verified, demolished));
        }
        if (sum.compareTo(new java.math.BigDecimal(d.path("areaSquareMetres").asText())) != 0
                || plan.get(count - 1).area().signum() <= 0) {
            throw new IllegalStateException("the demolition areas do not add up to " + d.path("areaSquareMetres"));
        }
        String cases = "/api/safety/illegal-construction-cases";
        Map<String, JsonNode> known = new java.util.HashMap<>();
        for (JsonNode c : Recorder.all(demolitions, cases)) {
            known.putIfAbsent(c.path("address").asText(), c);
        }
        int recorded = 0;
        int there = 0;
        for (Planned p : plan) {
            JsonNode c = known.get(p.address());
            String status = c == null ? null : c.path("status").asText();
            if ("DEMOLISHED".equals(status) || "CLOSED".equals(status)) {
                there++;
                continue;
            }
            String id;
            String etag;
            if (c == null) {
                Staff.Answer opened = demolitions.send("POST", cases, of("address", p.address(),
                        "gridCode", p.gridCode(), "description", p.description(),
                        "reportedOn", p.reported().toString()), Map.of(), Set.of(201));
                id = opened.body().path("id").asText();
                etag = opened.etag();
                status = "REPORTED";
            } else {
                id = c.path("id").asText();
                etag = "\"" + c.path("version").asLong() + "\"";
            }
            if ("REPORTED".equals(status)) {
                etag = demolitions.send("POST", cases + "/" + id + "/verification", of("areaSquareMetres", p.area(),
                        "occurredOn", p.verified().toString(), "note", "现场核实"), Map.of("If-Match", etag),
                        Set.of(200)).etag();
            }
            demolitions.send("POST", cases + "/" + id + "/demolition", of("demolishedOn", p.demolished().toString(),
                    "areaSquareMetres", p.area(), "note", "依法拆除"), Map.of("If-Match", etag), Set.of(200));
            recorded++;
        }
        demo.recorder().report("safety: illegal structures demolished", demolitions, recorded, there);
    }

    void runDiscipline() {
        JsonNode d = data.path("discipline");
        String base = "/api/safety/discipline";
        int checks = d.path("supervisionChecks").asInt();
        String[] kinds = {"ROUTINE", "SPECIAL", "UNANNOUNCED"};
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < checks; i++) {
            bodies.add(of("checkedOn", day(i, checks), "subject", i % 2 == 0 ? "八月湖街道" + (i % 7 + 1) + "部门"
                            : Hub2023.COMPOUNDS[i % 5] + "所在社区居委会", "subjectKind", i % 2 == 0 ? "DEPARTMENT" : "COMMUNITY",
                    "kind", kinds[i % 3], "inspectors", List.of("纪工委黄磊", "纪工委郑洁"),
                    "findings", i % 4 == 0 ? "工作纪律执行到位" : "考勤登记不规范,已当场提醒"));
        }
        demo.recorder().counted("discipline: supervision checks", discipline, base + "/supervision-checks?" + period(),
                base + "/supervision-checks", bodies);

        // the measures concern personsConcerned persons: measure i and i + personsConcerned the same person
        int persons = d.path("personsConcerned").asInt();
        int total = 0;
        for (JsonNode m : d.path("measures")) {
            total += m.asInt();
        }
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> m = d.path("measures").fields(); m.hasNext(); ) {
            Map.Entry<String, JsonNode> measure = m.next();
            List<Map<String, Object>> measures = new ArrayList<>();
            for (int k = 0; k < measure.getValue().asInt(); k++, i++) {
                int person = i % persons;
                Map<String, Object> who = of("name", SURNAMES[person % 10] + GIVEN[(person / 10) % 10]
                                + (person >= 100 ? String.valueOf(person / 100) : ""),
                        "unit", "八月湖街道" + (person % 12 + 1) + "科室");
                if (person < persons / 2) {
                    who.put("residentId", ResidentIdNumber.withCheckCharacter(
                            String.format("36012119800101%03d", person)));
                }
                measures.add(of("person", who, "measure", measure.getKey(), "decidedOn", day(i, total),
                        "reason", "作风纪律问题", "decidedBy", "八月湖街道纪工委"));
            }
            demo.recorder().counted("discipline: measures " + measure.getKey(), discipline,
                    base + "/measures?measure=" + measure.getKey() + "&" + period(), base + "/measures", measures);
        }

        List<Map<String, Object>> recommendations = new ArrayList<>();
        int r = d.path("recommendations").asInt();
        for (int k = 0; k < r; k++) {
            String issued = day(k, r);
            recommendations.add(of("number", "八纪建〔" + demo.year() + "〕" + (k + 1) + "号",
                    "unit", Hub2023.COMPOUNDS[k % 5] + "所在社区居委会", "issuedOn", issued,
                    "content", "建议健全考勤和财务审批制度", "answerDueOn", java.time.LocalDate.parse(issued).plusDays(30).toString()));
        }
        demo.recorder().unique("discipline: recommendations (纪律检查建议书)", discipline, base + "/recommendations",
                recommendations);

        int w = 0;
        for (Iterator<Map.Entry<String, JsonNode>> k = d.path("integrityWorks").fields(); k.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = k.next();
            List<Map<String, Object>> works = new ArrayList<>();
            for (int j = 0; j < kind.getValue().asInt(); j++, w++) {
                works.add(of("kind", kind.getKey(), "title", "廉元素作品" + (w + 1), "author",
                        Hub2023.COMPOUNDS[w % 5] + "居民", "collectedOn", day(w, 31)));
            }
            demo.recorder().counted("discipline: integrity works " + kind.getKey(), discipline,
                    base + "/integrity-works?kind=" + kind.getKey() + "&" + period(), base + "/integrity-works", works);
        }

        List<Map<String, Object>> corners = new ArrayList<>();
        d.path("readingCorners").forEach(c -> corners.add(Staff.JSON.convertValue(c, Map.class)));
        demo.recorder().unique("discipline: reading corners (勤廉书屋)", discipline, base + "/reading-corners", corners);

        int s = 0;
        for (Iterator<Map.Entry<String, JsonNode>> k = d.path("studyMeetings").fields(); k.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = k.next();
            List<Map<String, Object>> meetings = new ArrayList<>();
            for (int j = 0; j < kind.getValue().asInt(); j++, s++) {
                meetings.add(of("kind", kind.getKey(), "heldOn", day(s, 31), "topic", "“每周一学”学习例会", "attendance", 20 + s % 15));
            }
            demo.recorder().counted("discipline: study meetings " + kind.getKey(), discipline,
                    base + "/study-meetings?kind=" + kind.getKey() + "&" + period(), base + "/study-meetings", meetings);
        }
    }
}
