package cn.jiedao.safety.outreach;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests and answers of outreach events and telecom-fraud figures. */
public final class OutreachViews {

    private OutreachViews() {
    }

    public record RecordOutreach(
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotNull OutreachKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "防范电信网络诈骗进社区") String topic,
            @NotBlank @Size(max = 300) @Schema(example = "八月湖小学") String place,
            @NotBlank @Size(max = 300) @Schema(example = "五年级学生") String audience,
            @NotNull @PositiveOrZero Integer attendance,
            UUID siteId) {
    }

    public record OutreachView(UUID id, LocalDate heldOn, OutreachKind kind, String topic, String place,
            String audience, int attendance, UUID siteId, String recordedBy, OffsetDateTime recordedAt) {

        public static OutreachView of(OutreachEvent e) {
            return new OutreachView(e.id, e.heldOn, e.kind, e.topic, e.place, e.audience, e.attendance, e.siteId,
                    e.recordedBy, e.recordedAt);
        }
    }

    public record ReportCases(@NotNull @PositiveOrZero Integer cases) {
    }

    /** One month's cases beside the same month a year before. */
    public record FraudMonth(String month, Integer cases, Integer sameMonthLastYear,
            @Schema(description = "year on year, percent with one decimal; null without last year's figure or "
                    + "when it was 0") BigDecimal yoyPercent) {
    }

    /** A year's months and the year to date: the cases through the last month reported, against last year's. */
    public record FraudYear(int year, List<FraudMonth> months, String through, long cases, long sameMonthsLastYear,
            BigDecimal yoyPercent) {
    }
}
