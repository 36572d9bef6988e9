package cn.jiedao.safety;

import static cn.jiedao.testing.Requests.as;

import java.util.Map;

/** Records the safety tests create through the API, each of the test's own. */
public final class SafetyData {

    private SafetyData() {
    }

    /** The grid of the sites {@link #site} registers. */
    public static final String GRID = "340123001001001";

    /** A restaurant on the gas-safety roster, in {@link #GRID}; its id. */
    public static String site(String name) {
        return as("safety-officer").contentType("application/json")
                .body(Map.of("kind", "RESTAURANT", "name", name, "address", "八月湖路" + name,
                        "gridCode", GRID, "responsiblePerson", "张三", "responsiblePhone", "13800001111"))
                .post("/api/safety/sites").then().statusCode(201).extract().path("id");
    }

    /** One finding of an inspection or a drill. */
    public static Map<String, Object> finding(String domain, String severity, String description) {
        return Map.of("domain", domain, "severity", severity, "description", description,
                "legalBasis", "《城镇燃气管理条例》第二十八条", "responsibleParty", "经营者");
    }

    /** A key person's registration; a community-correction term from {@code termStart} to {@code termEnd}. */
    public static Map<String, Object> keyPerson(String category, String name, String residentId, String phone,
            String grid, String risk, String termStart, String termEnd) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("category", category, "name", name,
                "residentId", residentId, "phone", phone, "address", "八月湖路12号3栋201室", "gridCode", grid,
                "riskLevel", risk, "responsibleOfficer", "王警官"));
        switch (category) {
            case "SEVERE_MENTAL_DISORDER" -> body.put("guardian",
                    Map.of("name", "李秀英", "phone", "13900002222", "relation", "母亲"));
            case "COMMUNITY_CORRECTION" -> {
                body.put("term", Map.of("start", termStart, "end", termEnd));
                body.put("supervisionLevel", "STRICT");
            }
            default -> body.put("controlStatus", "COMMUNITY_REHAB");
        }
        return body;
    }
}
