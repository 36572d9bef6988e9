package cn.jiedao.eventing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the outbox relay and the events a service sends. */
@ConfigMapping(prefix = "jiedao.events")
public interface EventingConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /jiedao/mediation}. */
    String source();

    Relay relay();

    interface Relay {
        /** Off only in tests that drive the relay by hand. */
        @WithDefault("true")
        boolean enabled();

        /** How often the relay looks for unsent events when nothing wakes it. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** First wait after Kafka refused a send; it doubles on each failure up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** How long one send may take before it counts as failed (Kafka's delivery.timeout.ms). */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Sent events are kept this long for tracing, then deleted. */
        @WithDefault("7d")
        Duration retention();
    }
}
