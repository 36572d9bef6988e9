package cn.jiedao.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void theCurrentVersionPasses() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThatCode(() -> ETags.require("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.require("W/\"3\"", 3)).as("weak form").doesNotThrowAnyException();
        assertThatCode(() -> ETags.require("*", 7)).as("any version").doesNotThrowAnyException();
    }

    @Test
    void theResponseTagCarriesTheVersionWithoutDoubleQuotes() {
        assertThat(ETags.entityTag(3).getValue()).isEqualTo("3");
        assertThat(ETags.entityTag(ETags.of(3)).getValue()).isEqualTo("3");
        assertThat(ETags.entityTag("W/\"4\"").getValue()).isEqualTo("4");
    }

    @Test
    void aStaleVersionIs412NamingTheCurrentOne() {
        assertThatThrownBy(() -> ETags.require("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.toProblem().detail()).contains("\"3\"");
                });
    }

    @Test
    void aMissingIfMatchIs428() {
        assertThatThrownBy(() -> ETags.require(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> ETags.require(" ", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }
}
