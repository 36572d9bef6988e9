package cn.jiedao.mediation;

import static cn.jiedao.testing.ConcurrentUpdates.target;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.testing.ConcurrentUpdates;
import cn.jiedao.testing.ConcurrentUpdates.Case;
import cn.jiedao.testing.ConcurrentUpdates.Target;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mutable record kind of mediation under concurrent updates with one If-Match: one success, 412 for the
 * others, the record left as the winner made it; one case for each If-Match operation of the OpenAPI document.
 * (Identical police referrals at once with one Idempotency-Key: {@code PoliceReferralRestTest}.)
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class ConcurrentUpdatesTest {

    static final String MEDIATOR = "mediator";
    static final String CONCLUSION = """
            {"outcome": "RESOLVED", "summary": "双方达成书面协议",
             "agreement": {"form": "WRITTEN", "obligations": "修复防水并赔偿1200元",
                           "performanceTerms": "十日内修复", "jointJudicialConfirmation": false}}""";

    /** A walk-in dispute, accepted and concluded as far as {@code upTo} says (0 received, 1 accepted, 2 concluded). */
    static Target dispute(int upTo) {
        String id = MediationApi.registerWalkIn(
                "{\"channel\": \"WALK_IN\", \"category\": \"OTHER\", \"summary\": \"并发修改的纠纷\"}");
        if (upTo >= 1) {
            MediationApi.accept(id, MediationApi.room());
        }
        if (upTo >= 2) {
            MediationApi.step(id, "conclusion", CONCLUSION).response().then().statusCode(200);
        }
        String path = "/api/mediation/disputes/" + id;
        return target(MediationApi.etag(id), path, MEDIATOR, "path", path);
    }

    static Target letter(boolean acknowledged) {
        String disputeId = (String) dispute(0).id("path");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var created = as("street-admin").contentType("application/json").body("""
                {"letterNo": "县综治-C%s", "issuer": "县委政法委", "issuedOn": "%s", "subject": "业主聚集风险",
                 "responseDue": "%s", "disputeIds": ["%s"]}""".formatted(UUID.randomUUID().toString().substring(0, 8),
                today, today.plusDays(7), disputeId.substring(disputeId.lastIndexOf('/') + 1)))
                .post("/api/mediation/warning-letters").then().statusCode(201).extract();
        String path = "/api/mediation/warning-letters/" + created.path("id");
        String etag = created.header("ETag");
        if (acknowledged) {
            etag = as(MEDIATOR).header("If-Match", etag).post(path + "/acknowledgement").then().statusCode(200)
                    .extract().header("ETag");
        }
        return target(etag, path, MEDIATOR, "path", path);
    }

    static final List<Case> CASES = List.of(
            new Case("POST /api/mediation/disputes/{id}/acceptance", () -> {
                Target t = dispute(0);
                MediationApi.Room room = MediationApi.room();
                return target(t.etag(), t.readPath(), MEDIATOR, "path", t.id("path"), "room", room);
            }, (t, i) -> {
                MediationApi.Room room = (MediationApi.Room) t.id("room");
                return t.ifMatch(MEDIATOR).body("{\"roomId\": \"" + room.roomId() + "\", \"mediatorId\": \""
                        + room.mediatorId() + "\"}").post(t.id("path") + "/acceptance");
            }),
            new Case("POST /api/mediation/disputes/{id}/classification", () -> dispute(0),
                    (t, i) -> t.ifMatch(MEDIATOR).body("{\"category\": \"" + (i % 2 == 0 ? "NEIGHBOR" : "CONSUMER") + "\"}")
                            .post(t.id("path") + "/classification")),
            new Case("POST /api/mediation/disputes/{id}/extension", () -> {
                Target t = dispute(1);
                String due = as(MEDIATOR).get(t.readPath()).then().extract().path("deadlines.conclusionDue");
                return target(t.etag(), t.readPath(), MEDIATOR, "path", t.id("path"), "due", LocalDate.parse(due));
            }, (t, i) -> t.ifMatch(MEDIATOR).body("{\"extendedUntil\": \"" + ((LocalDate) t.id("due")).plusDays(10 + i)
                    + "\", \"bothPartiesAgreed\": true}").post(t.id("path") + "/extension")),
            new Case("POST /api/mediation/disputes/{id}/conclusion", () -> dispute(1),
                    (t, i) -> t.ifMatch(MEDIATOR).body(CONCLUSION).post(t.id("path") + "/conclusion")),
            new Case("POST /api/mediation/disputes/{id}/withdrawal", () -> dispute(1),
                    (t, i) -> t.ifMatch(MEDIATOR).body("{\"reason\": \"申请人撤回 " + i + "\"}").post(t.id("path") + "/withdrawal")),
            new Case("POST /api/mediation/disputes/{id}/follow-up-visits", () -> dispute(2),
                    (t, i) -> t.ifMatch(MEDIATOR).body("{\"satisfaction\": " + (1 + i % 5) + ", \"agreementPerformed\": true}")
                            .post(t.id("path") + "/follow-up-visits")),
            new Case("POST /api/mediation/warning-letters/{id}/acknowledgement", () -> letter(false),
                    (t, i) -> t.ifMatch(MEDIATOR).post(t.id("path") + "/acknowledgement")),
            new Case("POST /api/mediation/warning-letters/{id}/response", () -> letter(true),
                    (t, i) -> t.ifMatch(MEDIATOR).body("{\"response\": \"已组织调解 " + i + "\"}").post(t.id("path") + "/response")));

    @Test
    void everyIfMatchOperationHasACase() {
        ConcurrentUpdates.assertEveryIfMatchOperationHasACase("/api/mediation", CASES);
    }

    @TestFactory
    List<DynamicTest> concurrentUpdatesWithOneIfMatchMakeOneChange() {
        return ConcurrentUpdates.tests(CASES);
    }
}
