package cn.jiedao.kernel.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemJsonTest {

    @Test
    void extensionMembersStandBesideTheStandardOnes() throws Exception {
        Problem problem = ProblemException.conflict("no").with("currentState", "RECEIVED")
                .with("allowedSteps", List.of("ACCEPT")).toProblem().withRequest("/api/x", "req-1");
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(problem));
        assertThat(json.get("status").asInt()).isEqualTo(409);
        assertThat(json.get("currentState").asText()).isEqualTo("RECEIVED");
        assertThat(json.get("allowedSteps").get(0).asText()).isEqualTo("ACCEPT");
        assertThat(json.get("instance").asText()).isEqualTo("/api/x");
        assertThat(json.has("extensions")).as("no wrapper member").isFalse();
        assertThat(json.has("members")).isFalse();
    }

    @Test
    void aProblemWithoutExtensionsHasOnlyTheStandardMembers() throws Exception {
        JsonNode json = new ObjectMapper().valueToTree(ProblemResponses.of(404, "Nothing at GET /x"));
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("type", "title", "status", "detail");
    }
}
