package cn.jiedao.gateway.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import cn.jiedao.gateway.testing.Fakes;
import cn.jiedao.gateway.testing.GatewayTestResources;
import cn.jiedao.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GatewayTestResources.class)
class CodeListsResourceTest {

    static final String PATH = "/api/reports/codes";

    @Inject
    CodeLists codeLists;

    /** The annual report's text asks for the lists too: start with none kept. */
    @BeforeEach
    void noListsKept() {
        codeLists.forget();
    }

    @Test
    void everyServicesListsComeInOneAnswerKeptUntilTheyExpireAndAServiceDownIsNamed() {
        Fakes.reset();
        Fakes.stop("hub");
        Response partial = given().header("Authorization", TestTokens.bearer("grid-worker")).get(PATH);
        partial.then().statusCode(200).body("lists.economy.economyKinds.codes[0].label", equalTo("甲"))
                .body("lists.mediation.mediationKinds.label", equalTo("mediation类别"))
                .body("lists", not(hasKey("hub")))
                .body("unavailable.hub", containsString("hub"))
                .header("Warning", containsString("hub"));
        assertThat(Fakes.calls("economy")).hasSize(1);
        assertThat(Fakes.onlyCall("economy").getString("headers.authorization")).startsWith("Bearer ");

        Fakes.reset(); // hub is back; the others' calls are forgotten by the fakes, not by the gateway
        Response whole = given().header("Authorization", TestTokens.bearer("leader")).get(PATH);
        whole.then().statusCode(200).body("lists.hub.hubKinds.codes[0].code", equalTo("A"))
                .body("unavailable", anEmptyMap());
        assertThat(Fakes.calls("economy")).as("economy's lists were kept").isEmpty();
        assertThat(Fakes.calls("hub")).as("hub, missing before, was asked again").hasSize(1);

        String etag = whole.header("ETag");
        assertThat(etag).isNotBlank();
        given().header("Authorization", TestTokens.bearer("leader")).header("If-None-Match", etag).get(PATH).then()
                .statusCode(304);
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }
}
