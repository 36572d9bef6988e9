package cn.jiedao.gateway.testing;

import cn.jiedao.infra.JwtKeyPair;
import cn.jiedao.infra.TokenMinter;
import cn.jiedao.testing.RealInfrastructure;
import cn.jiedao.testing.TestTokens;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Bearer tokens the gateway must refuse; valid ones come from {@link TestTokens}. */
public final class RefusedTokens {

    private RefusedTokens() {
    }

    public static String signedByAnotherKey(String role) {
        return bearer(new TokenMinter(freshKey()), role, Duration.ofMinutes(5));
    }

    public static String fromAnotherIssuer(String role) {
        return bearer(new TokenMinter(testKey(), "someone-else", Clock.systemUTC()), role, Duration.ofMinutes(5));
    }

    /** Issued three hours ago, valid for one. */
    public static String expired(String role) {
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-3));
        return bearer(new TokenMinter(testKey(), RealInfrastructure.ISSUER, past), role, Duration.ofHours(1));
    }

    private static String bearer(TokenMinter minter, String role, Duration lifetime) {
        return "Bearer " + minter.mint("test-" + role, List.of(role), lifetime);
    }

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
