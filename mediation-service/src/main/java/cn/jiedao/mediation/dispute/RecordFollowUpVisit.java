package cn.jiedao.mediation.dispute;

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
        @Size(max = 2000) String note) {
}
