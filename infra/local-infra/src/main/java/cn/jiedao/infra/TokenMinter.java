package cn.jiedao.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 JWTs the way the county's identity provider would issue them to Jiedao: claims {@code iss},
 * {@code sub}, {@code upn}, {@code groups} (the roles), {@code iat}, {@code exp}, {@code jti}.
 * Signing is jose4j's; SmallRye JWT in the services verifies the result with the public key.
 */
public final class TokenMinter {

    public static final String LOCAL_ISSUER = "jiedao-local";
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    private final PrivateKey signingKey;
    private final String issuer;
    private final Clock clock;

    public TokenMinter(PrivateKey signingKey) {
        this(signingKey, LOCAL_ISSUER, Clock.systemUTC());
    }

    public TokenMinter(PrivateKey signingKey, String issuer, Clock clock) {
        this.signingKey = signingKey;
        this.issuer = issuer;
        this.clock = clock;
    }

    /** A token for {@code subject} with the given role codes, valid for {@code lifetime}. */
    public String mint(String subject, Collection<String> roles, Duration lifetime) {
        return mint(subject, roles, List.of(), lifetime);
    }

    /**
     * A token that also lists the grid codes a grid worker works in (claim {@code grids}, as the county's
     * identity provider sets it); no claim when {@code grids} is empty.
     */
    public String mint(String subject, Collection<String> roles, Collection<String> grids, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(roles));
        if (!grids.isEmpty()) {
            claims.setStringListClaim("grids", List.copyOf(grids));
        }
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + lifetime.toSeconds()));
        claims.setJwtId(UUID.randomUUID().toString());

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token for " + subject, e);
        }
    }

    public String mint(String subject, String... roles) {
        return mint(subject, List.of(roles), DEFAULT_LIFETIME);
    }

    public String issuer() {
        return issuer;
    }
}
