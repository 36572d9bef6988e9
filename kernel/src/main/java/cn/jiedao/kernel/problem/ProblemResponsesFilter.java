package cn.jiedao.kernel.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so that each service's OpenAPI document is
 * complete without repeating the same annotations on every method: 400 where the operation takes input,
 * 401 and 403 where it is secured, 404 where the path names a record, 409 and 412 where it changes one,
 * 428 where it takes {@code If-Match}, and 500 everywhere. An operation that documents a status itself keeps its own description and body.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesRecord = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                boolean changes = op.getKey() != PathItem.HttpMethod.GET && op.getKey() != PathItem.HttpMethod.HEAD;
                boolean takesInput = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (takesInput) {
                    add(responses, "400", "The request is not valid; `errors` names each rejected field");
                }
                boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
                if (secured) {
                    add(responses, "401", "No valid bearer token");
                    add(responses, "403", "The token's roles may not do this");
                }
                if (namesRecord) {
                    add(responses, "404", "No such record");
                }
                if (changes) {
                    add(responses, "409", "The change conflicts with the record's current state");
                }
                if (takesIfMatch(operation) || (changes && namesRecord && op.getKey() != PathItem.HttpMethod.POST)) {
                    add(responses, "412", "If-Match does not match the record's current ETag");
                }
                if (takesIfMatch(operation)) {
                    add(responses, "428", "If-Match is missing: send the ETag you last read");
                }
                add(responses, "500", "Unexpected failure; the problem quotes the request id");
            }
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        var content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
        var existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
        } else if (existing.getContent() == null || existing.getContent().getMediaTypes().isEmpty()) {
            existing.setContent(content); // e.g. the 401/403 Quarkus adds for secured operations, without a body
        }
    }

    private static Schema problemSchema() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("JSON path or parameter name").examples(java.util.List.of("parties[0].phone")))
                .addProperty("reason", OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
