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
                    cn.jiedao.kernel.security.Actor.system("test"), time.now(), "opened");
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
        as("safety-officer").header("If-Match", "\"0\"").post("/test/probe-cases/" + UUID.randomUUID() + "/report")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("ProbeCase"));
    }

    private io.restassured.response.Response step(String step, String ifMatch, String role) {
        var request = as(role);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/test/probe-cases/" + id + "/" + step);
    }

    private long version() {
        return QuarkusTransaction.requiringNew().call(() -> ((ProbeCase) ProbeCase.findById(id)).version);
    }

}
