package cn.jiedao.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.kernel.security.Roles;
import cn.jiedao.testing.RefusedTokens;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gateway keeps the tokens it verified ({@link VerifiedTokens}); what it forwards must not change. */
@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @BeforeEach
    void everyServiceUp() {
        Fakes.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP_1_1", "HTTP_2"})
    void aKeptTokenStillStreamsWholeBodiesUpstream(HttpClient.Version version) throws Exception {
        String token = TestTokens.token("census-uploader-" + version, Roles.CENSUS_PLATFORM);
        HttpClient http = HttpClient.newBuilder().version(version).build();
        URI imports = URI.create("http://localhost:" + RestAssured.port + "/api/economy/census/imports");
        for (int i = 0; i < 3; i++) {
            byte[] upload = new byte[3 * 1024 * 1024 + i];
            new Random(i).nextBytes(upload);
            Fakes.reset();
            // the first upload verifies the token; the next two find it kept, chunked and with Content-Length
            HttpRequest.BodyPublisher body = i == 2 ? HttpRequest.BodyPublishers.ofByteArray(upload)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(upload));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(imports)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv").POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonPath seen = Fakes.onlyCall("economy");
            assertThat(seen.getInt("bodyLength")).as("upload " + i).isEqualTo(upload.length);
            assertThat(seen.getString("bodySha256")).as("upload " + i).isEqualTo(sha256(upload));
            assertThat(seen.getString("headers.authorization")).isEqualTo("Bearer " + token);
            assertThat(verified.get(token)).as("kept after upload " + i).isNotNull();
            assertThat(verified.get(token).getPrincipal().getName()).isEqualTo("census-uploader-" + version);
        }
    }

    @Test
    void aKeptTokenServesGetsAsTheFirstDid() {
        String token = "Bearer " + TestTokens.token("repeat-reader", Roles.MEDIATOR);
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", token).queryParam("page", i).get("/api/mediation/disputes")
                    .then().statusCode(200).header("X-Upstream", "mediation");
        }
        assertThat(Fakes.calls("mediation")).hasSize(5);
    }

    @Test
    void aRefusedTokenIsNeverKept() {
        String expired = RefusedTokens.expired(Roles.STREET_ADMIN);
        String otherKey = RefusedTokens.signedByAnotherKey(Roles.STREET_ADMIN);
        for (int i = 0; i < 2; i++) {
            for (String token : List.of(expired, otherKey)) {
                given().header("Authorization", "Bearer " + token).get("/api/mediation/codes").then().statusCode(401);
                assertThat(verified.get(token)).isNull();
            }
        }
        assertThat(Fakes.calls("mediation")).isEmpty();
    }

    @Test
    void aKeptTokenIsDroppedWhenItExpires() throws Exception {
        String token = TestTokens.token("short-lived", Duration.ofSeconds(2), Roles.MEDIATOR);
        given().header("Authorization", "Bearer " + token).get("/api/mediation/codes").then().statusCode(200);
        assertThat(verified.get(token)).isNotNull();
        Thread.sleep(3_100); // exp is in whole seconds: at most 2 s from the mint
        assertThat(verified.get(token)).as("kept past its exp").isNull();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
