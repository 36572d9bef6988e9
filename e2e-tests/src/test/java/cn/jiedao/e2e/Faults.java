package cn.jiedao.e2e;

import static io.restassured.RestAssured.given;

import cn.jiedao.infra.PostgresDatabases;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import io.restassured.response.Response;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** What the fault tests share: tokens of several clients (the gateway's rate limit is per client), SQL reads. */
final class Faults {

    private static final ConcurrentMap<String, String> TOKENS = new ConcurrentHashMap<>();

    private Faults() {
    }

    /**
     * {@code "Bearer …"} for client number {@code client} with {@code role}: a load spread over several clients
     * stays under the gateway's per-client rate limit.
     */
    static String bearer(String role, int client) {
        return TOKENS.computeIfAbsent(role + "#" + client,
                k -> "Bearer " + TestTokens.token("load-" + role + "-" + client, role));
    }

    /** Registers an illegal-structure complaint through the gateway (mediation publishes it, safety opens a case). */
    static Response registerComplaint(String address, int client) {
        return given().header("Authorization", bearer("grid-worker", client)).contentType("application/json")
                .body("""
                        {"channel": "GRID_REPORT", "category": "MUNICIPAL_ILLEGAL_CONSTRUCTION",
                         "summary": "违章搭建", "address": "%s", "gridCode": "360121001001001",
                         "illegalStructure": true}""".formatted(address))
                .when().post("/api/mediation/disputes");
    }

    /** {@code select key, count(*) … where key = any(keys) group by key} on a service's database. */
    static Map<String, Long> countBy(String database, String sql, Collection<String> keys) {
        try (Connection connection = PostgresDatabases.connect(RealInfrastructure.postgresPort(), database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("text", keys.toArray());
            statement.setArray(1, array);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A single number from a service's database. */
    static long count(String database, String sql, Object... parameters) {
        try (Connection connection = PostgresDatabases.connect(RealInfrastructure.postgresPort(), database);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Copies the test PostgreSQL's and Kafka's logs beside the services' (the test infrastructure's go with it). */
    static void keepInfrastructureLogs() {
        String root = System.getProperty("jiedao.test-infra.root");
        if (root == null) {
            return;
        }
        for (String log : List.of("kafka.log", "postgres.log")) {
            java.nio.file.Path from = java.nio.file.Path.of(root, "logs", log);
            try {
                if (java.nio.file.Files.exists(from)) {
                    java.nio.file.Files.copy(from, Stack.get().logs().resolve("test-infra-" + log),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (java.io.IOException e) {
                // only for reading after a failure
            }
        }
    }

    /** Runs one statement on a service's database. */
    static void execute(String database, String sql) {
        try (Connection connection = PostgresDatabases.connect(RealInfrastructure.postgresPort(), database);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Event ids (CloudEvents {@code id}) that occur more than once among {@code events}. */
    static List<String> duplicateIds(List<String> cloudEvents) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String event : cloudEvents) {
            seen.merge(io.restassured.path.json.JsonPath.from(event).getString("id"), 1, Integer::sum);
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
