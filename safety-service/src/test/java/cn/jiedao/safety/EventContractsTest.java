package cn.jiedao.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.eventing.outbox.Outbox;
import cn.jiedao.eventing.outbox.OutboxEvent;
import cn.jiedao.testing.EventContracts;
import cn.jiedao.testing.RealInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service's events and docs/events agree: the topics and types its code publishes and the topics it reads
 * are the catalog's, and the check of every appended event ({@link PublishedEventsContract}) is on: an event
 * that breaks its contract does not leave the outbox.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class,
        initArgs = @ResourceArg(name = RealInfrastructure.DATABASE_ARG, value = "safety"))
class EventContractsTest {

    @Inject
    Outbox outbox;

    @Test
    void theCatalogListsWhatTheCodePublishesAndReads() {
        EventContracts.assertCatalogMatchesCode("safety-service", "safety", "cn.jiedao.safety");
    }

    @Test
    void anEventThatBreaksItsContractFailsTheChangeThatPublishesIt() {
        long before = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish("safety.hazard-events", "k",
                "safety.hazard.closed", Map.of("unexpected", 1))))
                .hasStackTraceContaining("breaks its contract").hasStackTraceContaining("required");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> outbox.publish("safety.elsewhere",
                "k", "safety.record.unheard-of", Map.of())))
                .hasStackTraceContaining("has no schema");
        long after = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
        assertThat(after).as("nothing appended").isEqualTo(before);
    }
}
