package cn.jiedao.eventing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The broker settings every Kafka client of a service shares: each {@code kafka.*} property of the
 * configuration with the prefix taken off, the same properties the SmallRye Kafka connector uses as its
 * default configuration. {@code kafka.bootstrap.servers}, {@code kafka.security.protocol},
 * {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config}, {@code kafka.ssl.truststore.location}, … reach
 * the connector's channels and the clients built here alike (the outbox relay's producer, the dead-letter
 * producer, the readiness check's admin client), so a broker with TLS or SASL is one set of properties.
 *
 * <p>The environment gives them the usual way: {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} is
 * {@code kafka.security.protocol}. A client puts its own settings (client id, acks, timeouts, serializers)
 * on top with {@link #with(Map)}.
 */
@Singleton
public class KafkaClientSettings {

    static final String PREFIX = "kafka.";
    /** {@code KAFKA_SASL_JAAS_CONFIG}: the environment's spelling of a {@code kafka.*} property. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("KAFKA_[A-Z0-9_]+");

    private final Map<String, String> shared;

    @Inject
    public KafkaClientSettings(Config config) {
        this.shared = Collections.unmodifiableMap(read(config));
    }

    /**
     * Every {@code kafka.*} property of {@code config}, prefix stripped, ordered by name. A property given both
     * in a file and in the environment has the value {@code config} resolves (the environment wins).
     */
    public static Map<String, String> read(Config config) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(PREFIX) && name.length() > PREFIX.length()) {
                names.add(name);
            } else if (ENVIRONMENT_NAME.matcher(name).matches()) {
                names.add(name.toLowerCase(Locale.ROOT).replace('_', '.'));
            }
        }
        Map<String, String> settings = new TreeMap<>();
        for (String name : names) {
            config.getOptionalValue(name, String.class)
                    .ifPresent(value -> settings.put(name.substring(PREFIX.length()), value));
        }
        return settings;
    }

    /** The shared settings, e.g. {@code security.protocol → SASL_SSL}. */
    public Map<String, String> shared() {
        return shared;
    }

    public String bootstrapServers() {
        return shared.get("bootstrap.servers");
    }

    /** A client's configuration: the shared settings with the client's own on top. */
    public Properties with(Map<String, ?> clientSettings) {
        Properties properties = new Properties();
        properties.putAll(shared);
        properties.putAll(clientSettings);
        return properties;
    }
}
