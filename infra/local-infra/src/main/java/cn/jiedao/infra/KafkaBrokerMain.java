package cn.jiedao.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker's main class: a {@link ParentWatch}, storage formatting on first start, then
 * {@code kafka.Kafka} (KRaft, broker and controller in one process). Once an admin client sees the
 * broker it prints {@value #READY_MARKER}.
 *
 * <p>Runs on the broker's classpath ({@code infra/kafka-broker/target/broker-lib/*} plus this module's
 * classes), where the broker's jars, not this module's dependencies, are present: so the broker is
 * reached by reflection, and only JDK and kafka-clients classes are used directly.
 *
 * <p>Arguments: {@code --config=server.properties --log-dir=DIR --cluster-id=ID --bootstrap=HOST:PORT}.
 */
public final class KafkaBrokerMain {

    public static final String READY_MARKER = "JIEDAO KAFKA READY";
    private static final long READY_TIMEOUT_MILLIS = 120_000;

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.parse(args);
        String config = Arguments.required(options, "config");
        Path logDir = Path.of(Arguments.required(options, "log-dir"));
        String bootstrap = Arguments.required(options, "bootstrap");
        long started = System.nanoTime();

        ParentWatch.start();
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format(config, Arguments.required(options, "cluster-id"));
        }

        Thread broker = new Thread(() -> runKafka(config), "kafka-main");
        broker.start();
        awaitBroker(bootstrap);
        System.out.printf("%s bootstrap=%s in %d ms%n", READY_MARKER, bootstrap, (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        broker.join();
    }

    /** {@code kafka-storage.sh format}, through {@code StorageTool.execute}: its {@code main} exits the JVM. */
    private static void format(String config, String clusterId) throws ReflectiveOperationException {
        Method execute = Class.forName("kafka.tools.StorageTool").getMethod("execute", String[].class, PrintStream.class);
        String[] formatArgs = {"format", "-t", clusterId, "-c", config, "--ignore-formatted"};
        int exit = (Integer) execute.invoke(null, formatArgs, System.out);
        if (exit != 0) {
            System.err.println("[jiedao] formatting Kafka storage failed with " + exit);
            System.exit(exit);
        }
    }

    private static void runKafka(String config) {
        try {
            Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[]{config});
        } catch (InvocationTargetException e) {
            e.getCause().printStackTrace();
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void awaitBroker(String bootstrap) throws InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        String[] hostPort = bootstrap.split(":");
        // First the port, so the admin client does not fill the log with connection warnings.
        while (!accepts(hostPort[0], Integer.parseInt(hostPort[1]))) {
            checkDeadline(deadline);
            Thread.sleep(100);
        }
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "jiedao-readiness");
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(properties)) {
            while (true) {
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000))
                            .nodes().get(6, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    // not yet
                }
                checkDeadline(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkDeadline(long deadline) {
        if (System.currentTimeMillis() > deadline) {
            System.err.println("[jiedao] Kafka was not ready within " + READY_TIMEOUT_MILLIS / 1000 + " s");
            System.exit(1);
        }
    }
}
