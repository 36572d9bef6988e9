package cn.jiedao.hub.volunteer;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Volunteer teams, volunteers and activities through the API; the teams are founded in 2025, their work is of 2025. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class VolunteerResourceTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    static String team(String name, String foundedOn) {
        return as("hub-staff").contentType("application/json")
                .body(Map.of("name", name, "communityCode", "340123001001", "leaderName", "王芳", "foundedOn", foundedOn))
                .post("/api/hub/volunteer-teams").then().statusCode(201).extract().path("id");
    }

    static String volunteer(String teamId, String name, String phone) {
        return as("street-admin").contentType("application/json")
                .body(Map.of("teamId", teamId, "name", name, "phone", phone, "joinedOn", "2025-02-01"))
                .post("/api/hub/volunteers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> activity(String teamId, String heldOn, String caseNo, List<Map<String, Object>> hours) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("teamId", teamId, "kind", "DISPUTE_MEDIATION",
                "title", "协助调解邻里漏水纠纷", "heldOn", heldOn, "place", "幸福时光小区", "hours", hours));
        if (caseNo != null) {
            body.put("disputeCaseNo", caseNo);
        }
        return body;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void aTeamsVolunteersServeHoursInActivitiesCountedPerVolunteerAndTeam() {
        String teamId = team(unique("八月湖红马甲"), "2025-01-10");
        String wang = volunteer(teamId, "王芳", "13900001111");
        String zhao = volunteer(teamId, "赵强", "13900002222");
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", null, List.of(
                Map.of("volunteerId", wang, "hours", 3.5), Map.of("volunteerId", zhao, "hours", 2))))
                .post("/api/hub/volunteer-activities").then().statusCode(201)
                .body("volunteers", equalTo(2)).body("totalHours", equalTo(5.5f)).body("hours.size()", equalTo(2));
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-04-01", null, List.of(
                Map.of("volunteerId", wang, "hours", 4)))).post("/api/hub/volunteer-activities").then().statusCode(201);
        as("hub-staff").contentType("application/json").body(activity(teamId, "2024-12-31", null, List.of(
                Map.of("volunteerId", wang, "hours", 4)))).post("/api/hub/volunteer-activities").then().statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));

        as("leader").get("/api/hub/volunteer-hours?year=2025&teamId=" + teamId).then().statusCode(200)
                .body("teams.size()", equalTo(1)).body("teams[0].activities", equalTo(2))
                .body("teams[0].volunteers", equalTo(2)).body("teams[0].hours", equalTo(9.5f))
                .body("volunteers.name", contains("王芳", "赵强")).body("volunteers[0].hours", equalTo(7.5f))
                .body("volunteers[0].activities", equalTo(2));
        as("leader").get("/api/hub/volunteer-hours?year=2024&teamId=" + teamId).then().body("teams.size()", equalTo(0));
        as("hub-staff").get("/api/hub/volunteer-teams/" + teamId).then().statusCode(200).body("volunteers", equalTo(2));
        as("hub-staff").get("/api/hub/volunteer-activities?teamId=" + teamId + "&from=2025-03-15").then()
                .body("total", equalTo(1)).body("items[0].heldOn", equalTo("2025-04-01"))
                .body("items[0].totalHours", equalTo(4)).body("items[0].hours", nullValue());
    }

    @Test
    void aVolunteersPhoneIsMaskedForEveryRoleButHubStaff() {
        String teamId = team(unique("关爱老人服务队"), "2025-01-10");
        String id = volunteer(teamId, "李娜", "13712345678");
        as("hub-staff").get("/api/hub/volunteers/" + id).then().statusCode(200).body("phone", equalTo("13712345678"));
        as("street-admin").get("/api/hub/volunteers/" + id).then().body("phone", equalTo("137****5678"));
        as("grid-worker").get("/api/hub/volunteers?teamId=" + teamId).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].phone", equalTo("137****5678"));
        as("hub-staff").get("/api/hub/volunteers?teamId=" + teamId).then().body("items[0].phone", equalTo("13712345678"));
        as("grid-worker").contentType("application/json")
                .body(Map.of("teamId", teamId, "name", "x", "phone", "13712345678", "joinedOn", "2025-02-01"))
                .post("/api/hub/volunteers").then().statusCode(403);
        as("mediator").get("/api/hub/volunteers/" + id).then().statusCode(403);
    }

    @Test
    void anActivityThatHelpedSettleADisputeIsAnnouncedOnHubVolunteerEvents() {
        String name = unique("矛盾调解志愿队");
        String teamId = team(name, "2025-01-10");
        String wang = volunteer(teamId, "王芳", "13900001111");
        String activityId = as("hub-staff").contentType("application/json").body(activity(teamId, "2025-05-06",
                "TJ-2025-00042", List.of(Map.of("volunteerId", wang, "hours", 2.5))))
                .post("/api/hub/volunteer-activities").then().statusCode(201)
                .body("disputeCaseNo", equalTo("TJ-2025-00042")).body("teamName", equalTo(name)).extract().path("id");
        var events = KafkaTopics.readUntil("hub.volunteer-events", r -> r.key().equals(activityId), WAIT);
        JsonPath event = JsonPath.from(events.get(events.size() - 1).value());
        assertThat(event.getString("type")).isEqualTo("hub.volunteer-activity.dispute-helped");
        assertThat(event.getString("data.disputeCaseNo")).isEqualTo("TJ-2025-00042");
        assertThat(event.getString("data.teamName")).isEqualTo(name);
        assertThat(event.getString("data.teamId")).isEqualTo(teamId);
        assertThat(event.getFloat("data.hours")).isEqualTo(2.5f);
        assertThat(event.getInt("data.volunteers")).isEqualTo(1);
        as("hub-staff").get("/api/hub/volunteer-activities?disputeCaseNo=TJ-2025-00042").then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(activityId));
        as("hub-staff").get("/api/hub/volunteer-activities?helpedDispute=true&teamId=" + teamId).then()
                .body("total", equalTo(1));
        as("hub-staff").get("/api/hub/volunteer-activities?helpedDispute=false&teamId=" + teamId).then()
                .body("total", equalTo(0));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String name = unique("环境整治队");
        String teamId = team(name, "2025-01-10");
        String other = team(unique("文明宣传队"), "2025-01-10");
        String stranger = volunteer(other, "孙丽", "13900003333");
        String wang = volunteer(teamId, "王芳", "13900001111");
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", null, List.of(
                Map.of("volunteerId", wang, "hours", 2), Map.of("volunteerId", stranger, "hours", 2))))
                .post("/api/hub/volunteer-activities").then().statusCode(400)
                .body("errors[0].field", equalTo("hours[1].volunteerId"));
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", null, List.of(
                Map.of("volunteerId", wang, "hours", 2), Map.of("volunteerId", wang, "hours", 1))))
                .post("/api/hub/volunteer-activities").then().statusCode(400)
                .body("errors[0].field", equalTo("hours[1].volunteerId"));
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", "2025-42", List.of(
                Map.of("volunteerId", wang, "hours", 2)))).post("/api/hub/volunteer-activities").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("disputeCaseNo"));
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", null, List.of(
                Map.of("volunteerId", wang, "hours", 25)))).post("/api/hub/volunteer-activities").then()
                .statusCode(400).body("errors[0].field", equalTo("hours[0].hours"));
        as("hub-staff").contentType("application/json").body(activity(teamId, "2025-03-01", null, List.of()))
                .post("/api/hub/volunteer-activities").then().statusCode(400).body("errors[0].field", equalTo("hours"));
        as("hub-staff").contentType("application/json").body(Map.of("teamId", teamId, "name", "x",
                "phone", "12345", "joinedOn", "2025-02-01")).post("/api/hub/volunteers").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        as("hub-staff").contentType("application/json")
                .body(Map.of("name", name, "foundedOn", "2025-01-10")).post("/api/hub/volunteer-teams").then()
                .statusCode(409).contentType("application/problem+json");
        as("hub-staff").contentType("application/json")
                .body(Map.of("name", unique("未来队"), "foundedOn", "2999-01-10")).post("/api/hub/volunteer-teams").then()
                .statusCode(400).body("errors[0].field", equalTo("foundedOn"));
        as("hub-staff").get("/api/hub/volunteer-hours?year=1999").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        as("hub-staff").get("/api/hub/volunteer-hours").then().statusCode(400).body("errors[0].field", equalTo("year"));
        as("hub-staff").get("/api/hub/volunteer-teams/" + UUID.randomUUID()).then().statusCode(404);
        as("hub-staff").get("/api/hub/volunteer-activities/" + UUID.randomUUID()).then().statusCode(404);
    }
}
