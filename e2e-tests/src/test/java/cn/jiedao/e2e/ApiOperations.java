package cn.jiedao.e2e;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every operation of the published OpenAPI documents ({@code docs/openapi/<document>.yaml}), read with
 * swagger-parser: its method and path, parameters, request body media types and the roles its security
 * requirement admits. The fuzzer and the authorization matrix are generated from these.
 */
final class ApiOperations {

    /** The published documents: one per service area, and the gateway's own. */
    static final List<String> DOCUMENTS = List.of("economy", "mediation", "safety", "hub", "gateway");

    /** Who an operation admits, as its document states it. */
    enum Admits {
        /** Stated public ({@code security: [{}]}): no token needed. */
        ANYONE,
        /** {@code bearer: []}: every signed-in role. */
        SIGNED_IN,
        /** {@code bearer: [roles…]}: the roles listed. */
        ROLES
    }

    record Operation(String document, String method, String path, List<Parameter> parameters,
            Map<String, Schema<?>> bodies, boolean bodyRequired, Admits admits, Set<String> roles,
            Schemas schemas) {

        /** {@code GET /api/mediation/disputes/{id}}: the key of the operation in the authorization matrix. */
        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return !bodies.isEmpty();
        }

        boolean admitsRole(String role) {
            return admits != Admits.ROLES || roles.contains(role);
        }
    }

    /** The components of one document, to follow {@code $ref}s. */
    record Schemas(Map<String, Schema> components) {

        Schema<?> resolve(Schema<?> schema) {
            Schema<?> s = schema;
            for (int i = 0; s != null && s.get$ref() != null && i < 10; i++) {
                String ref = s.get$ref();
                s = components.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return s;
        }

        /** The schema's type: OpenAPI 3.1 lists types, 3.0 names one; a {@code $ref} with a sibling type keeps it. */
        String type(Schema<?> schema) {
            Schema<?> s = resolve(schema);
            if (s == null) {
                return null;
            }
            if (s.getType() != null) {
                return s.getType();
            }
            if (s.getTypes() != null) {
                return s.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
            }
            if (s.getProperties() != null) {
                return "object";
            }
            if (s.getEnum() != null && !s.getEnum().isEmpty()) {
                return "string";
            }
            return schema.getTypes() == null ? null : schema.getTypes().stream().findFirst().orElse(null);
        }
    }

    private ApiOperations() {
    }

    static List<Operation> all(Path repo) {
        List<Operation> operations = new ArrayList<>();
        for (String document : DOCUMENTS) {
            operations.addAll(of(document, repo.resolve("docs/openapi").resolve(document + ".yaml")));
        }
        return operations;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Operation> of(String document, Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        String text;
        try {
            text = Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException(file + " could not be read: " + parsed.getMessages());
        }
        Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        Schemas schemas = new Schemas(components);
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            PathItem item = path.getValue();
            for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap().entrySet()) {
                io.swagger.v3.oas.models.Operation op = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                if (item.getParameters() != null) {
                    parameters.addAll(item.getParameters());
                }
                if (op.getParameters() != null) {
                    parameters.addAll(op.getParameters());
                }
                Map<String, Schema<?>> bodies = new LinkedHashMap<>();
                boolean bodyRequired = false;
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    bodyRequired = Boolean.TRUE.equals(op.getRequestBody().getRequired());
                    for (Map.Entry<String, MediaType> media : op.getRequestBody().getContent().entrySet()) {
                        bodies.put(media.getKey(), media.getValue().getSchema());
                    }
                }
                Admits admits;
                Set<String> roles = new TreeSet<>();
                List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
                if (security == null || security.stream().allMatch(SecurityRequirement::isEmpty)) {
                    // stated public ({@code security: [{}]}, the API documents); DocumentedSecurityTest fails
                    // on an operation that states nothing
                    admits = Admits.ANYONE;
                } else {
                    for (SecurityRequirement requirement : security) {
                        requirement.values().forEach(roles::addAll);
                    }
                    admits = roles.isEmpty() ? Admits.SIGNED_IN : Admits.ROLES;
                }
                operations.add(new Operation(document, entry.getKey().name(), path.getKey(), List.copyOf(parameters),
                        bodies, bodyRequired, admits, Set.copyOf(roles), schemas));
            }
        }
        return operations;
    }
}
