package cn.jiedao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.infra.ServiceList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published event schemas ({@code docs/events/*.schema.json}) change compatibly, as the OpenAPI documents
 * do ({@link PublishedContractsTest}): each schema as the last commit that changed it left it is compared with
 * the version before; a field of the data removed, a field newly required, or a code of an enum dropped fails
 * unless that commit's message says {@code BREAKING} and why. A consumer built against the older schema keeps
 * reading what the newer one allows.
 */
class PublishedEventContractsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyPublishedSchemaChangedCompatiblyOrItsCommitSaysBreaking() throws Exception {
        Path repo = ServiceList.repository();
        List<Path> schemas;
        try (Stream<Path> files = Files.list(EventContracts.directory())) {
            schemas = files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(schemas).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (Path schema : schemas) {
            String path = repo.relativize(schema).toString();
            String commit = PublishedContractsTest.git(repo, "log", "-1", "--format=%H", "--", path).strip();
            if (commit.isEmpty()) {
                continue; // not committed yet
            }
            String before = PublishedContractsTest.gitOrNull(repo, "show", commit + "^:" + path);
            if (before == null) {
                continue; // the commit that published it first
            }
            String message = PublishedContractsTest.git(repo, "log", "-1", "--format=%B", commit);
            List<String> changes = incompatibilities(before, PublishedContractsTest.git(repo, "show", commit + ":" + path));
            if (!changes.isEmpty() && !message.contains("BREAKING")) {
                broken.add(path + " in " + commit.substring(0, 10) + ": " + String.join("; ", changes));
            }
        }
        assertThat(broken).as("incompatible changes of published event schemas whose commit does not say BREAKING")
                .isEmpty();
    }

    @Test
    void theCheckSeesAFieldRemovedOrNewlyRequiredAndAnEnumCodeDropped() {
        String before = """
                {"properties": {"data": {"required": ["a"], "properties": {"a": {"type": "string"},
                  "b": {"type": "string"}, "c": {"enum": ["X", "Y"]}}}}}""";
        String after = """
                {"properties": {"data": {"required": ["a", "c"], "properties": {"a": {"type": "string"},
                  "c": {"enum": ["X"]}, "d": {"type": "string"}}}}}""";
        assertThat(incompatibilities(before, after)).containsExactlyInAnyOrder("data.b removed", "data.c newly required",
                "data.c no longer allows Y");
        assertThat(incompatibilities(before, before)).isEmpty();
    }

    static List<String> incompatibilities(String before, String after) {
        JsonNode old = JSON.readTree(before).at("/properties/data");
        JsonNode now = JSON.readTree(after).at("/properties/data");
        List<String> changes = new ArrayList<>();
        Set<String> oldRequired = strings(old.get("required"));
        for (String field : strings(now.get("required"))) {
            if (!oldRequired.contains(field)) {
                changes.add("data." + field + " newly required");
            }
        }
        JsonNode oldProperties = old.get("properties");
        JsonNode newProperties = now.get("properties");
        if (oldProperties != null) {
            for (var field : oldProperties.properties()) {
                JsonNode current = newProperties == null ? null : newProperties.get(field.getKey());
                if (current == null) {
                    changes.add("data." + field.getKey() + " removed");
                    continue;
                }
                Set<String> newEnum = strings(current.get("enum"));
                for (String code : strings(field.getValue().get("enum"))) {
                    if (current.has("enum") && !newEnum.contains(code)) {
                        changes.add("data." + field.getKey() + " no longer allows " + code);
                    }
                }
            }
        }
        return changes;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.isNull() ? "null" : v.asString()));
        }
        return values;
    }
}
