package cn.jiedao.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/services.txt} is the one list of services: what is still written out elsewhere
 * (docker-compose.yml, the PostgreSQL init script, the gateway's default routes, each service's port) must
 * agree with it, and a list that cannot be read stops with the line that is wrong.
 */
class ServiceListTest {

    /** The tests run in infra/local-infra. */
    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

    final ServiceList list = ServiceList.read(REPO);

    @Test
    void theListHasTheFiveServicesAndTheGatewayLast() {
        assertEquals(List.of("economy-service", "mediation-service", "safety-service", "services-hub", "gateway"),
                list.modules());
        assertEquals(Map.of("economy", 8081, "mediation", 8082, "safety", 8083, "hub", 8084), list.areaPorts());
        assertEquals(List.of("economy", "mediation", "safety", "hub"), list.databases());
        ServiceList.Entry gateway = list.named("gateway");
        assertEquals(8080, gateway.port());
        assertNull(gateway.area());
        assertNull(gateway.database());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> list.named("parking"));
        assertTrue(unknown.getMessage().contains("services-hub"), unknown.getMessage());
    }

    @Test
    void aServiceIsNamedFromTheListOfTheRepositoryItRunsIn() {
        assertEquals(new ServiceProcesses.Service("mediation-service", "mediation", "mediation"),
                ServiceProcesses.Service.named("mediation-service"));
    }

    @Test
    void aWrongLineIsReportedWithItsNumber() {
        assertRejected("services.txt:2: expected 6 columns", "# module area port database heap jit", "economy-service economy 8081");
        assertRejected("services.txt:1: not a valid heap", "economy-service economy 8081 economy 160");
        assertRejected("services.txt:1: not a valid jit", "economy-service economy 8081 economy 160m c2");
        assertRejected("services.txt:1: not a port", "economy-service economy eighty economy");
        assertRejected("services.txt:1: not a valid database", "economy-service economy 8081 Economy");
        assertRejected("services.txt:2: the port 8081 is listed twice",
                "economy-service economy 8081 economy", "mediation-service mediation 8081 mediation");
        assertRejected("services.txt:2: the area economy is listed twice",
                "economy-service economy 8081 economy", "mediation-service economy 8082 mediation");
        assertRejected("services.txt: no services listed", "# nothing yet");
        ServiceList commented = ServiceList.parse(List.of("", "  # a comment", "gateway - 8080 -  # the entry point"),
                "services.txt");
        assertEquals(List.of("gateway"), commented.modules());
        assertEquals(ServiceList.DEFAULT_HEAP, commented.named("gateway").heap(), "no heap column: the default");
    }

    @Test
    void everyServiceHasItsHeapAndTheDockerfileTheSameJvmSettingsAsTheLauncher() throws IOException {
        for (ServiceList.Entry service : list.entries()) {
            assertTrue(service.heap().matches("[0-9]+m"), service.module() + " heap " + service.heap());
            List<String> options = ServiceProcesses.jvmOptions(REPO, service.service(),
                    ServiceProcesses.JvmSettings.TUNED);
            assertTrue(options.contains("-Xmx" + service.heap()), options.toString());
            assertTrue(options.containsAll(ServiceProcesses.COMMON_JVM_OPTIONS), options.toString());
            assertEquals(service.jit().equals(ServiceList.JIT_C1), options.contains("-XX:TieredStopAtLevel=1"),
                    service.module() + " " + service.jit() + ": " + options);
        }
        assertEquals(ServiceList.JIT_TIERED, list.named("gateway").jit(), "the gateway runs C2");
        String dockerfile = Files.readString(REPO.resolve("Dockerfile"));
        Matcher javaOpts = Pattern.compile("JAVA_OPTS=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(javaOpts.find(), "Dockerfile sets JAVA_OPTS");
        assertTrue(javaOpts.group(1).startsWith(String.join(" ", ServiceProcesses.COMMON_JVM_OPTIONS) + " "),
                "the Dockerfile's JAVA_OPTS start with ServiceProcesses.COMMON_JVM_OPTIONS: " + javaOpts.group(1));
        assertTrue(dockerfile.contains("-Xmx${HEAP}"), "the Dockerfile takes the heap from its build arg HEAP");
        assertTrue(dockerfile.contains("JIEDAO_JIT=${JIT}") && dockerfile.contains("JIT_OPTS=-XX:TieredStopAtLevel=1"),
                "the Dockerfile turns its build arg JIT=c1 into -XX:TieredStopAtLevel=1");
        Map<String, String> blocks = composeServices(Files.readString(REPO.resolve("docker-compose.yml")));
        for (ServiceList.Entry service : list.entries()) {
            assertTrue(blocks.get(service.module()).contains("\n        HEAP: " + service.heap() + "\n"),
                    "docker-compose.yml builds " + service.module() + " with HEAP: " + service.heap());
            assertTrue(blocks.get(service.module()).contains("\n        JIT: " + service.jit() + "\n"),
                    "docker-compose.yml builds " + service.module() + " with JIT: " + service.jit());
        }
    }

    @Test
    void dockerComposeRunsEveryListedServiceWithItsPortAndDatabase() throws IOException {
        Map<String, String> blocks = composeServices(Files.readString(REPO.resolve("docker-compose.yml")));
        Set<String> expected = new LinkedHashSet<>(List.of("postgres", "kafka"));
        expected.addAll(list.modules());
        assertEquals(expected, blocks.keySet(), "services of docker-compose.yml");
        for (ServiceList.Entry service : list.entries()) {
            String block = blocks.get(service.module());
            String name = "docker-compose.yml service " + service.module() + ":\n" + block;
            assertTrue(block.contains("\n      context: .\n"), name);
            assertTrue(block.contains("\n        SERVICE: " + service.module() + "\n"), name);
            assertTrue(block.contains("\n        PORT: \"" + service.port() + "\"\n"), name);
            assertTrue(block.contains("http://localhost:" + service.port() + "/q/health/"), name);
            if (service.database() != null) {
                assertTrue(block.contains("QUARKUS_DATASOURCE_JDBC_URL: jdbc:postgresql://postgres:5432/"
                        + service.database() + "\n"), name);
            } else {
                assertFalse(block.contains("QUARKUS_DATASOURCE_JDBC_URL"), name);
            }
            if (service.area() == null) {
                Map<String, String> upstreams = new TreeMap<>();
                Matcher m = Pattern.compile("JIEDAO_GATEWAY_UPSTREAMS_([A-Z0-9_]+): (\\S+)").matcher(block);
                while (m.find()) {
                    upstreams.put(m.group(1).toLowerCase().replace('_', '-'), m.group(2));
                }
                Map<String, String> listed = new TreeMap<>();
                list.entries().stream().filter(e -> e.area() != null).forEach(e ->
                        listed.put(e.area(), "http://" + e.module() + ":" + e.port()));
                assertEquals(listed, upstreams, name);
                for (ServiceList.Entry upstream : list.entries()) {
                    if (upstream.area() != null) {
                        assertTrue(block.contains("\n      " + upstream.module() + ":\n        condition: service_healthy"),
                                name + "\nwaits for " + upstream.module());
                    }
                }
            }
        }
    }

    @Test
    void postgresCreatesEveryListedDatabaseAndNoOther() throws IOException {
        String script = Files.readString(REPO.resolve("deploy/postgres/init-databases.sql"));
        List<String> created = new ArrayList<>();
        Matcher m = Pattern.compile("(?im)^\\s*create database (\\w+);").matcher(script);
        while (m.find()) {
            created.add(m.group(1));
        }
        assertEquals(list.databases(), created, "deploy/postgres/init-databases.sql");
    }

    @Test
    void theGatewayRoutesEveryListedAreaToItsPortByDefault() throws IOException {
        Properties gateway = properties(REPO.resolve("gateway/src/main/resources/application.properties"));
        Map<String, String> routes = new TreeMap<>();
        gateway.stringPropertyNames().stream().filter(name -> name.startsWith("jiedao.gateway.upstreams."))
                .forEach(name -> routes.put(name.substring("jiedao.gateway.upstreams.".length()), gateway.getProperty(name)));
        Map<String, String> listed = new TreeMap<>();
        list.areaPorts().forEach((area, port) -> listed.put(area, "http://127.0.0.1:" + port));
        assertEquals(listed, routes, "jiedao.gateway.upstreams.* of the gateway's application.properties");
        Map<String, String> documents = new TreeMap<>();
        gateway.stringPropertyNames().stream().filter(name -> name.startsWith("quarkus.swagger-ui.urls."))
                .filter(name -> !name.equals("quarkus.swagger-ui.urls.gateway"))
                .forEach(name -> documents.put(name.substring("quarkus.swagger-ui.urls.".length()), gateway.getProperty(name)));
        Map<String, String> listedDocuments = new TreeMap<>();
        list.areaPorts().keySet().forEach(area -> listedDocuments.put(area, "/openapi/" + area));
        assertEquals(listedDocuments, documents, "quarkus.swagger-ui.urls.* of the gateway");
        for (String binder : List.of("http-server", "http-client")) {
            String patterns = gateway.getProperty("quarkus.micrometer.binder." + binder + ".match-patterns");
            for (String area : list.areaPorts().keySet()) {
                assertTrue(patterns.contains("/api/" + area + "(/.*)?=/api/" + area + "/*"), binder + ": " + patterns);
            }
        }
    }

    @Test
    void everyServiceListensOnItsListedPortByDefault() throws IOException {
        for (ServiceList.Entry service : list.entries()) {
            Properties own = properties(REPO.resolve(service.module()).resolve("src/main/resources/application.properties"));
            assertEquals(Integer.toString(service.port()), own.getProperty("quarkus.http.port"), service.module());
        }
    }

    @Test
    void theScriptReadsTheListInsteadOfNamingTheServices() throws IOException {
        String script = Files.readString(REPO.resolve("jiedao"));
        assertTrue(script.contains("SERVICES_FILE=\"$ROOT/" + ServiceList.FILE + "\""), "./jiedao reads " + ServiceList.FILE);
        for (String module : list.modules()) {
            assertFalse(Pattern.compile("SERVICES=\\([^)]*" + module).matcher(script).find(),
                    "./jiedao names " + module + " itself");
        }
    }

    private static void assertRejected(String message, String... lines) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceList.parse(List.of(lines), "services.txt"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    /** The text of each entry under {@code services:}, by name (two-space indentation, as the file is written). */
    private static Map<String, String> composeServices(String compose) {
        Map<String, String> blocks = new LinkedHashMap<>();
        boolean inServices = false;
        String current = null;
        StringBuilder block = new StringBuilder();
        for (String line : compose.split("\n", -1)) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inServices = line.equals("services:");
                if (current != null) {
                    blocks.put(current, block.toString());
                    current = null;
                }
                continue;
            }
            if (!inServices) {
                continue;
            }
            Matcher name = Pattern.compile("^  ([a-z][a-z0-9-]*):\\s*$").matcher(line);
            if (name.matches()) {
                if (current != null) {
                    blocks.put(current, block.toString());
                }
                current = name.group(1);
                block = new StringBuilder("\n");
            } else if (current != null) {
                block.append(line).append('\n');
            }
        }
        if (current != null) {
            blocks.put(current, block.toString());
        }
        return blocks;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
