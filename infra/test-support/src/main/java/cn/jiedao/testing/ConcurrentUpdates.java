package cn.jiedao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;

/**
 * Concurrent updates of one record with the same {@code If-Match}, as data: a service lists a {@link Case} for
 * every operation of its OpenAPI document that takes an {@code If-Match} header (how to create a record, the
 * update), {@link #assertEveryIfMatchOperationHasACase} fails when an operation has none, and each case is
 * run by {@link #assertOneWins}: of {@value #WRITERS} requests released together exactly one succeeds, the
 * others are answered 412 (never a 500, never two successes), and the record as read afterwards carries the
 * winner's ETag, so no other write landed after it (no lost update).
 */
public final class ConcurrentUpdates {

    public static final int WRITERS = 10;

    private ConcurrentUpdates() {
    }

    /**
     * A record to update: its current ETag, and where and as whom to read it afterwards ({@code readPath} null
     * where the record has no read of its own; the answers are then checked alone).
     */
    public record Target(String etag, String readPath, String reader, Map<String, Object> ids) {

        public Object id(String name) {
            return ids.get(name);
        }

        /** A JSON request as {@code role} with this record's ETag as {@code If-Match}. */
        public RequestSpecification ifMatch(String role) {
            return Requests.as(role).contentType("application/json").header("If-Match", etag);
        }
    }

    /**
     * @param operation as the OpenAPI document names it: {@code POST /api/mediation/disputes/{id}/acceptance}
     * @param create    makes a fresh record for the case, ready for the update
     * @param update    the {@code i}-th concurrent update of the target
     */
    public record Case(String operation, Supplier<Target> create, BiFunction<Target, Integer, Response> update) {

        @Override
        public String toString() {
            return operation;
        }
    }

    public static Target target(String etag, String readPath, String reader, Object... ids) {
        assertThat(etag).as("the created record's ETag").isNotBlank();
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < ids.length; i += 2) {
            named.put((String) ids[i], ids[i + 1]);
        }
        return new Target(etag, readPath, reader, named);
    }

    /** One dynamic test per case, for a {@code @TestFactory}. */
    public static List<DynamicTest> tests(Collection<Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.operation(), () -> assertOneWins(c))).toList();
    }

    public static void assertOneWins(Case c) {
        Target target = c.create().get();
        List<ExtractableResponse<Response>> answers = Concurrently.run(WRITERS, i -> c.update().apply(target, i));
        List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).toList();
        List<ExtractableResponse<Response>> won = answers.stream().filter(a -> a.statusCode() / 100 == 2).toList();
        String unexpected = answers.stream().filter(a -> a.statusCode() / 100 != 2 && a.statusCode() != 412)
                .map(a -> a.statusCode() + " " + a.body().asString()).distinct().collect(Collectors.joining("; "));
        assertThat(won).as("%s: one success of %d concurrent updates with one If-Match, statuses %s %s", c.operation(),
                WRITERS, statuses, unexpected).hasSize(1);
        assertThat(statuses).as("%s: the others are 412, statuses %s %s", c.operation(), statuses, unexpected)
                .filteredOn(s -> s == 412).hasSize(WRITERS - 1);
        String winner = won.get(0).header("ETag");
        if (target.readPath() != null) {
            String now = Requests.as(target.reader()).get(target.readPath()).then().statusCode(200).extract()
                    .header("ETag");
            assertThat(now).as("%s: the record as read afterwards is the winner's", c.operation())
                    .isNotEqualTo(target.etag());
            if (winner != null) {
                assertThat(now).as("%s: the record as read afterwards is the winner's", c.operation()).isEqualTo(winner);
            }
        }
    }

    /**
     * Every operation of the served OpenAPI document under {@code pathPrefix} that takes an {@code If-Match}
     * header has a case, and every case names such an operation.
     */
    @SuppressWarnings("unchecked")
    public static void assertEveryIfMatchOperationHasACase(String pathPrefix, Collection<Case> cases) {
        Map<String, Object> document = OpenApiContract.document();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Set<String> withIfMatch = new TreeSet<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith(pathPrefix)) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> op)) {
                    continue;
                }
                List<Object> parameters = (List<Object>) op.get("parameters");
                if (parameters == null) {
                    continue;
                }
                for (Object p : parameters) {
                    if (p instanceof Map<?, ?> parameter && "If-Match".equals(parameter.get("name"))) {
                        withIfMatch.add(operation.getKey().toUpperCase() + " " + path.getKey());
                    }
                }
            }
        }
        assertThat(withIfMatch).as("operations of %s with an If-Match header", pathPrefix).isNotEmpty();
        List<String> named = new ArrayList<>(cases.stream().map(Case::operation).toList());
        assertThat(named).as("the cases of the concurrent-update test: one for every If-Match operation of %s",
                pathPrefix).containsExactlyInAnyOrderElementsOf(withIfMatch);
    }
}
