package cn.jiedao.hub;

import static cn.jiedao.testing.Requests.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records of a test's own: a community of a fresh code with its grids. */
public final class HubData {

    private HubData() {
    }

    /** A fresh 12-digit community code. */
    public static String communityCode() {
        return "34" + String.format("%010d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000_000L));
    }

    /** Registers a community of a fresh code and answers the code. */
    public static String community(String name) {
        String code = communityCode();
        json("hub-staff", Map.of("code", code, "name", name)).post("/api/hub/communities").then().statusCode(201);
        return code;
    }

    /** Registers grid {@code n} (1–999) of the community and answers its code. */
    public static String grid(String communityCode, int n) {
        String code = communityCode + String.format("%03d", n);
        json("hub-staff", Map.of("code", code, "name", "第" + n + "网格", "communityCode", communityCode))
                .post("/api/hub/grids").then().statusCode(201);
        return code;
    }

    /** Opening hours: every day of the week from {@code opens} to {@code closes}. */
    public static List<Map<String, String>> everyDay(String opens, String closes) {
        return java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(d -> Map.of("dayOfWeek", d.name(), "opens", opens, "closes", closes)).toList();
    }
}
