package cn.jiedao.e2e;

import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.TokenMinter;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The tokens the fuzzer and the authorization matrix present: a good one for a role (a grid worker's lists
 * its grid), and the four kinds that must be refused with 401 — expired, signed by another key, of another
 * issuer, and {@code alg: none}.
 */
final class Tokens {

    /** The grid a grid worker's token lists (claim {@code grids}). */
    static final String GRID = "360121001001001";

    private static final PrivateKey OTHER_KEY = otherKey();

    private Tokens() {
    }

    static String bearer(String role) {
        return "Bearer " + valid(role, "e2e-" + role);
    }

    static String valid(String role, String subject) {
        return TestTokens.token(subject, "grid-worker".equals(role) ? List.of(GRID) : List.of(), role);
    }

    static String expired(String role) {
        Clock twoHoursAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(2)), ZoneOffset.UTC);
        return new TokenMinter(signingKey(), RealInfrastructure.ISSUER, twoHoursAgo)
                .mint("e2e-expired", List.of(role), Duration.ofMinutes(30));
    }

    static String otherKey(String role) {
        return new TokenMinter(OTHER_KEY, RealInfrastructure.ISSUER, Clock.systemUTC())
                .mint("e2e-other-key", List.of(role), Duration.ofMinutes(30));
    }

    static String otherIssuer(String role) {
        return new TokenMinter(signingKey(), "https://idp.elsewhere.example", Clock.systemUTC())
                .mint("e2e-other-issuer", List.of(role), Duration.ofMinutes(30));
    }

    /** Unsigned ({@code alg: none}) with otherwise good claims. */
    static String algNone(String role) {
        long now = Instant.now().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(RealInfrastructure.ISSUER);
        claims.setSubject("e2e-alg-none");
        claims.setClaim("upn", "e2e-alg-none");
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + 1800));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key that signs {@link TestTokens}, for tokens that are right in everything but their time or issuer. */
    private static PrivateKey signingKey() {
        return JwtKeyPair.load(RealInfrastructure.jwtPrivateKeyPath().getParent()).privateKey();
    }

    private static PrivateKey otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
