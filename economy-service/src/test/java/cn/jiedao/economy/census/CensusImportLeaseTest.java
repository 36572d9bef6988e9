package cn.jiedao.economy.census;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import lease: a RUNNING job whose instance stopped renewing it fails with the reason; a job whose
 * instance is alive (fresh heartbeat, another owner: a second instance on the same database) and this
 * instance's own jobs are left RUNNING.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "economy"))
class CensusImportLeaseTest {

    @Inject
    CensusImportLease lease;

    @Test
    void aJobWhoseInstanceStoppedFailsWithTheReasonAndALiveInstancesJobStaysRunning() throws Exception {
        OffsetDateTime longAgo = OffsetDateTime.now().minus(lease.lease().multipliedBy(3));
        UUID abandoned = job("an-instance-killed-with-sigkill", longAgo);
        UUID otherLive = job("a-second-instance-still-running", OffsetDateTime.now().plusMinutes(10));
        UUID mine = job(lease.owner(), longAgo);
        UUID beforeTheLease = job(null, null);

        assertThat(lease.failAbandoned()).isGreaterThanOrEqualTo(2);
        // renewed at once by its owner: this instance's own job is never taken for abandoned
        assertThat(lease.renew()).isGreaterThanOrEqualTo(1);

        String path = "/api/economy/census/imports/";
        given().header("Authorization", TestTokens.bearer("economy-officer")).get(path + abandoned).then()
                .statusCode(200).body("status", equalTo("FAILED"))
                .body("error", equalTo("interrupted: the service stopped during the import"));
        given().header("Authorization", TestTokens.bearer("economy-officer")).get(path + beforeTheLease).then()
                .statusCode(200).body("status", equalTo("FAILED"));
        given().header("Authorization", TestTokens.bearer("economy-officer")).get(path + otherLive).then()
                .statusCode(200).body("status", equalTo("RUNNING"));
        given().header("Authorization", TestTokens.bearer("economy-officer")).get(path + mine).then()
                .statusCode(200).body("status", equalTo("RUNNING"));
        CensusImport own = QuarkusTransaction.requiringNew().call(() -> CensusImport.findById(mine));
        assertThat(own.heartbeatAt).isAfter(OffsetDateTime.now().minus(Duration.ofMinutes(1)));
        assertThat(own.finishedAt).isNull();
        QuarkusTransaction.requiringNew().run(() -> CensusImport.delete("id in ?1",
                java.util.List.of(otherLive, mine)));
    }

    private static UUID job(String owner, OffsetDateTime heartbeat) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CensusImport job = new CensusImport();
            job.id = UUID.randomUUID();
            job.status = ImportStatus.RUNNING;
            job.fileName = "lease.csv";
            job.charset = "UTF-8";
            job.startedAt = OffsetDateTime.now().minusHours(1);
            job.startedBy = "test";
            job.ownerId = owner;
            job.heartbeatAt = heartbeat;
            job.persist();
            return job.id;
        });
    }
}
