package cn.jiedao.mediation.statistics;

import static cn.jiedao.mediation.MediationApi.accept;
import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.mediation.MediationApi.room;
import static cn.jiedao.mediation.MediationApi.step;
import static org.hamcrest.Matchers.equalTo;
import static cn.jiedao.testing.Requests.as;

import cn.jiedao.mediation.MediationApi;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The report's 2023 figures (section 一.2) come back exactly: 2,564 disputes in six categories, 115 police
 * referrals of which 105 concluded, 32 warning letters. Part of the year goes through the real API (walk-ins
 * back-dated to 2023, police referrals over REST, acceptance, conclusion, a warning letter); the rest is
 * loaded with one SQL insert per table, as a migration of the centre's paper ledger would. No other test
 * uses dates in 2023.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class StatisticsTest {

    @Inject
    EntityManager em;

    @Test
    void theReportsFiguresForTwentyTwentyThreeComeBackExactly() {
        // Through the API: 2 walk-ins (LABOR), 3 police referrals (PROPERTY_MANAGEMENT), 2 of them concluded,
        // 1 warning letter left open.
        for (int i = 0; i < 2; i++) {
            registerWalkIn("""
                    {"channel": "WALK_IN", "category": "LABOR", "summary": "拖欠工资",
                     "receivedAt": "2023-04-0%dT10:00:00+08:00"}""".formatted(i + 1));
        }
        MediationApi.Room room = room();
        for (int i = 0; i < 3; i++) {
            String disputeId = as("police-system")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                    .body("""
                            {"referralNo": "JQ-2023-S%03d", "policeStation": "八月湖派出所",
                             "referredAt": "2023-03-1%dT09:30:00+08:00", "category": "PROPERTY_MANAGEMENT",
                             "summary": "楼上漏水引发纠纷"}""".formatted(i, i))
                    .when().post("/api/mediation/police-referrals").then().statusCode(201).extract().path("disputeId");
            if (i < 2) {
                accept(disputeId, room);
                String outcome = i == 0
                        ? "{\"outcome\": \"RESOLVED\", \"summary\": \"和解\", \"agreement\": {\"form\": \"ORAL\", \"obligations\": \"修复\", \"performanceTerms\": \"三日内\"}}"
                        : "{\"outcome\": \"FAILED\", \"summary\": \"未达成一致\", \"advice\": \"COURT\"}";
                step(disputeId, "conclusion", outcome).response().then().statusCode(200);
            }
        }
        as("street-admin").contentType("application/json")
                .body("""
                        {"issuer": "县委政法委", "issuedOn": "2023-11-02", "subject": "重大矛盾纠纷预警",
                         "responseDue": "2023-11-09"}""")
                .when().post("/api/mediation/warning-letters").then().statusCode(201);

        // The rest of the year in bulk: 2,559 disputes, 112 of them police referrals (103 concluded, 9 still
        // in mediation), 31 warning letters (30 answered).
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into dispute (id, case_no, channel, category, summary, urgency, status, received_at,
                        registered_at, registered_by, referral_no, accepted_at, concluded_at, outcome, conclusion_summary)
                    select gen_random_uuid(), 'TJ-2023-' || lpad((row_number() over (order by c.category, k))::text, 5, '0'),
                        case when c.category = 'PROPERTY_MANAGEMENT' and k <= 112 then 'POLICE_REFERRAL' else 'WALK_IN' end,
                        c.category, '2023年台账', 'NORMAL',
                        case when c.category = 'PROPERTY_MANAGEMENT' and k between 104 and 112 then 'ACCEPTED' else 'CONCLUDED' end,
                        received, received, 'ledger',
                        case when c.category = 'PROPERTY_MANAGEMENT' and k <= 112 then 'JQ-2023-B' || lpad(k::text, 4, '0') end,
                        received + interval '1 day',
                        case when c.category = 'PROPERTY_MANAGEMENT' and k between 104 and 112 then null
                             else received + interval '8 days' end,
                        case when c.category = 'PROPERTY_MANAGEMENT' and k between 104 and 112 then null else 'RESOLVED' end,
                        case when c.category = 'PROPERTY_MANAGEMENT' and k between 104 and 112 then null else '调解成功' end
                    from (values ('PROPERTY_MANAGEMENT', 1631), ('CONSUMER', 354), ('LITIGATION_RELATED', 19),
                                 ('MUNICIPAL_ILLEGAL_CONSTRUCTION', 487), ('MARRIAGE_FAMILY', 58), ('LABOR', 10))
                         as c (category, count)
                    cross join lateral generate_series(1, c.count) as k
                    cross join lateral (select timestamptz '2023-01-01 09:00+08' + (k % 360) * interval '1 day' as received) r
                    """).executeUpdate();
            em.createNativeQuery("""
                    insert into warning_letter (id, issuer, issued_on, subject, response_due, registered_at,
                        registered_by, acknowledged_at, acknowledged_by, responded_at, responded_by, response, status)
                    select gen_random_uuid(), '县委政法委', date '2023-01-10' + k * 10, '重大矛盾纠纷预警',
                        date '2023-01-17' + k * 10, now(), 'ledger',
                        case when k <= 30 then now() end, case when k <= 30 then 'ledger' end,
                        case when k <= 30 then now() end, case when k <= 30 then 'ledger' end,
                        case when k <= 30 then '已处置' end,
                        case when k <= 30 then 'RESPONDED' else 'RECEIVED' end
                    from generate_series(1, 31) as k
                    """).executeUpdate();
        });

        as("leader")
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .when().get("/api/mediation/statistics")
                .then().statusCode(200)
                .body("total", equalTo(2564))
                .body("byCategory.PROPERTY_MANAGEMENT", equalTo(1634))
                .body("byCategory.CONSUMER", equalTo(354))
                .body("byCategory.LITIGATION_RELATED", equalTo(19))
                .body("byCategory.MUNICIPAL_ILLEGAL_CONSTRUCTION", equalTo(487))
                .body("byCategory.MARRIAGE_FAMILY", equalTo(58))
                .body("byCategory.LABOR", equalTo(12))
                .body("byCategory.NEIGHBOR", equalTo(0))
                .body("byChannel.POLICE_REFERRAL", equalTo(115))
                .body("byChannel.WALK_IN", equalTo(2449))
                .body("byStatus.CONCLUDED", equalTo(2552))
                .body("byStatus.ACCEPTED", equalTo(9))
                .body("byStatus.RECEIVED", equalTo(3))
                .body("policeReferrals.received", equalTo(115))
                .body("policeReferrals.concluded", equalTo(105))
                .body("warningLetters.received", equalTo(32))
                .body("warningLetters.open", equalTo(2))
                // 2,551 RESOLVED (2,447 walk-ins, 103 + 1 referrals) of 2,552 concluded.
                .body("resolutionRate", equalTo(0.9996f))
                // 2,550 of the 2,552 concluded took 8 days from receipt (the ledger's); the 2 concluded through
                // the API today took far longer, and cannot move the median.
                .body("medianDaysToConclusion", equalTo(8.0f))
                // Overdue today: 2 walk-ins never accepted, 1 referral never accepted, 9 referrals accepted in 2023.
                .body("overdue", equalTo(12));

        as("county-system")
                .queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .when().get("/api/mediation/statistics").then().statusCode(200).body("total", equalTo(2564));
        as("grid-worker")
                .when().get("/api/mediation/statistics").then().statusCode(403);
        as("leader")
                .queryParam("from", "2023-12-31").queryParam("to", "2023-01-01")
                .when().get("/api/mediation/statistics").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }
}
