package cn.jiedao.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check every service's OpenAPI document passes, written once: every operation of the area has a summary,
 * names the roles it admits (not a role set's property) and documents its 401 problem, every answer with a body names its schema (so a client generated from the
 * document types it), and the document is open to read.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    /**
     * The served document (YAML) is the one published in {@code docs/openapi/<name>.yaml}, which the frontend
     * team and the county's systems generate their clients from. After a deliberate change of the API, run the
     * test once with {@code -Djiedao.openapi.update=true} to write the new document, and commit it (a breaking
     * change needs {@code BREAKING} and the reason in the commit message: {@code PublishedContractsTest}).
     */
    public static void assertPublished(String name) {
        String served = given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Path published = cn.jiedao.infra.ServiceList.repository().resolve("docs/openapi/" + name + ".yaml");
        try {
            if (Boolean.getBoolean("jiedao.openapi.update")) {
                java.nio.file.Files.createDirectories(published.getParent());
                java.nio.file.Files.writeString(published, served);
            }
            assertThat(java.nio.file.Files.exists(published)).as(published + " exists (write it with "
                    + "-Djiedao.openapi.update=true)").isTrue();
            assertThat(served).as("the served OpenAPI document is the published " + published + "; after a "
                    + "deliberate change run the test with -Djiedao.openapi.update=true and commit the file")
                    .isEqualTo(java.nio.file.Files.readString(published));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The served document as parsed JSON. */
    public static Map<String, Object> document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    /**
     * @param pathPrefix    the area's paths, e.g. {@code /api/mediation}
     * @param atLeast       how many operations the area has at least, so that a document that lost its
     *                      operations does not pass by being empty
     */
    @SuppressWarnings("unchecked")
    public static void assertComplete(String pathPrefix, int atLeast) {
        Map<String, Object> document = document();
        Map<String, Map<String, Map<String, Object>>> paths =
                (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<String> incomplete = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith(pathPrefix)) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map)) {
                    continue; // path-level parameters
                }
                operations++;
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                Object summary = operation.getValue().get("summary");
                Object security = operation.getValue().get("security");
                if (security != null && security.toString().contains("${")) {
                    incomplete.add(name + ": its security requirement names a role set, not its roles: " + security);
                }
                Map<String, Object> responses = (Map<String, Object>) operation.getValue().get("responses");
                if (summary == null || summary.toString().isBlank()) {
                    incomplete.add(name + ": no summary");
                }
                if (responses == null || !responses.containsKey("401")) {
                    incomplete.add(name + ": no 401 problem");
                    continue;
                }
                responses.forEach((status, response) -> {
                    if (status.startsWith("2") && !status.equals("204")) {
                        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
                        if (content == null || content.isEmpty()) {
                            incomplete.add(name + ": answer " + status + " has no content");
                            return;
                        }
                        content.forEach((type, media) -> {
                            Object schema = ((Map<String, Object>) media).get("schema");
                            if (type.contains("json") && (schema == null || ((Map<String, Object>) schema).isEmpty())) {
                                incomplete.add(name + ": answer " + status + " " + type + " has no schema");
                            } else if (type.contains("json")) {
                                untypedLists((Map<String, Object>) schema, components(document), new HashSet<>())
                                        .forEach(where -> incomplete.add(name + ": answer " + status + " has a list of "
                                                + "untyped items at " + where));
                            }
                        });
                    }
                });
            }
        }
        assertThat(operations).as("operations under " + pathPrefix + " in the document").isGreaterThanOrEqualTo(atLeast);
        assertThat(incomplete).as("operations whose documentation is incomplete").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> components(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        return (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    }

    /**
     * The places in a schema where an array's items have no type, as a generic page whose items lost their
     * parameter does: a client generated from the document would type them {@code unknown}.
     */
    @SuppressWarnings("unchecked")
    private static List<String> untypedLists(Map<String, Object> schema, Map<String, Object> components,
            Set<String> seen) {
        List<String> found = new ArrayList<>();
        Object ref = schema.get("$ref");
        if (ref != null) {
            String component = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
            Object target = components.get(component);
            if (seen.add(component) && target instanceof Map) {
                untypedLists((Map<String, Object>) target, components, seen)
                        .forEach(where -> found.add(component + where));
            }
            return found;
        }
        if ("array".equals(schema.get("type"))) {
            Object items = schema.get("items");
            if (!(items instanceof Map) || !typed((Map<String, Object>) items)) {
                found.add("[]");
            } else {
                untypedLists((Map<String, Object>) items, components, seen).forEach(where -> found.add("[]" + where));
            }
        }
        Object properties = schema.get("properties");
        if (properties instanceof Map) {
            ((Map<String, Object>) properties).forEach((property, propertySchema) -> {
                if (propertySchema instanceof Map) {
                    untypedLists((Map<String, Object>) propertySchema, components, seen)
                            .forEach(where -> found.add("." + property + where));
                }
            });
        }
        return found;
    }

    private static boolean typed(Map<String, Object> schema) {
        if (schema.containsKey("$ref") || schema.containsKey("allOf") || schema.containsKey("oneOf")
                || schema.containsKey("anyOf")) {
            return true;
        }
        Object type = schema.get("type");
        return type != null && !("object".equals(type) && !schema.containsKey("properties")
                && !schema.containsKey("additionalProperties"));
    }
}
