package cn.jiedao.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * RestAssured requests as a caller with a role: {@code as("mediator").get("/api/mediation/disputes")}. The
 * subject is {@code test-<role>}, so a test that needs two different people of one role names them with
 * {@link #as(String, String)}.
 */
public final class Requests {

    private Requests() {
    }

    /** A request with a bearer token for subject {@code test-<role>} holding {@code role}. */
    public static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(role));
    }

    /** A request with a bearer token for {@code subject} holding {@code roles}. */
    public static RequestSpecification as(String subject, String... roles) {
        return given().header("Authorization", "Bearer " + TestTokens.token(subject, roles));
    }

    /** A request as a grid worker {@code subject} who works in {@code grids} (the token's {@code grids} claim). */
    public static RequestSpecification asGridWorker(String subject, String... grids) {
        return given().header("Authorization", "Bearer " + TestTokens.token(subject, java.util.List.of(grids),
                "grid-worker"));
    }

    /** A JSON request as {@code role}. */
    public static RequestSpecification json(String role, Object body) {
        return as(role).contentType("application/json").body(body);
    }
}
