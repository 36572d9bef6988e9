package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.time.AfterTheFact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 回访: the satisfaction check after conclusion. */
@Schema(name = "RecordFollowUpVisit")
public record RecordFollowUpVisit(
        @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer satisfaction,
        @NotNull @Schema(example = "true") Boolean agreementPerformed,
        @Size(max = 2000) String note,
        @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-06-18") LocalDate occurredOn,
        @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt) implements AfterTheFact {

    public RecordFollowUpVisit(Integer satisfaction, Boolean agreementPerformed, String note) {
        this(satisfaction, agreementPerformed, note, null, null);
    }
}
