package cn.jiedao.mediation.statistics;

import static cn.jiedao.mediation.MediationApi.accept;
import static cn.jiedao.mediation.MediationApi.registerWalkIn;
import static cn.jiedao.mediation.MediationApi.room;
import static cn.jiedao.mediation.MediationApi.step;
import static cn.jiedao.testing.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.mediation.MediationApi;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The counts kept by V46's triggers ({@code dispute_month_count}, {@code dispute_month_conclusion}) equal the
 * grouping of {@code dispute} itself after inserts (through the API and in bulk), lifecycle steps, updates of
 * the counted columns (a back-dated receipt, a reclassification, a conclusion) and deletes; and the
 * statistics read from them answer what the bare grouping query answers, for whole months and partial ones.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "mediation"))
class KeptCountsTest {

    @Inject
    EntityManager em;

    @Test
    void keptCountsFollowInsertsStepsUpdatesAndDeletes() {
        assertKeptEqualsGrouped("before");

        // Inserts: walk-ins through the API, and 3,000 disputes of 2019–2021 in one statement.
        MediationApi.Room room = room();
        String concludedId = registerWalkIn("""
                {"channel": "WALK_IN", "category": "NEIGHBOR", "summary": "邻里噪音",
                 "receivedAt": "2021-03-31T23:30:00+08:00"}""");
        String acceptedId = registerWalkIn("""
                {"channel": "WALK_IN", "category": "LABOR", "summary": "欠薪", "receivedAt": "2021-04-01T00:10:00+08:00"}""");
        sql("""
                insert into dispute (id, case_no, channel, category, summary, urgency, status, received_at,
                    registered_at, registered_by, accepted_at, concluded_at, outcome)
                select gen_random_uuid(), 'KC-' || k, case when k % 5 = 0 then 'POLICE_REFERRAL' else 'WALK_IN' end,
                    (array['NEIGHBOR', 'LABOR', 'CONSUMER', 'PROPERTY_MANAGEMENT'])[k % 4 + 1], '台账', 'NORMAL',
                    case when k % 7 = 0 then 'RECEIVED' else 'CONCLUDED' end, r, r, 'ledger', r + interval '1 hour',
                    case when k % 7 <> 0 then r + (k % 40) * interval '7 hours' end,
                    case when k % 7 = 0 then null when k % 3 = 0 then 'FAILED' else 'RESOLVED' end
                from generate_series(1, 3000) as k
                cross join lateral (select timestamptz '2019-01-01 00:00+08' + k * interval '5 hours 17 minutes' as r) t""");
        // Volunteer help: one step for every 9th ledger dispute, a second one for every 18th (counted once).
        sql("""
                insert into lifecycle_step (id, record_type, record_id, action, from_state, to_state, actor, at)
                select nextval('lifecycle_step_seq'), 'Dispute', cast(d.id as text), 'VOLUNTEER_HELP', d.status,
                    d.status, 'volunteers', d.received_at + interval '1 day'
                from dispute d cross join generate_series(1, 2) as n
                where d.case_no like 'KC-%' and k_mod(d.case_no, 9) and (n = 1 or k_mod(d.case_no, 18))""");
        assertKeptEqualsGrouped("after the inserts");

        // Steps through the API: acceptance, conclusion.
        accept(concludedId, room);
        step(concludedId, "conclusion", """
                {"outcome": "RESOLVED", "summary": "双方和解", "agreement": {"form": "ORAL", "obligations": "夜间安静", "performanceTerms": "即日起"}}""")
                .response().then().statusCode(200);
        accept(acceptedId, room);
        assertKeptEqualsGrouped("after the steps");

        // Updates of the counted columns, as a back-dated record or a correction writes them.
        sql("update dispute set received_at = received_at - interval '40 days' where case_no like 'KC-%' and k_mod(case_no, 11)");
        sql("update dispute set category = 'OTHER' where case_no like 'KC-%' and k_mod(case_no, 13)");
        sql("""
                update dispute set status = 'CONCLUDED', concluded_at = received_at + interval '2 days 5 hours',
                    outcome = 'RESOLVED' where case_no like 'KC-%' and status = 'RECEIVED' and k_mod(case_no, 2)""");
        sql("update dispute set summary = '改了摘要' where case_no like 'KC-%'"); // nothing counted changes
        assertKeptEqualsGrouped("after the updates");

        sql("delete from dispute where case_no like 'KC-%' and k_mod(case_no, 17)");
        sql("""
                delete from lifecycle_step where action = 'VOLUNTEER_HELP' and record_id in (
                    select cast(id as text) from dispute where case_no like 'KC-%' and k_mod(case_no, 27))""");
        assertKeptEqualsGrouped("after the deletes");

        // The statistics from the kept counts answer what the grouping of dispute answers: whole years, a
        // period starting and ending inside months, a single partial month.
        for (String[] period : List.of(new String[] {"2019-01-01", "2021-12-31"}, new String[] {"2019-02-14", "2020-07-09"},
                new String[] {"2020-03-03", "2020-03-27"}, new String[] {"2021-03-01", "2021-04-30"})) {
            JsonPath figures = as("leader").queryParam("from", period[0]).queryParam("to", period[1])
                    .when().get("/api/mediation/statistics").then().statusCode(200).extract().jsonPath();
            Object[] bare = (Object[]) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select count(*), count(*) filter (where channel = 'POLICE_REFERRAL'),
                           count(*) filter (where channel = 'POLICE_REFERRAL' and concluded_at is not null),
                           count(concluded_at), count(*) filter (where concluded_at is not null and outcome = 'RESOLVED'),
                           percentile_cont(0.5) within group (order by
                               floor(extract(epoch from concluded_at - received_at) / 8640) / 10.0)
                    from dispute where received_at >= cast(cast(?1 as date) as timestamp) at time zone 'Asia/Shanghai'
                      and received_at < cast(cast(?2 as date) + 1 as timestamp) at time zone 'Asia/Shanghai'""")
                    .setParameter(1, period[0]).setParameter(2, period[1]).getSingleResult());
            String what = period[0] + ".." + period[1];
            assertThat(figures.getLong("total")).as(what + " total").isEqualTo(((Number) bare[0]).longValue());
            assertThat(figures.getLong("policeReferrals.received")).as(what).isEqualTo(((Number) bare[1]).longValue());
            assertThat(figures.getLong("policeReferrals.concluded")).as(what).isEqualTo(((Number) bare[2]).longValue());
            Number helped = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    select count(distinct d.id) from lifecycle_step s join dispute d on d.id = cast(s.record_id as uuid)
                    where s.record_type = 'Dispute' and s.action = 'VOLUNTEER_HELP'
                      and d.received_at >= cast(cast(?1 as date) as timestamp) at time zone 'Asia/Shanghai'
                      and d.received_at < cast(cast(?2 as date) + 1 as timestamp) at time zone 'Asia/Shanghai'""")
                    .setParameter(1, period[0]).setParameter(2, period[1]).getSingleResult());
            assertThat(figures.getLong("disputesHelpedByVolunteers")).as(what + " helped by volunteers")
                    .isEqualTo(helped.longValue());
            if (period[0].equals("2019-01-01")) { // the ledger's years: some of its disputes were helped
                assertThat(helped.longValue()).as(what + " helped by volunteers").isPositive();
            }
            long concluded = ((Number) bare[3]).longValue();
            if (concluded > 0) {
                assertThat(figures.getDouble("resolutionRate")).as(what + " resolution rate")
                        .isCloseTo(((Number) bare[4]).doubleValue() / concluded, org.assertj.core.data.Offset.offset(0.00005));
                assertThat(figures.getDouble("medianDaysToConclusion")).as(what + " median")
                        .isCloseTo(((Number) bare[5]).doubleValue(), org.assertj.core.data.Offset.offset(0.051));
            }
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    create or replace function pg_temp.k_mod(case_no text, m integer) returns boolean language sql
                    as $$ select substring(case_no from 4)::integer % m = 0 $$""").executeUpdate();
            em.createNativeQuery(statement.replace("k_mod(", "pg_temp.k_mod(")).executeUpdate();
        });
    }

    private void assertKeptEqualsGrouped(String when) {
        assertThat(rows("""
                select month, category, channel, status, disputes, concluded, resolved from dispute_month_count
                where (disputes, concluded, resolved) <> (0, 0, 0)"""))
                .as("dispute_month_count %s", when)
                .isEqualTo(rows("""
                        select dispute_month(received_at), category, channel, status, count(*), count(concluded_at),
                               count(*) filter (where concluded_at is not null and outcome = 'RESOLVED')
                        from dispute group by 1, 2, 3, 4"""));
        assertThat(rows("select dispute_id, cast(extract(epoch from received_at) as bigint) from dispute_volunteer_help"))
                .as("dispute_volunteer_help %s", when)
                .isEqualTo(rows("""
                        select distinct d.id, cast(extract(epoch from d.received_at) as bigint) from lifecycle_step s
                        join dispute d on d.id = cast(s.record_id as uuid)
                        where s.record_type = 'Dispute' and s.action = 'VOLUNTEER_HELP'"""));
        assertThat(rows("select month, tenths, disputes from dispute_month_conclusion where disputes <> 0"))
                .as("dispute_month_conclusion %s", when)
                .isEqualTo(rows("""
                        select dispute_month(received_at), dispute_tenths(received_at, concluded_at), count(*)
                        from dispute where concluded_at is not null group by 1, 2"""));
    }

    /** Each row as text, keyed by its first columns, sorted. */
    @SuppressWarnings("unchecked")
    private Map<String, String> rows(String query) {
        Map<String, String> rows = new TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Object[] row : (List<Object[]>) em.createNativeQuery(query).getResultList()) {
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < row.length - (row.length > 3 ? 3 : 1); i++) {
                    key.append(row[i]).append('|');
                }
                StringBuilder value = new StringBuilder();
                for (int i = row.length - (row.length > 3 ? 3 : 1); i < row.length; i++) {
                    value.append(((Number) row[i]).longValue()).append(' ');
                }
                rows.put(key.toString(), value.toString());
            }
        });
        return rows;
    }
}
