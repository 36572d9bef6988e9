package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.time.AfterTheFact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawDispute")
public record WithdrawDispute(@NotBlank @Size(max = 2000) @Schema(example = "申请人已与对方自行和解") String reason,
        @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-05-08") LocalDate occurredOn,
        @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt) implements AfterTheFact {

    public WithdrawDispute(String reason) {
        this(reason, null, null);
    }
}
