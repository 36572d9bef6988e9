package cn.jiedao.eventing.records;

import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.kernel.time.StreetTime;
import cn.jiedao.testing.KafkaTopics;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One path for every lifecycle step, over HTTP as a service exposes it, against the real database and broker. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
class LifecycleStepsTest {

    static final Instant FIXED = Instant.parse("2023-10-31T02:00:00Z"); // 10:00 in the street
    /** When the case was opened, as entered after the fact. */
    static final OffsetDateTime OPENED = OffsetDateTime.parse("2023-03-01T09:00:00+08:00");

    @Inject
    LifecycleSteps steps;

    @Inject
    StreetTime time;

    UUID id;

    @BeforeEach
    void openCase() {
        time.useClock(Clock.fixed(FIXED, time.zone()));
        id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ProbeCase c = new ProbeCase();
            c.id = id;
            c.state = ProbeCase.State.OPEN;
            c.persist();
            steps.begin(ProbeCase.LIFECYCLE, id, ProbeCase.Step.OPEN, ProbeCase.State.OPEN,
                    cn.jiedao.kernel.security.Actor.system("test"), OPENED, "opened");
        });
    }

    @AfterEach
    void wallClock() {
        time.useSystemClock();
    }

    @Test
    void stepMovesTheStateWritesHistoryAtTheStreetsTimeAndAnswersTheNewEtag() {
        String etag = step("report", "\"0\"", "grid-worker").then().statusCode(200)
                .body("state", equalTo("REPORTED")).extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        List<StepEntry> history = QuarkusTransaction.requiringNew().call(() -> steps.history(ProbeCase.LIFECYCLE, id));
        assertThat(history).extracting(e -> e.action + ":" + e.fromState + "→" + e.toState)
                .containsExactly("OPEN:null→OPEN", "REPORT:OPEN→REPORTED");
        StepEntry report = history.get(1);
        assertThat(report.actor).isEqualTo("test-grid-worker");
        assertThat(report.note).isEqualTo("by test-grid-worker");
        assertThat(report.at.toInstant()).as("the step's time is the street's fixed clock").isEqualTo(FIXED);
    }

    @Test
    void aStepNotAllowedFromTheCurrentStateIs409NamingTheStateAndTheAllowedSteps() {
        step("close", "\"0\"", "safety-officer").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jiedao.cn/problems/step-not-allowed"))
                .body("currentState", equalTo("OPEN"))
                .body("allowedSteps", contains("REPORT", "NOTE"))
                .body("detail", containsString("cannot take the step CLOSE"));
        assertThat(version()).as("a refused step changes nothing").isZero();
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOneIs428() {
        step("report", "\"0\"", "grid-worker").then().statusCode(200);
        step("reopen", "\"0\"", "safety-officer").then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString("\"1\""));
        step("reopen", null, "safety-officer").then().statusCode(428).contentType("application/problem+json");
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void aRoleTheStepDoesNotAdmitIs403() {
        step("report", "\"0\"", "grid-worker").then().statusCode(200);
        step("close", "\"1\"", "grid-worker").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("safety-officer"));
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void aStepThatOnlyAddsHistoryStillChangesTheEtag() {
        step("note", "\"0\"", "mediator").then().statusCode(200).body("state", equalTo("OPEN"))
                .header("ETag", "\"1\"");
    }

    @Test
    void aStepsEventIsPublishedThroughTheOutboxKeyedByTheRecord() {
        step("report", "\"0\"", "grid-worker").then().statusCode(200);
        step("close", "\"1\"", "safety-officer").then().statusCode(200).body("state", equalTo("CLOSED"));
        var records = KafkaTopics.readUntil(ProbeCaseResource.TOPIC, r -> r.key().equals(id.toString()),
                Duration.ofSeconds(30));
        assertThat(records).anySatisfy(r -> assertThat(r.value()).contains("test.probe-case.closed").contains(id.toString()));
        ProbeCase closed = QuarkusTransaction.requiringNew().call(() -> ProbeCase.findById(id));
        assertThat(closed.closedBy).isEqualTo("test-safety-officer");
    }

    @Test
    void anUnknownRecordIs404() {
        as("safety-officer").contentType("application/json").header("If-Match", "\"0\"").post("/test/probe-cases/" + UUID.randomUUID() + "/report")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ProbeCase"));
    }

    // --- after the fact ------------------------------------------------------------------------------------

    @Test
    void aStepEnteredAfterTheFactKeepsBothTimesAndStampsTheRecordWithTheEffectiveOne() {
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-03-05\"}").then().statusCode(200);
        step("close", "\"1\"", "safety-officer", "{\"occurredAt\":\"2023-06-01T15:30:00+08:00\"}").then()
                .statusCode(200);

        List<StepEntry> history = QuarkusTransaction.requiringNew().call(() -> steps.history(ProbeCase.LIFECYCLE, id));
        assertThat(history).extracting(e -> e.action).containsExactly("OPEN", "REPORT", "CLOSE");
        assertThat(history.get(0).effectiveAt.toInstant()).as("a new record's effective time as begun")
                .isEqualTo(OPENED.toInstant());
        assertThat(history.get(0).at.toInstant()).as("entered now").isEqualTo(FIXED);
        StepEntry report = history.get(1);
        assertThat(report.at.toInstant()).as("the real entry time").isEqualTo(FIXED);
        assertThat(report.effectiveAt.toInstant()).as("a day before today takes effect at its first instant")
                .isEqualTo(OffsetDateTime.parse("2023-03-05T00:00:00+08:00").toInstant());
        assertThat(history.get(2).at.toInstant()).isEqualTo(FIXED);
        assertThat(history.get(2).effectiveAt.toInstant())
                .isEqualTo(OffsetDateTime.parse("2023-06-01T15:30:00+08:00").toInstant());
        ProbeCase closed = QuarkusTransaction.requiringNew().call(() -> ProbeCase.findById(id));
        assertThat(closed.closedAt.toInstant()).as("the step stamps the record with the effective time")
                .isEqualTo(OffsetDateTime.parse("2023-06-01T15:30:00+08:00").toInstant());
    }

    @Test
    void aStepWithoutADateTakesEffectNowAndTodayIsNow() {
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-10-31\"}").then().statusCode(200);
        step("close", "\"1\"", "safety-officer").then().statusCode(200);
        List<StepEntry> history = QuarkusTransaction.requiringNew().call(() -> steps.history(ProbeCase.LIFECYCLE, id));
        assertThat(history.get(1).effectiveAt.toInstant()).isEqualTo(FIXED);
        assertThat(history.get(2).effectiveAt.toInstant()).isEqualTo(FIXED);
    }

    @Test
    void anEffectiveTimeInTheStreetsFutureIs400NamingTheField() {
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-11-01\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].reason", containsString("future"));
        // 10:00:01 in the street is a second after its fixed now
        step("report", "\"0\"", "grid-worker", "{\"occurredAt\":\"2023-10-31T02:00:01Z\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        assertThat(version()).as("a refused step changes nothing").isZero();
    }

    @Test
    void anEffectiveTimeBeforeTheRecordsPreviousStepIs400NamingTheField() {
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-02-28\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("occurredOn"))
                .body("errors[0].reason", containsString("previous step"));
        step("report", "\"0\"", "grid-worker", "{\"occurredAt\":\"2023-03-01T08:59:59+08:00\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-05-01\"}").then().statusCode(200);
        step("close", "\"1\"", "safety-officer", "{\"occurredAt\":\"2023-04-30T23:00:00+08:00\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        assertThat(version()).isEqualTo(1);
    }

    @Test
    void aDayOnThePreviousStepsDayKeepsTheStepsInOrder() {
        // opened 2023-03-01 09:00: a step on the same day takes effect no earlier than that
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-03-01\"}").then().statusCode(200);
        List<StepEntry> history = QuarkusTransaction.requiringNew().call(() -> steps.history(ProbeCase.LIFECYCLE, id));
        assertThat(history.get(1).effectiveAt.toInstant()).isEqualTo(OPENED.toInstant());
    }

    @Test
    void bothADayAndAnInstantIs400() {
        step("report", "\"0\"", "grid-worker", "{\"occurredOn\":\"2023-05-01\",\"occurredAt\":\"2023-05-01T10:00:00+08:00\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
    }

    private io.restassured.response.Response step(String step, String ifMatch, String role, String body) {
        var request = as(role).contentType("application/json").body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/test/probe-cases/" + id + "/" + step);
    }

    private io.restassured.response.Response step(String step, String ifMatch, String role) {
        var request = as(role).contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/test/probe-cases/" + id + "/" + step);
    }

    private long version() {
        return QuarkusTransaction.requiringNew().call(() -> ((ProbeCase) ProbeCase.findById(id)).version);
    }

}
