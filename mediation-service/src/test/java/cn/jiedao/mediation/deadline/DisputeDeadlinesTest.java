package cn.jiedao.mediation.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The deadline rules without Quarkus: calendar days of Asia/Shanghai, overdue from the day after. */
class DisputeDeadlinesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final DisputeDeadlines rules = new DisputeDeadlines(SHANGHAI, 3, 30, 30);

    @Test
    void acceptanceIsDueThreeStreetDaysAfterReceipt() {
        // 23:30 in Shanghai is still 4 May there, though it is 15:30 UTC.
        OffsetDateTime received = OffsetDateTime.parse("2023-05-04T15:30:00Z");
        assertThat(rules.acceptanceDue(received)).isEqualTo(LocalDate.of(2023, 5, 7));
        // 16:30 UTC is already 5 May in Shanghai.
        assertThat(rules.acceptanceDue(OffsetDateTime.parse("2023-05-04T16:30:00Z"))).isEqualTo(LocalDate.of(2023, 5, 8));
    }

    @Test
    void aDisputeIsOverdueOnlyFromTheDayAfterItsDeadline() {
        OffsetDateTime received = OffsetDateTime.parse("2023-05-04T09:30:00+08:00");
        assertThat(rules.acceptanceOverdue(received, LocalDate.of(2023, 5, 7))).isFalse();
        assertThat(rules.acceptanceOverdue(received, LocalDate.of(2023, 5, 8))).isTrue();
    }

    @Test
    void theAcceptancePeriodIsConfigurable() {
        DisputeDeadlines five = new DisputeDeadlines(SHANGHAI, 5, 30, 30);
        OffsetDateTime received = OffsetDateTime.parse("2023-05-04T09:30:00+08:00");
        assertThat(five.acceptanceDue(received)).isEqualTo(LocalDate.of(2023, 5, 9));
        assertThat(five.acceptanceOverdue(received, LocalDate.of(2023, 5, 8))).isFalse();
    }

    @Test
    void conclusionIsDueThirtyDaysAfterAcceptanceUnlessThePartiesAgreedLater() {
        OffsetDateTime accepted = OffsetDateTime.parse("2023-05-05T10:00:00+08:00");
        assertThat(rules.conclusionDue(accepted, null)).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(rules.conclusionOverdue(accepted, null, LocalDate.of(2023, 6, 4))).isFalse();
        assertThat(rules.conclusionOverdue(accepted, null, LocalDate.of(2023, 6, 5))).isTrue();
        LocalDate extended = LocalDate.of(2023, 6, 30);
        assertThat(rules.conclusionDue(accepted, extended)).isEqualTo(extended);
        assertThat(rules.conclusionOverdue(accepted, extended, LocalDate.of(2023, 6, 5))).isFalse();
        assertThat(rules.conclusionDue(null, null)).isNull();
    }

    @Test
    void judicialConfirmationIsDueThirtyDaysAfterTheAgreement() {
        assertThat(rules.judicialConfirmationDue(OffsetDateTime.parse("2023-05-20T17:00:00Z")))
                .isEqualTo(LocalDate.of(2023, 6, 20)); // 21 May in Shanghai
    }

    @Test
    void theQueryBoundsAgreeWithTheRules() {
        LocalDate today = LocalDate.of(2023, 5, 8);
        OffsetDateTime bound = rules.acceptanceOverdueIfReceivedBefore(today);
        assertThat(rules.acceptanceOverdue(bound.minusSeconds(1), today)).isTrue();
        assertThat(rules.acceptanceOverdue(bound, today)).isFalse();
        OffsetDateTime conclusionBound = rules.conclusionOverdueIfAcceptedBefore(today);
        assertThat(rules.conclusionOverdue(conclusionBound.minusSeconds(1), null, today)).isTrue();
        assertThat(rules.conclusionOverdue(conclusionBound, null, today)).isFalse();
    }
}
