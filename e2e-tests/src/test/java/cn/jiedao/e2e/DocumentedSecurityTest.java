package cn.jiedao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.kernel.security.Roles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every published document ({@code docs/openapi/*.yaml}) states its security: the bearer
 * scheme with the roles it admits, each a role of kernel {@link Roles} (an operation open to every signed-in
 * caller lists them all), or — only the gateway's API documents — explicitly none ({@code security: [{}]}).
 * A client generated from the documents, and the authorization matrix, can then tell who may call what. Needs
 * no stack.
 */
class DocumentedSecurityTest {

    /** The operations that are public on purpose: the services' documents for Swagger UI. */
    static final Set<String> PUBLIC = Set.of("gateway GET /openapi/{area}");

    private final Path repo = Path.of(System.getProperty("jiedao.repo", "..")).toAbsolutePath().normalize();

    @Test
    void everyOperationOfEveryDocumentStatesTheRolesItAdmits() throws Exception {
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (String document : ApiOperations.DOCUMENTS) {
            Path file = repo.resolve("docs/openapi").resolve(document + ".yaml");
            ParseOptions options = new ParseOptions();
            options.setResolve(false);
            OpenAPI api = new OpenAPIV3Parser().readContents(Files.readString(file), null, options).getOpenAPI();
            assertThat(api).as(file.toString()).isNotNull();
            for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
                for (var entry : path.getValue().readOperationsMap().entrySet()) {
                    operations++;
                    String key = document + " " + entry.getKey() + " " + path.getKey();
                    List<SecurityRequirement> security = entry.getValue().getSecurity() != null
                            ? entry.getValue().getSecurity() : api.getSecurity();
                    if (security == null || security.isEmpty()) {
                        wrong.add(key + ": states no security");
                    } else if (security.stream().allMatch(SecurityRequirement::isEmpty)) {
                        if (!PUBLIC.contains(key)) {
                            wrong.add(key + ": stated public, but is not one of the public operations " + PUBLIC);
                        }
                    } else {
                        for (SecurityRequirement requirement : security) {
                            for (Map.Entry<String, List<String>> scheme : requirement.entrySet()) {
                                if (!scheme.getKey().equals("bearer")) {
                                    wrong.add(key + ": names the scheme " + scheme.getKey() + ", not bearer");
                                } else if (scheme.getValue() == null || scheme.getValue().isEmpty()) {
                                    wrong.add(key + ": names no role");
                                } else if (!Roles.ALL.containsAll(scheme.getValue())) {
                                    wrong.add(key + ": names roles that are not roles of kernel Roles: "
                                            + scheme.getValue());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(wrong).as("operations whose security the documents do not state").isEmpty();
    }
}
