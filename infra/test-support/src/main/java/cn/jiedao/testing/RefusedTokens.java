package cn.jiedao.testing;

import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.TokenMinter;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Tokens that must be refused with 401, each right in everything but one thing: expired, signed by another key,
 * of another issuer, unsigned ({@code alg: none}). Valid ones come from {@link TestTokens}. Each is the bare
 * compact JWT; put {@code "Bearer "} before it for an Authorization header.
 */
public final class RefusedTokens {

    private static final PrivateKey ANOTHER_KEY = freshKey();

    private RefusedTokens() {
    }

    /** Issued three hours ago, valid for one. */
    public static String expired(String role) {
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-3));
        return new TokenMinter(testKey(), RealInfrastructure.ISSUER, past).mint("refused-expired", List.of(role),
                Duration.ofHours(1));
    }

    public static String signedByAnotherKey(String role) {
        return new TokenMinter(ANOTHER_KEY, RealInfrastructure.ISSUER, Clock.systemUTC())
                .mint("refused-other-key", List.of(role), Duration.ofMinutes(30));
    }

    public static String fromAnotherIssuer(String role) {
        return new TokenMinter(testKey(), "https://idp.elsewhere.example", Clock.systemUTC())
                .mint("refused-other-issuer", List.of(role), Duration.ofMinutes(30));
    }

    /** Unsigned ({@code alg: none}) with otherwise good claims. */
    public static String unsigned(String role) {
        long now = Instant.now().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(RealInfrastructure.ISSUER);
        claims.setSubject("refused-alg-none");
        claims.setClaim("upn", "refused-alg-none");
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

    /** The key that signs {@link TestTokens}. */
    private static PrivateKey testKey() {
        return JwtKeyPair.load(RealInfrastructure.jwtPrivateKeyPath().getParent()).privateKey();
    }

    private static PrivateKey freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
