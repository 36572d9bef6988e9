package cn.jiedao.e2e;

import cn.jiedao.e2e.ApiOperations.Operation;
import cn.jiedao.kernel.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code authorization-matrix.csv}: one row per operation of the published documents ({@code METHOD path}),
 * one column per caller — every role of kernel {@link Roles}, then {@code anonymous}, an {@code expired} token,
 * a token signed by {@code other-key}, one of {@code other-issuer} and {@code alg-none} — each cell the
 * expected answer: {@code allow} (anything but 401 and 403), {@code 403} or {@code 401}. Lines starting with
 * {@code #} are comments. {@link #fromDocuments} writes the rows the documents' security requirements imply,
 * which is how the file's first version was made.
 */
final class AuthorizationMatrix {

    static final String RESOURCE = "authorization-matrix.csv";
    static final List<String> BAD_TOKENS = List.of("expired", "other-key", "other-issuer", "alg-none");
    static final List<String> CALLERS = callers();

    /** Operation key → caller → expected answer. */
    final Map<String, Map<String, String>> rows;

    private AuthorizationMatrix(Map<String, Map<String, String>> rows) {
        this.rows = rows;
    }

    private static List<String> callers() {
        List<String> callers = new ArrayList<>(Roles.ALL);
        callers.add("anonymous");
        callers.addAll(BAD_TOKENS);
        return List.copyOf(callers);
    }

    static AuthorizationMatrix read() {
        String text;
        try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> header = null;
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(trimmed.split(",", -1));
            if (header == null) {
                header = cells;
                if (!header.subList(1, header.size()).equals(CALLERS)) {
                    throw new IllegalStateException(RESOURCE + " columns " + header + " are not operation + " + CALLERS);
                }
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(RESOURCE + ": " + cells.size() + " cells in " + trimmed);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                String cell = cells.get(i).strip();
                if (!List.of("allow", "403", "401").contains(cell)) {
                    throw new IllegalStateException(RESOURCE + ": '" + cell + "' for " + header.get(i) + " of " + cells.get(0));
                }
                expected.put(header.get(i), cell);
            }
            if (rows.put(cells.get(0).strip(), expected) != null) {
                throw new IllegalStateException(RESOURCE + " lists " + cells.get(0) + " twice");
            }
        }
        return new AuthorizationMatrix(rows);
    }

    /** What the documents say: the roles of each operation's security requirement; none → no token needed. */
    static Map<String, String> expectedByDocument(Operation op) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            String answer;
            if (op.admits() == ApiOperations.Admits.ANYONE) {
                answer = "allow";
            } else if (caller.equals("anonymous") || BAD_TOKENS.contains(caller)) {
                answer = "401";
            } else {
                answer = op.admitsRole(caller) ? "allow" : "403";
            }
            expected.put(caller, answer);
        }
        return expected;
    }

    /** The file as the documents imply it (the first version of {@value #RESOURCE}). */
    static String fromDocuments(List<Operation> operations) {
        StringBuilder csv = new StringBuilder();
        csv.append("# Who may do what: every operation of docs/openapi/*.yaml × every role of kernel Roles, anonymous and\n")
                .append("# four bad tokens. allow = any answer but 401/403; 403 = refused for the role; 401 = no valid token.\n")
                .append("# The code lists (GET /api/<area>/codes) admit every signed-in role; /openapi/{area} needs no token.\n")
                .append("# AuthorizationMatrixTest fails when an operation of the documents has no row here.\n");
        csv.append("operation,").append(String.join(",", CALLERS)).append('\n');
        for (Operation op : operations) {
            csv.append(op.key()).append(',').append(String.join(",", expectedByDocument(op).values())).append('\n');
        }
        return csv.toString();
    }
}
