package cn.jiedao.safety.hazard;

import static cn.jiedao.safety.hazard.HazardLifecycle.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiedao.kernel.problem.ProblemException;
import cn.jiedao.kernel.security.Roles;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HazardRulesTest {

    @Test
    void aHazardClosesFixedOnlyThroughAReportedRectificationAndAPassedReinspection() {
        HazardStatus s = HazardStatus.OPEN;
        s = LIFECYCLE.next(s, HazardStep.REPORT_RECTIFICATION);
        assertThat(s).isEqualTo(HazardStatus.RECTIFICATION_REPORTED);
        assertThat(LIFECYCLE.next(s, HazardStep.FAIL_VERIFICATION)).isEqualTo(HazardStatus.OPEN);
        assertThat(LIFECYCLE.next(s, HazardStep.PASS_VERIFICATION)).isEqualTo(HazardStatus.CLOSED_FIXED);
        assertThatThrownBy(() -> LIFECYCLE.next(HazardStatus.OPEN, HazardStep.PASS_VERIFICATION))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(LIFECYCLE.allowedFrom(HazardStatus.CLOSED_FIXED)).isEmpty();
        assertThat(LIFECYCLE.allowedFrom(HazardStatus.OPEN)).containsExactly(HazardStep.REPORT_RECTIFICATION,
                HazardStep.CLOSE_UNFIXED, HazardStep.REQUEST_EXTENSION, HazardStep.APPROVE_EXTENSION,
                HazardStep.REFUSE_EXTENSION);
    }

    @Test
    void aGridWorkerReportsARectificationButNeverReinspectsOrClosesUnfixed() {
        assertThat(LIFECYCLE.step(HazardStatus.OPEN, HazardStep.REPORT_RECTIFICATION, Roles.GRID_WORKER::equals))
                .isNotNull();
        for (HazardStep step : new HazardStep[] {HazardStep.PASS_VERIFICATION, HazardStep.CLOSE_UNFIXED}) {
            assertThatThrownBy(() -> LIFECYCLE.step(HazardStatus.RECTIFICATION_REPORTED, step,
                    Roles.GRID_WORKER::equals))
                    .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void theDeadlineFollowsTheSeverityAndOnlyAnUnclosedHazardIsOverdue() {
        var deadlines = new RectificationDeadlines(Map.of(HazardSeverity.GENERAL, 15, HazardSeverity.MAJOR, 60));
        LocalDate found = LocalDate.of(2023, 8, 1);
        assertThat(deadlines.deadline(HazardSeverity.GENERAL, found)).isEqualTo(LocalDate.of(2023, 8, 16));
        assertThat(deadlines.deadline(HazardSeverity.MAJOR, found)).isEqualTo(LocalDate.of(2023, 9, 30));
        LocalDate deadline = LocalDate.of(2023, 8, 16);
        assertThat(RectificationDeadlines.overdue(HazardStatus.OPEN, deadline, deadline)).isFalse();
        assertThat(RectificationDeadlines.overdue(HazardStatus.OPEN, deadline, deadline.plusDays(1))).isTrue();
        assertThat(RectificationDeadlines.overdue(HazardStatus.RECTIFICATION_REPORTED, deadline, deadline.plusDays(1)))
                .isTrue();
        assertThat(RectificationDeadlines.overdue(HazardStatus.CLOSED_UNFIXED, deadline, deadline.plusDays(1))).isFalse();
        assertThatThrownBy(() -> new RectificationDeadlines(Map.of(HazardSeverity.GENERAL, 15)))
                .hasMessageContaining("jiedao.safety.rectification-days.MAJOR");
    }
}
