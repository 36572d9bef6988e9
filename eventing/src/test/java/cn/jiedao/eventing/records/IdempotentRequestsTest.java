package cn.jiedao.eventing.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Idempotency-Key in isolation: first request, replay, another body, and two identical requests at once. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "eventing_test"))
class IdempotentRequestsTest {

    static final String SCOPE = "probe-creation";

    @Inject
    IdempotentRequests idempotent;

    @Inject
    EntityManager em;

    final AtomicInteger creations = new AtomicInteger();

    @Test
    void aReplayAnswersTheFirstResultWithoutCreatingAgain() {
        String key = UUID.randomUUID().toString();
        String name = "first-" + key;
        IdempotentRequests.Outcome first = create(key, IdempotentRequests.hash("name", name), name);
        IdempotentRequests.Outcome replay = create(key, IdempotentRequests.hash("name", name), name);

        assertThat(first.replayed()).isFalse();
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.reference()).isEqualTo(first.reference());
        assertThat(creations).hasValue(1);
        assertThat(rows(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIs422NamingTheHeader() {
        String key = UUID.randomUUID().toString();
        create(key, IdempotentRequests.hash("name", "a-" + key), "a-" + key);
        assertThatThrownBy(() -> create(key, IdempotentRequests.hash("name", "b-" + key), "b-" + key))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.toProblem().members()).containsEntry("field", "Idempotency-Key");
                });
        assertThat(rows("b-" + key)).isZero();
    }

    @Test
    void aFailedCreationReleasesTheKey() {
        String key = UUID.randomUUID().toString();
        String hash = IdempotentRequests.hash("name", "retry-" + key);
        assertThatThrownBy(() -> idempotent.once(SCOPE, key, hash, () -> {
            throw ProblemException.badRequest("name", "refused once");
        })).isInstanceOf(ProblemException.class);
        IdempotentRequests.Outcome retry = create(key, hash, "retry-" + key);
        assertThat(retry.replayed()).as("a retry after a refused request creates").isFalse();
        assertThat(rows("retry-" + key)).isEqualTo(1);
    }

    @Test
    void twoIdenticalRequestsAtOnceCreateOneRecordAndBothAnswerIt() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "concurrent-" + key;
        String hash = IdempotentRequests.hash("name", name);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<IdempotentRequests.Outcome>> calls = List.of(1, 2).stream()
                .map(n -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return QuarkusTransaction.requiringNew().call(() -> idempotent.once(SCOPE, key, hash, () -> {
                        sleep(300); // hold the key while the other request arrives
                        return insert(name);
                    }));
                })).toList();
        start.countDown();
        List<IdempotentRequests.Outcome> outcomes = calls.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join())
                .toList();

        assertThat(rows(name)).as("one record for two identical requests").isEqualTo(1);
        assertThat(outcomes).extracting(IdempotentRequests.Outcome::reference).containsOnly(outcomes.get(0).reference());
        assertThat(outcomes).extracting(IdempotentRequests.Outcome::replayed).containsExactlyInAnyOrder(true, false);
        assertThat(outcomes).extracting(IdempotentRequests.Outcome::status).containsOnly(201);
    }

    private IdempotentRequests.Outcome create(String key, String hash, String name) {
        return idempotent.once(SCOPE, key, hash, () -> {
            creations.incrementAndGet();
            return insert(name);
        });
    }

    private IdempotentRequests.Result insert(String name) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into probe_creation (id, name) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, name).executeUpdate();
        return new IdempotentRequests.Result(201, id.toString());
    }

    private long rows(String name) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from probe_creation where name = ?1").setParameter(1, name)
                .getSingleResult()).longValue());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
