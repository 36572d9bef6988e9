package cn.jiedao.infra;

import cn.jiedao.kernel.security.Roles;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenMinterTest {

    @TempDir
    Path temp;

    @Test
    void mintedTokenVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        JwtKeyPair keys = JwtKeyPair.loadOrCreate(temp.resolve("keys"));
        String token = new TokenMinter(keys.privateKey()).mint("zhang.san", List.of("mediator", "leader"), Duration.ofMinutes(5));

        JwtClaims claims = consumerFor(JwtKeyPair.load(temp.resolve("keys"))).processToClaims(token);
        assertEquals("jiedao-local", claims.getIssuer());
        assertEquals("zhang.san", claims.getSubject());
        assertEquals("zhang.san", claims.getClaimValueAsString("upn"));
        assertEquals(List.of("mediator", "leader"), claims.getStringListClaimValue("groups"));
        assertNotNull(claims.getJwtId());
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
    }

    @Test
    void aGridWorkersTokenListsTheirGridsAndOnlyGridCodesAreTaken() throws Exception {
        JwtKeyPair keys = JwtKeyPair.loadOrCreate(temp.resolve("keys"));
        String token = new TokenMinter(keys.privateKey()).mint("li.si", List.of("grid-worker"),
                TokenCommand.grids("340123001001001, 340123001001002"), Duration.ofMinutes(5));
        JwtClaims claims = consumerFor(JwtKeyPair.load(temp.resolve("keys"))).processToClaims(token);
        assertEquals(List.of("340123001001001", "340123001001002"), claims.getStringListClaimValue("grids"));
        assertEquals(List.of(), TokenCommand.grids(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenCommand.grids("3401"));
        assertTrue(e.getMessage().contains("15-digit"), e.getMessage());
        String plain = new TokenMinter(keys.privateKey()).mint("wang.wu", "mediator");
        assertTrue(!consumerFor(keys).processToClaims(plain).hasClaim("grids"), "no grids claim without grids");
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        JwtKeyPair ours = JwtKeyPair.loadOrCreate(temp.resolve("ours"));
        JwtKeyPair theirs = JwtKeyPair.loadOrCreate(temp.resolve("theirs"));
        String forged = new TokenMinter(theirs.privateKey()).mint("mallory", "street-admin");
        assertThrows(InvalidJwtException.class, () -> consumerFor(ours).processToClaims(forged));
    }

    @Test
    void keyPairIsGeneratedOnceAndThePrivateKeyIsOwnerReadableOnly() throws Exception {
        Path dir = temp.resolve("keys");
        JwtKeyPair first = JwtKeyPair.loadOrCreate(dir);
        JwtKeyPair second = JwtKeyPair.loadOrCreate(dir);
        assertEquals(first.publicKey(), second.publicKey());
        assertTrue(Files.readString(first.publicKeyPath()).startsWith("-----BEGIN PUBLIC KEY-----"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(first.privateKeyPath())));
    }

    @Test
    void unknownRoleIsRejectedWithTheListOfKnownRoles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenCommand.requireRole("mayor"));
        assertTrue(e.getMessage().contains("street-admin"), e.getMessage());
        for (String role : Roles.ALL) {
            assertTrue(e.getMessage().contains(role), e.getMessage());
        }
        assertEquals(Roles.MEDIATOR, TokenCommand.requireRole("mediator"));
    }

    private static JwtConsumer consumerFor(JwtKeyPair keys) {
        return new JwtConsumerBuilder()
                .setVerificationKey(keys.publicKey())
                .setExpectedIssuer("jiedao-local")
                .setRequireExpirationTime()
                .setRequireSubject()
                .build();
    }
}
