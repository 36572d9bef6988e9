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
}
