package cn.jiedao.infra.demo;

import static cn.jiedao.infra.demo.Records.of;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sections 一.4, 一.5 and 一.7 as the services hub keeps them: the grid directory (communities, grids, the grid
 * party branches and groups, residential compounds and the red property committees covering them), the EV
 * charging piles and sheds, the service points (health points, canteens, the party-mass service centre, the
 * red stations for the new employment groups), the new-employment stations, and the volunteer teams with their
 * volunteers and activities.
 */
final class Hub2023 {

    /** Compounds the report names, used for addresses too. */
    static final String[] COMPOUNDS = {"居住主题公园", "伟梦清水湾", "景诚名郡", "奥园小区", "幸福时光"};

    private final Demo demo;
    private final JsonNode data;
    private final Staff directory;
    private final Staff admin;
    private final Staff volunteers;
    private final Staff window;

    Hub2023(Demo demo) {
        this.demo = demo;
        this.data = demo.data().path("hub");
        this.directory = demo.staff("li.na", "hub-staff");
        this.admin = demo.staff("sun.yan", "street-admin");
        this.volunteers = demo.staff("wu.fang", "hub-staff");
        this.window = demo.staff("qian.hui", "hub-staff");
    }

    /** The code of grid {@code i} (counted over all communities of the data, round again past the last). */
    static String gridCode(JsonNode data, int i) {
        JsonNode communities = data.path("hub").path("communities");
        int total = 0;
        for (JsonNode c : communities) {
            total += c.path("grids").asInt();
        }
        int n = Math.floorMod(i, total);
        for (JsonNode c : communities) {
            int grids = c.path("grids").asInt();
            if (n < grids) {
                return c.path("code").asText() + String.format("%03d", n + 1);
            }
            n -= grids;
        }
        throw new IllegalStateException("no grids");
    }

    private String day(int i, int n) {
        return Records.spread(demo.year(), demo.throughMonth(), i, n).toString();
    }

    /** The teams were founded on the first three days of the year, before their first activity. */
    private String founded(int team) {
        return java.time.LocalDate.of(demo.year(), 1, 1 + team % 3).toString();
    }

    void runDirectory() {
        JsonNode communities = data.path("communities");
        List<Map<String, Object>> bodies = new ArrayList<>();
        communities.forEach(c -> bodies.add(of("code", c.path("code").asText(), "name", c.path("name").asText())));
        demo.recorder().unique("hub: communities", directory, "/api/hub/communities", bodies);
        String community = communities.get(0).path("code").asText();

        List<Map<String, Object>> grids = new ArrayList<>();
        List<Map<String, Object>> branches = new ArrayList<>();
        int g = 0;
        for (JsonNode c : communities) {
            for (int n = 1; n <= c.path("grids").asInt(); n++, g++) {
                String code = c.path("code").asText() + String.format("%03d", n);
                grids.add(of("code", code, "name", c.path("name").asText() + "第" + n + "网格", "communityCode",
                        c.path("code").asText()));
                boolean branch = n % 4 == 1;
                branches.add(of("kind", branch ? "BRANCH" : "GROUP", "name", c.path("name").asText() + "第" + n + "网格"
                        + (branch ? "党支部" : "党小组"), "gridCode", code, "foundedOn", day(g, data.path("partyBranches").asInt())));
            }
        }
        demo.recorder().keyed("hub: grids", directory, "/api/hub/grids", "code", "/api/hub/grids", grids);
        demo.recorder().keyed("hub: grid party branches and groups", directory, "/api/hub/party-branches", "name",
                "/api/hub/party-branches", branches.subList(0, data.path("partyBranches").asInt()));

        int compoundCount = data.path("compounds").asInt();
        List<Map<String, Object>> compounds = new ArrayList<>();
        for (int i = 0; i < compoundCount; i++) {
            JsonNode c = communities.get((i / 2) % communities.size()); // a committee's two compounds: one community
            String name = i < COMPOUNDS.length ? COMPOUNDS[i] : c.path("name").asText().replace("社区", "") + "小区" + (i + 1);
            compounds.add(of("name", name, "communityCode", c.path("code").asText(), "propertyCompany",
                    "八月湖" + (i % 3 == 0 ? "宏远" : i % 3 == 1 ? "洪城" : "象湖") + "物业服务有限公司",
                    "registeredOn", day(i, compoundCount)));
        }
        Map<String, String> compoundIds = demo.recorder().keyed("hub: residential compounds", admin,
                "/api/hub/residential-compounds", "name", "/api/hub/residential-compounds", compounds);

        // each committee covers two compounds: 18 cover 36 of the 45 (80 %)
        List<Map<String, Object>> committees = new ArrayList<>();
        for (int i = 0; i < data.path("redPropertyCommittees").asInt(); i++) {
            Map<String, Object> a = compounds.get(2 * i);
            Map<String, Object> b = compounds.get(2 * i + 1);
            committees.add(of("name", a.get("name") + "红色物业管理委员会", "communityCode", a.get("communityCode"),
                    "formedOn", day(i, 18), "compoundIds", List.of(compoundIds.get((String) a.get("name")),
                            compoundIds.get((String) b.get("name")))));
        }
        demo.recorder().keyed("hub: red property committees", directory, "/api/hub/red-property-committees", "name",
                "/api/hub/red-property-committees", committees);

        List<Map<String, Object>> facilities = new ArrayList<>();
        JsonNode piles = data.path("evChargingPileSites");
        for (int i = 0; i < piles.path("count").asInt(); i++) {
            String compound = piles.path("compounds").get(i % piles.path("compounds").size()).asText();
            facilities.add(of("type", "EV_CHARGING_PILE", "name", compound + "充电桩" + (i + 1) + "号站点",
                    "compoundId", compoundIds.get(compound), "status", "IN_SERVICE", "capacity", 8,
                    "installedOn", day(i, piles.path("count").asInt())));
        }
        JsonNode sheds = data.path("evSheds");
        for (int i = 0; i < sheds.path("count").asInt(); i++) {
            String compound = sheds.path("compounds").get(i % sheds.path("compounds").size()).asText();
            facilities.add(of("type", "EV_SHED", "name", compound + "电动车棚" + (i + 1) + "号",
                    "compoundId", compoundIds.get(compound), "status", "IN_SERVICE", "capacity", 40,
                    "installedOn", day(i, sheds.path("count").asInt())));
        }
        String building = data.path("shedUnderConstruction").asText();
        facilities.add(of("type", "EV_SHED", "name", building + "充电棚", "compoundId", compoundIds.get(building),
                "status", "UNDER_CONSTRUCTION", "capacity", 60));
        demo.recorder().keyed("hub: EV charging piles and sheds", directory, "/api/hub/facilities", "name",
                "/api/hub/facilities", facilities);

        List<Map<String, Object>> points = new ArrayList<>();
        int p = 0;
        for (JsonNode point : data.path("servicePoints")) {
            List<Map<String, Object>> hours = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                hours.add(of("dayOfWeek", d.name(), "opens", point.path("opens").asText(), "closes",
                        point.path("closes").asText()));
            }
            JsonNode c = communities.get(p % communities.size());
            points.add(of("type", point.path("type").asText(), "name", point.path("name").asText(),
                    "communityCode", c.path("code").asText(), "address", c.path("name").asText() + "八月湖路" + (2 + 2 * p) + "号",
                    "latitude", new BigDecimal("28.6820").add(new BigDecimal(p).movePointLeft(3)),
                    "longitude", new BigDecimal("115.8580").add(new BigDecimal(p).movePointLeft(3)),
                    "openingHours", hours));
            p++;
        }
        demo.recorder().keyed("hub: service points", directory, "/api/hub/service-points", "name",
                "/api/hub/service-points", points);

        List<Map<String, Object>> stations = new ArrayList<>();
        int s = 0;
        for (JsonNode station : data.path("newEmploymentStations")) {
            stations.add(of("name", station.path("name").asText(), "communityCode", community,
                    "address", "演武广场" + (1 + s++) + "号", "services", station.path("services")));
        }
        demo.recorder().keyed("hub: new-employment stations", directory, "/api/hub/new-employment-stations", "name",
                "/api/hub/new-employment-stations", stations);
    }

    private Map<String, String> teamIds;
    private List<List<String>> members;

    /** The volunteer teams, three volunteers each. */
    void runTeams() {
        JsonNode names = data.path("volunteerTeams");
        List<Map<String, Object>> teams = new ArrayList<>();
        JsonNode communities = data.path("communities");
        for (int i = 0; i < names.size(); i++) {
            teams.add(of("name", names.get(i).asText(), "communityCode",
                    communities.get(i % communities.size()).path("code").asText(),
                    "leaderName", "队长" + (i + 1), "foundedOn", founded(i)));
        }
        teamIds = demo.recorder().keyed("hub: volunteer teams", volunteers,
                "/api/hub/volunteer-teams", "name", "/api/hub/volunteer-teams", teams);
        int recorded = 0;
        int there = 0;
        members = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String teamId = teamIds.get(names.get(i).asText());
            String list = "/api/hub/volunteers?teamId=" + teamId;
            int existing = (int) Recorder.total(volunteers, list);
            for (int v = existing; v < 3; v++) {
                volunteers.send("POST", "/api/hub/volunteers", of("teamId", teamId, "name", "志愿者" + (i * 3 + v + 1),
                        "phone", String.format("1397910%04d", i * 3 + v), "joinedOn", founded(i)),
                        Map.of(), java.util.Set.of(201));
                recorded++;
            }
            there += Math.min(existing, 3);
            List<String> ids = new ArrayList<>();
            Recorder.all(volunteers, list).forEach(v -> ids.add(v.path("id").asText()));
            members.add(ids);
        }
        demo.recorder().report("hub: volunteers", volunteers, recorded, there);
    }

    /** The teams' activities, the first of them helping with the disputes {@code helpedCases} names. */
    void runActivities(Supplier<List<String>> helpedCases) {
        JsonNode names = data.path("volunteerTeams");

        JsonNode a = data.path("volunteerActivities");
        int count = a.path("count").asInt();
        int helped = a.path("disputesHelped").asInt();
        List<String> cases = helpedCases.get();
        if (cases.size() < helped) {
            throw new Staff.Refused("only " + cases.size() + " disputes to link " + helped + " volunteer activities to");
        }
        List<Map<String, Object>> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int team = i % names.size();
            boolean mediation = i < helped;
            activities.add(of("teamId", teamIds.get(names.get(team).asText()),
                    "kind", mediation ? "DISPUTE_MEDIATION" : i % 2 == 0 ? "ELDERLY_CARE" : "COMMUNITY_SERVICE",
                    "title", (mediation ? "“调解”行动" : i % 2 == 0 ? "助老服务" : "“家有困难我来帮”邻里互助") + "第" + (i + 1) + "次",
                    "heldOn", day(i + 1, count + 1), "disputeCaseNo", mediation ? cases.get(i) : null,
                    "hours", List.of(of("volunteerId", members.get(team).get(0), "hours", 2),
                            of("volunteerId", members.get(team).get(1), "hours", 3))));
        }
        demo.recorder().keyed("hub: volunteer activities", volunteers, "/api/hub/volunteer-activities?from="
                + demo.year() + "-01-01&to=" + demo.year() + "-12-31", "title", "/api/hub/volunteer-activities",
                activities);
    }

    /**
     * 一窗受理、全科服务: the service types, and the year's one-window requests in each of the five modes, each
     * received on its day ({@code receivedOn}, entered after the fact), accepted that day and completed within its
     * type's days ({@code occurredOn}). Each request has an {@code Idempotency-Key} of its own, so a second run
     * gets the same records back; a request an interrupted run left open is taken on from its step.
     */
    void runOneWindow() {
        JsonNode w = data.path("oneWindow");
        List<Map<String, Object>> types = new ArrayList<>();
        w.path("types").forEach(t -> types.add(of("code", t.path("code").asText(), "name", t.path("name").asText(),
                "department", t.path("department").asText(), "timeAllowedDays", t.path("timeAllowedDays").asInt(),
                "attributes", List.of())));
        demo.recorder().unique("hub: one-window service types", window, "/api/hub/service-types", types);

        int total = 0;
        for (JsonNode n : w.path("requestsByMode")) {
            total += n.asInt();
        }
        int recorded = 0;
        int there = 0;
        int i = 0;
        for (java.util.Iterator<Map.Entry<String, JsonNode>> m = w.path("requestsByMode").fields(); m.hasNext(); ) {
            Map.Entry<String, JsonNode> mode = m.next();
            for (int k = 0; k < mode.getValue().asInt(); k++, i++) {
                JsonNode type = w.path("types").get(i % w.path("types").size());
                java.time.LocalDate received = Records.spread(demo.year(), demo.throughMonth(), i, total);
                int days = type.path("timeAllowedDays").asInt();
                java.time.LocalDate completed = received.plusDays(i % (days + 1));
                Staff.Answer answer = window.send("POST", "/api/hub/service-requests", of("serviceType",
                        type.path("code").asText(), "mode", mode.getKey(),
                        "applicant", of("name", "居民" + (i + 1), "phone", String.format("1867910%04d", i)),
                        "description", type.path("name").asText(), "gridCode", gridCode(demo.data(), 11 * i),
                        "receivedOn", received.toString()),
                        Map.of("Idempotency-Key", "bayuehu-" + demo.year() + "-one-window-" + (i + 1)), Set.of(200, 201));
                String id = answer.body().path("id").asText();
                String status = answer.body().path("status").asText();
                String etag = answer.etag();
                if (!"RECEIVED".equals(status) && !"ACCEPTED".equals(status)) {
                    there++;
                    continue;
                }
                if (etag == null) {
                    etag = window.send("GET", "/api/hub/service-requests/" + id, null, Map.of(), Set.of(200)).etag();
                }
                String path = "/api/hub/service-requests/" + id;
                if ("RECEIVED".equals(status)) {
                    etag = window.send("POST", path + "/acceptance", of("note", mode.getKey(), "occurredOn",
                            received.toString()), Map.of("If-Match", etag), Set.of(200)).etag();
                }
                window.send("POST", path + "/completion", of("outcome", "已办结", "occurredOn", completed.toString()),
                        Map.of("If-Match", etag), Set.of(200));
                recorded++;
            }
        }
        demo.recorder().report("hub: one-window requests (5 modes)", window, recorded, there);
    }
}
