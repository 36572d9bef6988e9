package cn.jiedao.testing;

import cn.jiedao.infra.TokenMinter;

import java.time.Duration;
import java.util.List;

/**
 * JWTs for tests, signed with the key whose public half {@link RealInfrastructure} hands to the service
 * ({@code mp.jwt.verify.publickey.location}), issuer {@code jiedao-local}, valid for one hour.
 * Roles are not checked against the known ones, so a test can also try a role that does not exist.
 *
 * <pre>{@code
 * given().header("Authorization", TestTokens.bearer("mediator")).get("/api/mediation/disputes")
 * }</pre>
 */
public final class TestTokens {

    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** {@code "Bearer <jwt>"} for subject {@code test-<first role>} (or {@code test-user}) with the roles. */
    public static String bearer(String... roles) {
        return "Bearer " + token(roles.length > 0 ? "test-" + roles[0] : "test-user", roles);
    }

    /** A bare JWT for {@code subject} with the roles, working in {@code grids} (claim {@code grids}). */
    public static String token(String subject, List<String> grids, String... roles) {
        return new TokenMinter(RealInfrastructure.keys().privateKey()).mint(subject, List.of(roles), grids, LIFETIME);
    }

    /** A bare JWT for {@code subject} (also its {@code upn}) with the roles as its {@code groups}. */
    public static String token(String subject, String... roles) {
        return new TokenMinter(RealInfrastructure.keys().privateKey()).mint(subject, List.of(roles), LIFETIME);
    }

    /** A bare JWT for {@code subject} with the roles that expires after {@code lifetime} (whole seconds). */
    public static String token(String subject, Duration lifetime, String... roles) {
        return new TokenMinter(RealInfrastructure.keys().privateKey()).mint(subject, List.of(roles), lifetime);
    }
}
