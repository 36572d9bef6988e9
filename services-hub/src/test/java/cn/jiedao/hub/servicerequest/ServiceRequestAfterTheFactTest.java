package cn.jiedao.hub.servicerequest;

import static cn.jiedao.hub.servicerequest.ServiceRequestResourceTest.defineType;
import static cn.jiedao.hub.servicerequest.ServiceRequestResourceTest.request;
import static cn.jiedao.hub.servicerequest.ServiceRequestResourceTest.step;
import static cn.jiedao.hub.servicerequest.ServiceRequestResourceTest.submit;
import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One-window requests entered after the fact (the window's 2020 paper slips typed in today): {@code receivedOn}
 * and the steps' {@code occurredOn}/{@code occurredAt} are checked against the street's today and the request's
 * previous step (400 naming the field); the request is received, due and numbered by its day, completed on
 * time by its steps' days, counted in its year's figures, and its history keeps both times. The year 2020
 * belongs to this test.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "hub"))
class ServiceRequestAfterTheFactTest {

    @Inject
    StreetTime time;

    @Test
    void aRequestReceivedAfterTheFactIsDueNumberedCompletedAndCountedByItsDays() {
        String type = defineType(10);
        Map<String, Object> body = request(type, "PRE_REVIEW", null);
        body.put("receivedOn", time.today().plusDays(1).toString());
        submit(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivedOn")).body("errors[0].reason", containsString("future"));

        body.put("receivedOn", "2020-04-11");
        Response received = submit(body);
        received.then().statusCode(201).body("requestNo", startsWith("YC-2020-")).body("deadline", equalTo("2020-04-21"));
        assertThat(instant(received.path("receivedAt"))).isEqualTo(instant("2020-04-11T00:00:00+08:00"));
        assertThat(instant(received.path("recordedAt"))).isAfterOrEqualTo(time.startOf(time.today()).toInstant());
        String id = received.path("id");

        step(id, received.header("ETag"), "acceptance", Map.of("occurredOn", "2020-04-10"), 400);
        step(id, received.header("ETag"), "acceptance", Map.of("occurredAt", time.now().plusMinutes(5).toString()), 400);
        String etag = step(id, received.header("ETag"), "acceptance", Map.of("occurredOn", "2020-04-13"), 200);
        as("hub-staff").contentType("application/json").header("If-Match", etag)
                .body(Map.of("outcome", "已办结", "occurredOn", "2020-04-12"))
                .post("/api/hub/service-requests/" + id + "/completion").then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn")).body("errors[0].reason", containsString("previous step"));
        step(id, etag, "completion", Map.of("outcome", "已办结", "occurredAt", "2020-04-20T16:30:00+08:00"), 200);

        JsonPath read = as("hub-staff").get("/api/hub/service-requests/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("overdue", equalTo(false)).extract().jsonPath();
        assertThat(instant(read.getString("acceptedAt"))).isEqualTo(instant("2020-04-13T00:00:00+08:00"));
        assertThat(instant(read.getString("completedAt"))).isEqualTo(instant("2020-04-20T16:30:00+08:00"));
        assertThat(read.getList("history.effectiveAt", String.class)).extracting(ServiceRequestAfterTheFactTest::instant)
                .containsExactly(instant("2020-04-11T00:00:00+08:00"), instant("2020-04-13T00:00:00+08:00"),
                        instant("2020-04-20T16:30:00+08:00"));
        assertThat(read.getList("history.at", String.class)).extracting(ServiceRequestAfterTheFactTest::instant)
                .allSatisfy(at -> assertThat(at).isAfterOrEqualTo(time.startOf(time.today()).toInstant()));

        // counted in 2020, completed on time (by 2020-04-21), not in this year's figures
        as("leader").queryParam("year", 2020).get("/api/hub/statistics").then().statusCode(200)
                .body("serviceRequestsByMode.PRE_REVIEW", equalTo(1))
                .body("serviceRequestsOnTimePercent", equalTo(100.0f));
        as("hub-staff").queryParam("from", "2020-04-11").queryParam("to", "2020-04-11")
                .get("/api/hub/service-requests").then().statusCode(200).body("total", equalTo(1));
    }

    static Instant instant(String at) {
        return OffsetDateTime.parse(at).toInstant();
    }
}
