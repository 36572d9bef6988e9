package cn.jiedao.safety.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DisciplineRulesTest {

    @Test
    void aCheckIsVerifiedOnlyAfterARequiredRectificationWasReported() {
        var lifecycle = SupervisionCheck.LIFECYCLE;
        SupervisionCheckStatus s = lifecycle.next(SupervisionCheckStatus.RECORDED,
                SupervisionCheckStep.REQUIRE_RECTIFICATION);
        assertThat(s).isEqualTo(SupervisionCheckStatus.RECTIFICATION_REQUIRED);
        s = lifecycle.next(s, SupervisionCheckStep.REPORT_RECTIFICATION);
        assertThat(lifecycle.next(s, SupervisionCheckStep.FAIL_VERIFICATION))
                .isEqualTo(SupervisionCheckStatus.RECTIFICATION_REQUIRED);
        assertThat(lifecycle.next(s, SupervisionCheckStep.PASS_VERIFICATION)).isEqualTo(SupervisionCheckStatus.VERIFIED);
        assertThatThrownBy(() -> lifecycle.next(SupervisionCheckStatus.RECTIFICATION_REQUIRED,
                SupervisionCheckStep.PASS_VERIFICATION))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(lifecycle.allowedFrom(SupervisionCheckStatus.VERIFIED)).isEmpty();
        assertThatThrownBy(() -> lifecycle.step(SupervisionCheckStatus.RECTIFIED,
                SupervisionCheckStep.PASS_VERIFICATION, Roles.STREET_ADMIN::equals))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aRecommendationIsAnsweredOnceByADisciplineOfficer() {
        var lifecycle = Recommendation.LIFECYCLE;
        assertThat(lifecycle.step(RecommendationStatus.ISSUED, RecommendationStep.ANSWER,
                Roles.DISCIPLINE_OFFICER::equals)).isNotNull();
        assertThat(lifecycle.allowedFrom(RecommendationStatus.ANSWERED)).isEmpty();
        assertThatThrownBy(() -> lifecycle.step(RecommendationStatus.ISSUED, RecommendationStep.ANSWER,
                Roles.LEADER::equals))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void everyMeasureHasItsFormAndEveryFormHasAMeasure() {
        assertThat(DisciplineMeasure.CIRCULATED_CRITICISM.form()).isEqualTo(MeasureForm.FIRST);
        assertThat(DisciplineMeasure.PARTY_WARNING.form()).isEqualTo(MeasureForm.SECOND);
        assertThat(DisciplineMeasure.EXPULSION.form()).isEqualTo(MeasureForm.THIRD);
        assertThat(DisciplineMeasure.TRANSFERRED_FOR_PROSECUTION.form()).isEqualTo(MeasureForm.FOURTH);
        assertThat(Arrays.stream(DisciplineMeasure.values()).map(DisciplineMeasure::form).distinct())
                .containsExactlyInAnyOrder(MeasureForm.values());
    }
}
