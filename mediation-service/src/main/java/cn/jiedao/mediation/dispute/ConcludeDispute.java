package cn.jiedao.mediation.dispute;

import cn.jiedao.kernel.time.AfterTheFact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a mediation ended: an agreement, a failure with the advice given, or an escalation. */
@Schema(name = "ConcludeDispute")
public record ConcludeDispute(
        @NotNull @Schema(example = "RESOLVED") DisputeOutcome outcome,
        @NotBlank @Size(max = 2000) @Schema(example = "双方达成协议,楼上住户负责维修并赔偿") String summary,
        @Valid Agreement agreement,
        @Schema(example = "COURT") FailureAdvice advice,
        @Size(max = 200) @Schema(example = "县住建局") String escalatedTo,
        @Schema(description = AfterTheFact.OCCURRED_ON_DESCRIPTION, example = "2023-05-18") LocalDate occurredOn,
        @Schema(description = AfterTheFact.OCCURRED_AT_DESCRIPTION) OffsetDateTime occurredAt) implements AfterTheFact {

    public ConcludeDispute(DisputeOutcome outcome, String summary, Agreement agreement, FailureAdvice advice,
            String escalatedTo) {
        this(outcome, summary, agreement, advice, escalatedTo, null, null);
    }

    /** 调解协议: the obligations, how they are performed, oral or written. */
    @Schema(name = "Agreement")
    public record Agreement(
            @NotNull @Schema(example = "WRITTEN") AgreementForm form,
            @NotBlank @Size(max = 2000) @Schema(example = "楼上住户负责修复防水层并赔偿1200元") String obligations,
            @NotBlank @Size(max = 2000) @Schema(example = "2023年5月20日前修复,赔偿款当场支付") String performanceTerms,
            @Schema(description = "The parties will jointly apply for judicial confirmation (司法确认); written agreements only")
            boolean jointJudicialConfirmation) {
    }
}
