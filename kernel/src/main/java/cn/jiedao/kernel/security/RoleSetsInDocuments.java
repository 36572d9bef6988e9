package cn.jiedao.kernel.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The roles an operation's OpenAPI security requirement lists are the roles themselves: a named role set
 * ({@code @RolesAllowed("${jiedao.roles.economy-readers}")}) is written out as the roles configured for it, so
 * a client reads {@code [economy-officer, street-admin, leader]}, not the property's name. A requirement that
 * names no role ({@code @Authenticated}: any signed-in caller) is written out as every role of {@link Roles},
 * so that every operation of a document states the roles it admits.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RoleSetsInDocuments implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() != null) {
                    operation.getSecurity().forEach(RoleSetsInDocuments::expand);
                }
            }
        }
    }

    private static void expand(SecurityRequirement requirement) {
        if (requirement.getSchemes() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> scheme : List.copyOf(requirement.getSchemes().entrySet())) {
            if (scheme.getValue() == null) {
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            if (scheme.getValue().isEmpty()) {
                roles.addAll(Roles.ALL);
            }
            for (String role : scheme.getValue()) {
                roles.addAll(roles(role));
            }
            requirement.addScheme(scheme.getKey(), new ArrayList<>(roles));
        }
    }

    /** {@code ${property}} as the roles the property lists; any other entry as it is. */
    static List<String> roles(String entry) {
        if (!entry.startsWith("${") || !entry.endsWith("}")) {
            return List.of(entry);
        }
        String property = entry.substring(2, entry.length() - 1);
        return ConfigProvider.getConfig().getOptionalValue(property, String.class)
                .map(value -> java.util.Arrays.stream(value.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                        .toList())
                .orElse(List.of(entry));
    }
}
