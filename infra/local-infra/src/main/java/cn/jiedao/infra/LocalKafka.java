package cn.jiedao.infra;

import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Apache Kafka 4.1.2 broker (KRaft, broker and controller in one process) in its own JVM
 * ({@link KafkaBrokerMain}), seen from the process that starts it. Stoppable and restartable on the same
 * ports and data directory, which is how tests take Kafka away from a running service and bring it back.
 */
public final class LocalKafka extends ChildServer<LocalKafka> {

    /** System property (set by the root POM's surefire configuration) naming the broker's jar directory. */
    public static final String BROKER_LIB_PROPERTY = "jiedao.broker.lib";
    private static final String BROKER_LIB_IN_REPO = "infra/kafka-broker/target/broker-lib";
    private final int controllerPort;
    private final Path dataDirectory;

    public LocalKafka(int port, int controllerPort, Path dataDirectory, Path logFile) {
        super("Kafka", port, logFile, KafkaBrokerMain.READY_MARKER);
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    @Override
    LocalKafka self() {
        return this;
    }

    @Override
    ChildJvm.Builder childJvm() {
        Path brokerLib = brokerLib();
        Path logDir = dataDirectory.resolve("data");
        Path config = dataDirectory.resolve("server.properties");
        try {
            Files.createDirectories(logDir);
            Files.writeString(config, serverProperties(logDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ChildJvm.builder("Kafka")
                .classpath(brokerLib.resolve("*") + File.pathSeparator + ChildJvm.localInfraClasses())
                .mainClass(KafkaBrokerMain.class.getName())
                .jvmOptions("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Xshare:auto", "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + brokerLib.resolve("log4j2-broker.xml"))
                .arguments("--config=" + config, "--log-dir=" + logDir,
                        "--cluster-id=" + Uuid.randomUuid(), "--bootstrap=" + bootstrapServers());
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    private String serverProperties(Path logDir) {
        return String.join("\n",
                "# Written by cn.jiedao.infra.LocalKafka at every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port() + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port(),
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDir,
                "auto.create.topics.enable=true",
                // Several partitions a topic, so that two instances of a consumer share a topic's partitions.
                "num.partitions=3",
                "default.replication.factor=1",
                // One broker: without these, consumer groups and transactions never form.
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                // Small internal topics and no rebalance delay: quick first consumer group on 2 cores.
                "offsets.topic.num.partitions=1",
                "transaction.state.log.num.partitions=1",
                "share.coordinator.state.topic.num.partitions=1",
                "group.initial.rebalance.delay.ms=0",
                "num.network.threads=2",
                "num.io.threads=2",
                "num.recovery.threads.per.data.dir=1",
                "background.threads=2",
                "log.cleaner.threads=1",
                "log.cleaner.dedupe.buffer.size=16777216",
                "") ;
    }

    /**
     * The directory of the broker's jars: system property {@value #BROKER_LIB_PROPERTY}, else environment
     * variable {@code JIEDAO_BROKER_LIB}, else {@value #BROKER_LIB_IN_REPO} in the working directory or
     * one of its parents.
     */
    public static Path brokerLib() {
        Optional<Path> configured = Stream.of(System.getProperty(BROKER_LIB_PROPERTY), System.getenv("JIEDAO_BROKER_LIB"))
                .filter(value -> value != null && !value.isBlank())
                .map(Path::of)
                .findFirst();
        Path lib = configured.orElseGet(() -> {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(BROKER_LIB_IN_REPO);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
            return Path.of(BROKER_LIB_IN_REPO).toAbsolutePath();
        });
        String[] jars = lib.toFile().list((dir, name) -> name.startsWith("kafka_2.13-") && name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No Kafka broker jars in " + lib
                    + ". Build them with: mvn -q -f infra/kafka-broker/pom.xml package"
                    + " (or set -D" + BROKER_LIB_PROPERTY + "=<dir>)");
        }
        return lib.toAbsolutePath();
    }
}
